import { describe, expect, it } from 'vitest';
import { hasLongWord } from '../../../renderer/src/lib/long-words';

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
