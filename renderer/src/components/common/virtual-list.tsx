// A windowed list of variable-height items (@tanstack/react-virtual): only items near the viewport
// are in the DOM, so a long thread costs no more than a short one. Sizes are measured as items
// render; the library writes positions and the total height straight to the DOM, so an item that
// grows (a streaming answer) re-renders only itself, never the list.
//
// While the user is at the bottom the list follows new content through the shared
// BottomFollower (one scroll write per frame for every pane, no layout read). Scrolling up stops
// following; coming back to the bottom, or sending a new message, starts it again.
import { elementScroll, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { sharedBottomFollower, type BottomFollower } from '../../lib/bottom-follower';
import type { ScrollSync } from '../../lib/scroll-sync';

interface VirtualListProps {
  /** One stable key per item, oldest first. */
  keys: readonly string[];
  renderItem(key: string, index: number): ReactNode;
  /** Height guessed for an item not yet measured. */
  estimate: number;
  label: string;
  className?: string;
  scrollSync?: ScrollSync;
  follower?: BottomFollower;
}

// Within this many pixels of the end counts as "at the bottom".
const BOTTOM_SLACK = 4;
const UP_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

/** How many items were put in front of the old first item, or 0 if it was not a prepend. */
function prependedCount(previous: readonly string[], next: readonly string[]): number {
  const first = previous[0];
  if (first === undefined || next[0] === first) return 0;
  const at = next.indexOf(first);
  return at > 0 ? at : 0;
}

export function VirtualList(props: VirtualListProps) {
  const { keys, renderItem, estimate, label, className, scrollSync } = props;
  const follower = props.follower ?? sharedBottomFollower;
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const requestedTotal = useRef(-1);
  // Set while a scroll the virtualizer itself wrote (a size correction) is in flight, so its
  // scroll event is not read as the user scrolling up.
  const ownScroll = useRef(false);
  const lastTop = useRef(0);
  const previousKeys = useRef(keys);

  // Older items put in front keep the item in view where it was (the library's end anchoring
  // does that for a change of edge keys); otherwise items are anchored at the start.
  const prepending = prependedCount(previousKeys.current, keys) > 0;

  const follow = useCallback(
    (instance: Virtualizer<HTMLDivElement, Element>) => {
      const element = scroller.current;
      if (!element || !following.current) return;
      const total = instance.getTotalSize();
      if (total === requestedTotal.current) return;
      requestedTotal.current = total;
      // Past the end on purpose: the browser clamps it to the real bottom.
      follower.request(element, total);
    },
    [follower],
  );

  const getItemKey = useCallback((index: number) => keys[index] ?? index, [keys]);
  // The React Compiler skips this component (the virtualizer is a mutable instance); it is
  // small and its items are memoised components, so nothing is lost.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count: keys.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    getItemKey,
    overscan: 2,
    directDomUpdates: true,
    directDomUpdatesMode: 'position',
    anchorTo: prepending ? 'end' : 'start',
    scrollToFn: (offset, options, instance) => {
      ownScroll.current = true;
      elementScroll(offset, options, instance);
    },
    onChange: follow,
  });

  useLayoutEffect(() => {
    const previous = previousKeys.current;
    previousKeys.current = keys;
    // A new last item (the user sent a message) brings the view back to the bottom.
    if (keys.length > 0 && keys[keys.length - 1] !== previous[previous.length - 1]) {
      following.current = true;
    }
    requestedTotal.current = -1;
    follow(virtualizer);
  }, [keys, follow, virtualizer]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const stopFollowing = () => {
      following.current = false;
      requestedTotal.current = -1;
      follower.cancel(element);
    };
    const onScroll = () => {
      const top = element.scrollTop;
      // Sizes the virtualizer already measured: no layout read in a handler that runs per frame.
      const height = virtualizer.scrollRect?.height ?? 0;
      const atBottom = top >= virtualizer.getTotalSize() - height - BOTTOM_SLACK;
      if (atBottom) {
        if (!following.current) {
          following.current = true;
          follow(virtualizer);
        }
      } else if (top < lastTop.current - 1 && !ownScroll.current) {
        stopFollowing();
      }
      ownScroll.current = false;
      lastTop.current = top;
    };
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY < 0) stopFollowing();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (UP_KEYS.has(event.key)) stopFollowing();
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('wheel', onWheel, { passive: true });
    element.addEventListener('keydown', onKeyDown);
    return () => {
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('keydown', onKeyDown);
      follower.cancel(element);
    };
  }, [virtualizer, follow, follower]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !scrollSync) return;
    return scrollSync.register(element);
  }, [scrollSync]);

  return (
    <div ref={scroller} className={`virtual-list ${className ?? ''}`}>
      <div
        ref={virtualizer.containerRef}
        className="virtual-list__items"
        role="list"
        aria-label={label}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const key = String(item.key);
          return (
            <div
              key={key}
              data-key={key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="virtual-list__item"
              role="listitem"
            >
              {renderItem(key, item.index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
