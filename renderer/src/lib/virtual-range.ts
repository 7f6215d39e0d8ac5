// Which items of a variable-height list are on screen. Heights not yet measured use an estimate.

export interface VirtualRangeInput {
  count: number;
  heights: ReadonlyMap<number, number>;
  estimate: number;
  scrollTop: number;
  viewportHeight: number;
  /** Extra pixels rendered above and below the viewport. */
  overscan: number;
}

export interface VirtualRange {
  start: number;
  /** Exclusive. */
  end: number;
  /** Space before the first rendered item. */
  padTop: number;
  /** Space after the last rendered item. */
  padBottom: number;
  totalHeight: number;
}

export function computeVirtualRange(input: VirtualRangeInput): VirtualRange {
  const { count, heights, estimate, scrollTop, viewportHeight, overscan } = input;
  const top = Math.max(0, scrollTop - overscan);
  const bottom = scrollTop + viewportHeight + overscan;
  let offset = 0;
  let start = count;
  let padTop = 0;
  let end = count;
  for (let index = 0; index < count; index += 1) {
    const height = heights.get(index) ?? estimate;
    if (start === count && offset + height > top) {
      start = index;
      padTop = offset;
    }
    if (start !== count && offset >= bottom) {
      end = index;
      break;
    }
    offset += height;
  }
  let totalHeight = offset;
  for (let index = end; index < count; index += 1) totalHeight += heights.get(index) ?? estimate;
  if (start === count) {
    // Scrolled past the end (the list shrank): show the last item.
    start = Math.max(0, count - 1);
    end = count;
    padTop = 0;
    for (let index = 0; index < start; index += 1) padTop += heights.get(index) ?? estimate;
  }
  let rendered = 0;
  for (let index = start; index < end; index += 1) rendered += heights.get(index) ?? estimate;
  return {
    start,
    end,
    padTop,
    padBottom: Math.max(0, totalHeight - padTop - rendered),
    totalHeight,
  };
}
