import { describe, expect, it } from 'vitest';
import { leadingSnippet, plainSnippet } from '../../../electron/main/history/plain-snippet';

const S = '\u0002';
const E = '\u0003';

describe('plainSnippet', () => {
  it('reads as text: no bold, headings, backticks or link syntax, the highlight kept', () => {
    expect(plainSnippet(`## Setup\nUse **${S}kubectl${E}** and \`apply\``)).toBe(
      `Setup Use ${S}kubectl${E} and apply`,
    );
    expect(plainSnippet(`see [the ${S}docs${E}](https://example.com/a) now`)).toBe(
      `see the ${S}docs${E} now`,
    );
    expect(plainSnippet(`…text ## ${S}Install${E} first`)).toBe(`…text ${S}Install${E} first`);
    expect(plainSnippet('- one\n- *two*\n> quoted')).toBe('one two quoted');
  });

  it('keeps snake_case, arithmetic and table cells readable', () => {
    expect(plainSnippet('call my_func with 2*3')).toBe('call my_func with 2*3');
    expect(plainSnippet('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('a b 1 2');
  });

  it('never leaves a highlight open when a link URL held half of it', () => {
    expect(plainSnippet(`[x](https://${S}host)${E} after`)).toBe(`x after`);
    expect(plainSnippet(`${S}word [x](http://a${E})`)).toBe(`${S}word x${E}`);
  });

  it('starts a facet-only hit with the first words of the answer', () => {
    const text = `# Title\n${'word '.repeat(100)}`;
    const snippet = leadingSnippet(text, 40);
    expect(snippet.startsWith('Title word')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(41);
  });
});
