import { describe, expect, it } from 'vitest';
import { rollupPlan } from '../../../electron/main/history/leaderboard-ranges';

// Two spans as the rollup has them, in small numbers: 'days' of 10 and 'blocks' of 40.
const SIZES = [10, 40];
const DAY = 0;
const BLOCK = 1;

describe('rollupPlan', () => {
  it('reads the all-time rows when the range is open at both ends', () => {
    expect(rollupPlan(null, null, SIZES)).toEqual({ rollup: [], edges: [], allTime: true });
  });

  it('reads whole blocks, whole days around them and the partial days from the answers', () => {
    // 37..163: the blocks 40–159 whole, and the answers of 37–39 and 160–163.
    expect(rollupPlan(37, 163, SIZES)).toEqual({
      rollup: [{ span: BLOCK, from: 40, to: 160 }],
      edges: [
        { from: 37, to: 39 },
        { from: 160, to: 163 },
      ],
      allTime: false,
    });
    expect(rollupPlan(23, 98, SIZES)).toEqual({
      rollup: [
        { span: DAY, from: 30, to: 40 },
        { span: DAY, from: 80, to: 90 },
        { span: BLOCK, from: 40, to: 80 },
      ],
      edges: [
        { from: 23, to: 29 },
        { from: 90, to: 98 },
      ],
      allTime: false,
    });
  });

  it('takes an inclusive end that closes a day as the whole day', () => {
    expect(rollupPlan(30, 59, SIZES)).toEqual({
      rollup: [{ span: DAY, from: 30, to: 60 }],
      edges: [],
      allTime: false,
    });
  });

  it('reads a range inside one day from the answers alone, and an inverted one as nothing', () => {
    expect(rollupPlan(31, 38, SIZES)).toEqual({
      rollup: [],
      edges: [{ from: 31, to: 38 }],
      allTime: false,
    });
    expect(rollupPlan(38, 31, SIZES)).toEqual({ rollup: [], edges: [], allTime: false });
  });

  it('reaches back to the first answer, or on to the last, when one end is open', () => {
    expect(rollupPlan(null, 95, SIZES)).toEqual({
      rollup: [
        { span: DAY, from: 80, to: 90 },
        { span: BLOCK, from: Number.MIN_SAFE_INTEGER, to: 80 },
      ],
      edges: [{ from: 90, to: 95 }],
      allTime: false,
    });
    expect(rollupPlan(-15, null, SIZES)).toEqual({
      rollup: [
        { span: DAY, from: -10, to: 0 },
        { span: BLOCK, from: 0, to: Number.MAX_SAFE_INTEGER },
      ],
      edges: [{ from: -15, to: -11 }],
      allTime: false,
    });
  });

  it('goes from the finest span to the coarsest and back', () => {
    // Quarters of 1, days of 4, blocks of 16: 3..37 is 3 (quarter), 4–15 (days), 16–31 (a
    // block), 32–35 (a day) and 36, 37 (quarters).
    expect(rollupPlan(3, 37, [1, 4, 16])).toEqual({
      rollup: [
        { span: 0, from: 3, to: 4 },
        { span: 0, from: 36, to: 38 },
        { span: 1, from: 4, to: 16 },
        { span: 1, from: 32, to: 36 },
        { span: 2, from: 16, to: 32 },
      ],
      edges: [],
      allTime: false,
    });
  });
});
