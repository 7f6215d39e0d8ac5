import { describe, expect, it } from 'vitest';
import { histogram } from '../../../renderer/src/lib/histogram';

describe('histogram bins shared by several series', () => {
  it('uses round widths and counts each series in the same bins', () => {
    const h = histogram(
      [
        [120, 180, 250, 900],
        [90, 310, 330],
      ],
      { bins: 4 },
    );
    // 95th percentile 900 → width 250 (a round step over 225).
    expect(h.labels).toEqual(['0–250 ms', '250–500 ms', '500–750 ms', '750 ms and over']);
    expect(h.counts).toEqual([
      [2, 1, 0, 1],
      [1, 2, 0, 0],
    ]);
  });

  it('puts outliers in the last bin and keeps every value counted', () => {
    const values = [...Array.from({ length: 99 }, (_, i) => 100 + i), 60_000];
    const h = histogram([values], { bins: 5 });
    expect(h.counts[0]?.reduce((a, b) => a + b, 0)).toBe(100);
    expect(h.counts[0]?.at(-1)).toBeGreaterThanOrEqual(1);
    expect(h.labels.at(-1)).toMatch(/ms and over$/);
  });

  it('is empty without values', () => {
    expect(histogram([[], []])).toEqual({ labels: [], counts: [[], []] });
  });
});
