// Synchronised scrolling between panes: when the user scrolls one, the others follow by ratio.
// Scrolls we cause are ignored so panes do not bounce off each other.
//
// The panes are listened to only while sync is on: a streaming pane that follows its answer
// scrolls every frame, and a listener that only returns (sync off, the usual case) still cost a
// call per pane per frame.

export interface ScrollSync {
  /**
   * `moved` hears each scroll the sync sets on this element, at once: its scroll event comes only
   * in the next frame, and whatever keeps the element's view at its end (the end follower) must
   * not pull it back there meanwhile.
   */
  register(element: HTMLElement, moved?: () => void): () => void;
  setEnabled(enabled: boolean): void;
}

export function createScrollSync(): ScrollSync {
  /** Each registered element: its scroll listener, and who hears the scrolls the sync sets. */
  const panes = new Map<HTMLElement, { onScroll: () => void; moved?: () => void }>();
  const programmatic = new WeakSet<HTMLElement>();
  let enabled = false;
  const follow = (source: HTMLElement) => {
    const range = source.scrollHeight - source.clientHeight;
    const ratio = range > 0 ? source.scrollTop / range : 0;
    for (const [other, { moved }] of panes) {
      if (other === source) continue;
      const target = ratio * (other.scrollHeight - other.clientHeight);
      if (Math.abs(other.scrollTop - target) < 1) continue;
      programmatic.add(other);
      other.scrollTop = target;
      moved?.();
    }
  };
  const listen = (element: HTMLElement, onScroll: () => void) =>
    element.addEventListener('scroll', onScroll, { passive: true });
  const unlisten = (element: HTMLElement, onScroll: () => void) =>
    element.removeEventListener('scroll', onScroll);
  return {
    register(element, moved) {
      const onScroll = () => {
        if (programmatic.has(element)) {
          programmatic.delete(element);
          return;
        }
        follow(element);
      };
      panes.set(element, { onScroll, moved });
      if (enabled) listen(element, onScroll);
      return () => {
        panes.delete(element);
        unlisten(element, onScroll);
      };
    },
    setEnabled(value) {
      if (value === enabled) return;
      enabled = value;
      for (const [element, { onScroll }] of panes) {
        if (enabled) listen(element, onScroll);
        else {
          unlisten(element, onScroll);
          // A scroll we caused and never heard of must not swallow the user's next one.
          programmatic.delete(element);
        }
      }
    },
  };
}
