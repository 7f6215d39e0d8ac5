// A windowed list of variable-height items (@tanstack/react-virtual): only items near the viewport
// are in the DOM, so a long thread costs no more than a short one. Sizes are measured by the
// library's ResizeObserver after each frame's layout (never read in React's commit: see
// scroll-element.ts); the library writes positions and the total height straight to the DOM, so an
// item that grows re-renders only itself, never the list.
//
// The last item, while it grows (a streaming answer, `growingKey`), is left out of the
// virtualizer: it is drawn after the items the virtualizer holds, and end-follower.ts keeps its
// height and follows it to the end, per frame for all panes at once, with no work in the library.
// When it stops growing the virtualizer takes it back at the height it was last drawn at, the
// same element, so nothing is drawn again. Scrolling up, even a pixel, stops following; back at
// the bottom it starts again.
//
// Otherwise following the bottom is the virtualizer's end anchoring: when a measured item grows
// while the view is at the end, it moves the view by the growth in its ResizeObserver callback,
// after layout, with no render and no scroll handler setting state. It reads the scroll extent
// there, so nothing in that callback may change layout: the total height goes through a deferred
// size (deferred-size.ts) and the items sit in a containing block of fixed size
// (.virtual-list__origin) so a growing total does not lay them out again. Older items put in front
// keep the item in view where it was. Opening a thread or sending a message goes to the end once.
// The view getting shorter while at the end (a bar appearing under the thread) keeps the end.
//
// (An outside scroll write per frame, from a shared rAF scheduler, was measured first: the
// virtualizer then took every frame's write for a user scroll and re-read the scroll extent,
// about 8 s of script in bench:render against about 1.7 s through the library, and 1.4 s with the
// growing item kept out of it.)
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ScrollSync } from '../../lib/scroll-sync';
import { createDeferredSize } from './deferred-size';
import { createEndFollower } from './end-follower';
import { measureItem, scrollElementTo } from './scroll-element';

interface VirtualListProps {
  /** One stable key per item, oldest first. */
  keys: readonly string[];
  renderItem(key: string, index: number): ReactNode;
  /** Height guessed for an item not yet measured. */
  estimate: number;
  label: string;
  className?: string;
  scrollSync?: ScrollSync;
  /** An item to bring into view (a search hit opened): scrolled to once when it is set. */
  revealKey?: string | undefined;
  /** Kept mounted but not shown (while there is nothing to list). */
  hidden?: boolean;
  /** The last item's key while it grows (a streaming answer): followed outside the virtualizer. */
  growingKey?: string | undefined;
}

const NO_KEYS: readonly string[] = [];

export function VirtualList(props: VirtualListProps) {
  const { keys, renderItem, estimate, label, className, scrollSync, revealKey, hidden } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const previousKeys = useRef(NO_KEYS);
  const wasGrowing = useRef(false);
  const [follower] = useState(createEndFollower);
  const [size] = useState(() => createDeferredSize((height) => follower.place(parseFloat(height))));
  // Heights are written at once from here until this commit's layout effects have run.
  size.beginCommit();

  const lastKey = keys[keys.length - 1];
  const growing = props.growingKey !== undefined && props.growingKey === lastKey;
  const count = growing ? keys.length - 1 : keys.length;
  const getItemKey = useCallback((index: number) => keys[index] ?? index, [keys]);
  // The React Compiler skips this component (the virtualizer is a mutable instance); it is
  // small and its items are memoised components, so nothing is lost.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count,
    getScrollElement: () => scroller.current,
    // An item that stopped growing comes back at the height it was last drawn at.
    estimateSize: (index) => follower.heightOf(String(getItemKey(index))) ?? estimate,
    getItemKey,
    overscan: 2,
    directDomUpdates: true,
    directDomUpdatesMode: 'position',
    anchorTo: 'end',
    observeElementOffset: follower.observeOffset,
    scrollToFn: scrollElementTo,
    measureElement: measureItem,
    // A thread opens at its end (the browser clamps the offset to the real bottom).
    initialOffset: () => Number.MAX_SAFE_INTEGER,
  });

  // Declared after the virtualizer, so it runs after the virtualizer's own layout effects.
  useLayoutEffect(() => {
    size.endCommit();
  });
  const containerRef = useCallback(
    (element: HTMLDivElement | null) => {
      size.attach(element);
      virtualizer.containerRef(element ? size.proxy : null);
    },
    [size, virtualizer],
  );

  // A new last item (a thread opened, or the user sent a message): show the end. Not here for the
  // only item of a list that was empty (a conversation's first message, or one opened with one
  // turn): the scroll write would force the layout of what was just rendered into this task, in
  // each pane at once for a first message. The list, shown then, goes to the end when its size
  // is first observed, after layout (end-follower.ts). A growing new last item is followed from
  // its first size, also after layout.
  useLayoutEffect(() => {
    const previous = previousKeys.current;
    const grew = wasGrowing.current;
    previousKeys.current = keys;
    wasGrowing.current = growing;
    if (lastKey === undefined || lastKey === previous[previous.length - 1]) {
      // An item already shown starts growing again (an answer regenerated): it comes back at the
      // height it will have been drawn at, not the one the library measured before.
      if (growing && !grew) {
        virtualizer.itemSizeCache.delete(lastKey);
        follower.followIfAtEnd();
      }
      // Taken back while the view followed it: the library's own anchoring would put the view
      // back at the offset it last heard of, so it is told to keep to the end instead (and the
      // finished answer's last lines, or what appears under it, stay in view).
      if (grew && !growing && follower.following) virtualizer.scrollToEnd();
      return;
    }
    if (growing) follower.follow();
    else if (previous.length > 0 || keys.length > 1) virtualizer.scrollToEnd();
  }, [keys, lastKey, growing, follower, virtualizer]);

  // Declared after following the end, so a revealed item wins over the end on opening.
  useLayoutEffect(() => {
    if (revealKey === undefined) return;
    const index = keys.indexOf(revealKey);
    // A growing answer is not searchable yet, so a revealed item is always one the list holds.
    if (index < 0 || index >= count) return;
    // Not to the end when the list is next shown or resized: to the item.
    follower.unfollow();
    virtualizer.scrollToIndex(index, { align: 'center' });
    // Only when the item to reveal changes, not when the thread grows afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealKey]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !scrollSync) return;
    // Another pane's scroll moved this one: it follows the end only if it was put there.
    return scrollSync.register(element, follower.followIfAtEnd);
  }, [scrollSync, follower]);

  return (
    <div ref={scroller} className={`virtual-list ${className ?? ''}`} hidden={hidden}>
      <div ref={containerRef} className="virtual-list__items" role="list" aria-label={label}>
        <div className="virtual-list__origin">
          {/* One array, so the growing item keeps its element when the virtualizer takes it back
              (React matches keys within an array; a sibling outside it would be drawn anew). Its
              index is past the virtualizer's count, so the library's observer, if it still
              watches it (an answer regenerated), leaves it alone. */}
          {[
            ...virtualizer.getVirtualItems().map((item) => ({
              key: String(item.key),
              index: item.index,
              ref: virtualizer.measureElement,
            })),
            ...(growing ? [{ key: lastKey, index: count, ref: follower.growingRef }] : []),
          ].map(({ key, index, ref }) => (
            <div
              key={key}
              data-key={key}
              data-index={index}
              ref={ref}
              className="virtual-list__item"
              role="listitem"
            >
              {renderItem(key, index)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
