// Following the end of a list while its last item grows (a streaming answer), without the
// virtualizer. The list leaves the growing item out of the virtualizer and draws it after the
// others (virtual-list.tsx); here one ResizeObserver, shared by every list, keeps its height and,
// while the view is at the end, moves the view to the end: after the frame's layout, before its
// paint, reading nothing that is not already laid out.
//
// With the virtualizer measuring the growing item, each token cost its ResizeObserver callback,
// the bookkeeping of a resized item, a scroll write and position writes, per pane per frame: a
// sixth of the whole app's script in bench:render (1.70 s median before, 1.44 s after, the two
// builds run alternately).
//
// The scroll event our own write causes leaves following on and is not passed to the virtualizer:
// everything it holds is above the growing item, so an offset it has not heard of only makes it
// keep a few turns above the view drawn, and reading each one cost its scroll bookkeeping per pane
// per frame. It hears the offset again when it takes the item back (scrollToEnd) or the user
// scrolls. Any other scroll decides following: at the end it follows, scrolled up even a pixel it
// does not.
// The same observer watches the scrolling element: when it gets shorter while following (a bar
// appears under it), the view keeps the end.
import type { Virtualizer } from '@tanstack/react-virtual';

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;
type ReportOffset = (offset: number, isScrolling: boolean) => void;

/** Within this many pixels of the end, the view is at the end (sub-pixel zoom rounding). */
const AT_END = 2;

const onResize = new Map<Element, (entry: ResizeObserverEntry) => void>();
let sharedObserver: ResizeObserver | null = null;

/**
 * The scroll and scrollend events of a follower's own write end at the window, before anything
 * else hears them: React's catch-all listener on its root (it listens for every event type, for
 * onScroll and onScrollEnd props the app does not use) and any other listener on the list, such
 * as synchronised scrolling, which must follow the user's scrolls, not a pane keeping its end in
 * view. Two events per pane per frame while four answers stream.
 */
const ownScrollOf = new Map<EventTarget, () => boolean>();
let stoppingOwnScrolls = false;

function stopOwnScroll(event: Event): void {
  if (event.target && ownScrollOf.get(event.target)?.()) event.stopImmediatePropagation();
}

function stopOwnScrolls(): void {
  if (stoppingOwnScrolls) return;
  stoppingOwnScrolls = true;
  for (const type of ['scroll', 'scrollend']) {
    window.addEventListener(type, stopOwnScroll, { capture: true, passive: true });
  }
}

/**
 * One observer for every list: the browser calls it once per frame for all growing items. Each
 * handler is given the entry and reads only what it needs: a size read builds its objects, and
 * the growing item's height is wanted only once, when it stops growing.
 */
function observer(): ResizeObserver {
  sharedObserver ??= new ResizeObserver((entries) => {
    for (const entry of entries) onResize.get(entry.target)?.(entry);
  });
  return sharedObserver;
}

/** The border-box height an entry observed (its values are kept from when it was made). */
function heightOfEntry(entry: ResizeObserverEntry): number {
  const box = entry.borderBoxSize[0];
  return Math.round(box ? box.blockSize : (entry.target as HTMLElement).offsetHeight);
}

export interface EndFollower {
  /** The virtualizer's observeElementOffset (the scroll offset, and whether the user scrolls). */
  observeOffset(instance: ListVirtualizer, report: ReportOffset): (() => void) | undefined;
  /** A ref for the growing item's element (which carries its key in data-key). */
  growingRef(element: HTMLElement | null): void;
  /** Where the growing item starts: the end of the items the virtualizer holds. */
  place(top: number): void;
  /** The height last drawn for an item that grew, for the virtualizer when it takes it back. */
  heightOf(key: string): number | undefined;
  /** Go to the end with the growing item's next size, and keep there while it grows. */
  follow(): void;
  /** Follow only if the view is at the end now (an item already shown starts to grow). */
  followIfAtEnd(): void;
  /** Stop following: an item is being brought into view instead (a search hit opened). */
  unfollow(): void;
  /** Whether the view keeps to the end (the user has not scrolled away from it). */
  readonly following: boolean;
}

export function createEndFollower(): EndFollower {
  let scroller: HTMLElement | null = null;
  let growing: HTMLElement | null = null;
  let top = 0;
  let following = true;
  /** The offset our last write to the end left, to tell its scroll event from the user's. */
  let ownOffset = Number.NaN;
  /**
   * Whether that write moved the view, so a scroll event of ours is coming. A write that found
   * the view already at the end (or clamped it where it was) causes none, and its offset must not
   * mark the user's next scroll as ours. Most likely that is how, with the offset at 0 (the list
   * briefly empty as a finished answer went back into the virtualizer), a scroll to the top was
   * stopped and, with sync scroll on, the other panes never followed.
   */
  let ownWriteMoved = false;
  /** The growing item's key (its element's data-key) and its last size, read when wanted. */
  let growingKey: string | undefined;
  let last: { key: string; entry: ResizeObserverEntry } | null = null;

  const atEnd = (element: HTMLElement) =>
    element.scrollHeight - element.clientHeight - element.scrollTop <= AT_END;

  const toEnd = () => {
    if (!following || !scroller) return;
    // The browser clamps the offset to the end of what it just laid out.
    const before = scroller.scrollTop;
    scroller.scrollTop = Number.MAX_SAFE_INTEGER;
    // A second write in the frame that finds the view where the first put it leaves that one's
    // event coming.
    ownWriteMoved = scroller.scrollTop !== before || (ownWriteMoved && before === ownOffset);
    ownOffset = scroller.scrollTop;
  };
  const resized = (entry: ResizeObserverEntry) => {
    if (growingKey !== undefined) last = { key: growingKey, entry };
    toEnd();
  };

  return {
    observeOffset(instance, report) {
      const element = instance.scrollElement;
      if (!element) return undefined;
      scroller = element;
      // The library re-arms a debounce timer on every scroll event to say when scrolling stopped
      // (a setTimeout and a clearTimeout per event); here one timer runs until no scroll has come
      // for the reset delay.
      const delay = instance.options.isScrollingResetDelay;
      let lastScroll = 0;
      let timer: number | undefined;
      const checkStopped = () => {
        const quiet = performance.now() - lastScroll;
        if (quiet < delay) {
          timer = window.setTimeout(checkStopped, delay - quiet);
          return;
        }
        timer = undefined;
        report(element.scrollTop, false);
      };
      const onScroll = () => {
        const offset = element.scrollTop;
        // Our own write's event has been stopped at the window (stopOwnScroll).
        lastScroll = performance.now();
        timer ??= window.setTimeout(checkStopped, delay);
        report(offset, true);
        following = atEnd(element);
      };
      element.addEventListener('scroll', onScroll, { passive: true });
      ownScrollOf.set(element, () => following && ownWriteMoved && element.scrollTop === ownOffset);
      stopOwnScrolls();
      // The view itself getting shorter at the end (the turn's verdict bar appearing under the
      // thread as the answers finish) keeps the end in view: it is what the user was reading.
      onResize.set(element, toEnd);
      observer().observe(element);
      return () => {
        element.removeEventListener('scroll', onScroll);
        ownScrollOf.delete(element);
        observer().unobserve(element);
        onResize.delete(element);
        window.clearTimeout(timer);
        if (scroller === element) scroller = null;
      };
    },
    growingRef(element) {
      if (growing) {
        observer().unobserve(growing);
        onResize.delete(growing);
      }
      growing = element;
      growingKey = element?.dataset.key;
      if (!element) return;
      element.style.top = `${top}px`;
      onResize.set(element, resized);
      observer().observe(element);
    },
    place(next) {
      top = next;
      if (growing) growing.style.top = `${next}px`;
    },
    heightOf(key) {
      return last?.key === key ? heightOfEntry(last.entry) : undefined;
    },
    follow() {
      following = true;
    },
    followIfAtEnd() {
      following = scroller ? atEnd(scroller) : true;
    },
    unfollow() {
      following = false;
    },
    get following() {
      return following;
    },
  };
}
