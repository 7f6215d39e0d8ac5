import { describe, expect, it } from 'vitest';
import { createLongWordWatch, hasLongWord } from '../../../renderer/src/lib/long-words';

describe('long words', () => {
  it('are runs of 1,000 or more characters without a space', () => {
    expect(hasLongWord('A'.repeat(1000))).toBe(true);
    expect(hasLongWord(`short words ${'x'.repeat(1200)} and more`)).toBe(true);
    expect(hasLongWord('A'.repeat(999))).toBe(false);
  });

  it('leave ordinary long text alone, however long', () => {
    expect(hasLongWord('lorem ipsum dolor sit amet '.repeat(10_000))).toBe(false);
  });
});

describe('a watch on a growing answer', () => {
  it('finds a long run that spans two updates, and keeps finding it', () => {
    const watch = createLongWordWatch();
    const first = `intro ${'A'.repeat(600)}`;
    expect(watch(first)).toBe(false);
    const second = `${first}${'A'.repeat(400)}`;
    expect(watch(second)).toBe(true);
    expect(watch(`${second} more words`)).toBe(true);
  });

  it('counts a run across many small updates, and a space ends it', () => {
    const watch = createLongWordWatch();
    let text = 'words then ';
    for (let i = 0; i < 99; i += 1) expect(watch((text += 'x'.repeat(10)))).toBe(false);
    expect(watch((text += ' '))).toBe(false);
    for (let i = 0; i < 99; i += 1) watch((text += 'y'.repeat(10)));
    expect(watch((text += '\u00a0y'))).toBe(false);
    expect(watch(`${text}${'z'.repeat(1000)}`)).toBe(true);
  });

  it('finds a long run closed by a space within one update', () => {
    const watch = createLongWordWatch();
    expect(watch('short ')).toBe(false);
    expect(watch(`short ${'C'.repeat(1000)} after`)).toBe(true);
  });

  it('starts over when the text is replaced by a shorter one', () => {
    const watch = createLongWordWatch();
    expect(watch('B'.repeat(1500))).toBe(true);
    expect(watch('short answer')).toBe(false);
  });
});
