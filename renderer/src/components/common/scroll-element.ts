// How the virtual list writes its scroll offset and measures its items: the library's own, made
// cheaper for a list that follows a streaming answer (its scroll offset is read in
// end-follower.ts).
import type { Virtualizer } from '@tanstack/react-virtual';

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * Writes the offset as the library's elementScroll does, but an instant write sets scrollTop
 * instead of calling scrollTo with an options object (the costlier call, made per pane per frame
 * while following). Both honour the element's CSS scroll-behavior the same way.
 */
export function scrollElementTo(
  offset: number,
  { adjustments = 0, behavior }: { adjustments?: number; behavior?: ScrollBehavior },
  instance: ListVirtualizer,
): void {
  const element = instance.scrollElement;
  if (!element) return;
  if (behavior === 'smooth') element.scrollTo({ top: offset + adjustments, behavior });
  else element.scrollTop = offset + adjustments;
}

/**
 * An item's height, as the library's measureElement reads it, but never from layout when there
 * is no ResizeObserver entry. That call comes from the item's ref as it mounts, inside React's
 * commit, where reading offsetHeight forced the layout of everything just rendered into the same
 * task (the first turn of four panes was one long task). Until the observer reports, after the
 * frame's own layout and before its paint, the item keeps its known or estimated height, and the
 * observer's size goes through the same path as any other change of height.
 */
export function measureItem(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: ListVirtualizer,
): number {
  if (entry) {
    const box = entry.borderBoxSize[0];
    return box ? Math.round(box.blockSize) : (element as HTMLElement).offsetHeight;
  }
  const index = instance.indexFromElement(element);
  const known = instance.itemSizeCache.get(instance.options.getItemKey(index));
  return known ?? instance.options.estimateSize(index);
}
