import { describe, expect, it } from 'vitest';
import { computeVirtualRange } from '../../../renderer/src/lib/virtual-range';

describe('computeVirtualRange', () => {
  it('renders only the items near the viewport of a long thread', () => {
    const range = computeVirtualRange({
      count: 2000,
      heights: new Map(),
      estimate: 100,
      scrollTop: 50_000,
      viewportHeight: 800,
      overscan: 200,
    });
    expect(range.start).toBe(498);
    expect(range.end).toBe(510);
    expect(range.padTop).toBe(49_800);
    expect(range.padTop + (range.end - range.start) * 100 + range.padBottom).toBe(200_000);
  });

  it('uses measured heights where known', () => {
    const heights = new Map([
      [0, 1000],
      [1, 50],
    ]);
    const range = computeVirtualRange({
      count: 10,
      heights,
      estimate: 100,
      scrollTop: 1010,
      viewportHeight: 100,
      overscan: 0,
    });
    expect(range.start).toBe(1);
    expect(range.padTop).toBe(1000);
    expect(range.totalHeight).toBe(1000 + 50 + 8 * 100);
  });

  it('shows the last item when scrolled past the end', () => {
    const range = computeVirtualRange({
      count: 3,
      heights: new Map(),
      estimate: 100,
      scrollTop: 10_000,
      viewportHeight: 500,
      overscan: 0,
    });
    expect(range).toMatchObject({ start: 2, end: 3, padTop: 200, padBottom: 0 });
  });
});
