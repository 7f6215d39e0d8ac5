import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBlockSplitter, splitBlocks } from '../../../renderer/src/markdown/split-blocks';

const ANSWER = [
  '# Title',
  '',
  'First paragraph with **bold**.',
  '',
  '```ts',
  'const a = 1;',
  '',
  'const b = 2;',
  '```',
  'Right after the fence.',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '- one',
  '- two',
].join('\n');

describe('splitBlocks', () => {
  it('keeps a fenced code block with blank lines in one block and ends it at the fence', () => {
    expect(splitBlocks(ANSWER)).toEqual([
      '# Title',
      'First paragraph with **bold**.',
      '```ts\nconst a = 1;\n\nconst b = 2;\n```',
      'Right after the fence.',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '- one\n- two',
    ]);
  });

  it('gives the same blocks whether the text arrives at once or a few characters at a time', () => {
    const splitter = createBlockSplitter();
    let result = splitter.update('');
    for (let i = 0; i < ANSWER.length; i += 3) result = splitter.update(ANSWER.slice(0, i + 3));
    expect([...result.stable, result.tail]).toEqual(splitBlocks(ANSWER));
  });

  it('never changes a block list it has already handed out', () => {
    const splitter = createBlockSplitter();
    const first = splitter.update('one\n\ntwo');
    const snapshot = [...first.stable];
    splitter.update('one\n\ntwo\n\nthree\n\nfour');
    expect(first.stable).toEqual(snapshot);
  });

  it('keeps an unclosed fence in the growing tail', () => {
    const result = createBlockSplitter().update('intro\n\n```py\nx = 1\n\ny = 2\n');
    expect(result.stable).toEqual(['intro']);
    expect(result.tail).toBe('```py\nx = 1\n\ny = 2\n');
  });

  it('starts over when the text is replaced rather than extended', () => {
    const splitter = createBlockSplitter();
    splitter.update('old answer\n\nmore');
    const result = splitter.update('new\n\ntext');
    expect(result.stable).toEqual(['new']);
    expect(result.tail).toBe('text');
    // Longer, but not an extension (another version of the answer shown in its place).
    splitter.update('first version\n\nsecond para');
    const other = splitter.update('first versiom\n\nsecond paragraph, longer\n\nand more');
    expect(other.stable).toEqual(['first versiom', 'second paragraph, longer']);
    expect(other.tail).toBe('and more');
  });
});

describe('the splitter fed in pieces of any size', () => {
  // Lines a streamed answer is made of: every block kind, blank lines, list continuations.
  const LINES = [
    '',
    '# Heading',
    'A paragraph with **bold** and [a link][ref].',
    '- item',
    '  continued',
    '1. first',
    '> quoted',
    '| a | b |',
    '|---|---|',
    '| 1 | 2 |',
    '```ts',
    'code();',
    '```',
    '---',
    '[ref]: https://example.com',
  ];

  it('finds the blocks and definitions the whole text has', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { maxLength: 24 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
        (lines, steps) => {
          const text = lines.join('\n');
          const splitter = createBlockSplitter();
          for (let end = 0, k = 0; end < text.length; k += 1) {
            end = Math.min(text.length, end + (steps[k % steps.length] ?? 1));
            splitter.update(text.slice(0, end));
          }
          const streamed = splitter.update(text, true);
          const whole = createBlockSplitter().update(text, true);
          expect(streamed.stable).toEqual(whole.stable);
          expect(streamed.tail).toBe(whole.tail);
          expect(streamed.references).toEqual(whole.references);
        },
      ),
      { numRuns: 300 },
    );
  });
});
