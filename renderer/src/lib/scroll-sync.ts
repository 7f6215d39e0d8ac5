// Synchronised scrolling between panes: when the user scrolls one, the others follow by ratio.
// Scrolls we cause are ignored so panes do not bounce off each other.
//
// The panes are listened to only while sync is on: a streaming pane that follows its answer
// scrolls every frame, and a listener that only returns (sync off, the usual case) still cost a
// call per pane per frame.

export interface ScrollSync {
  register(element: HTMLElement): () => void;
  setEnabled(enabled: boolean): void;
}

export function createScrollSync(): ScrollSync {
  const listeners = new Map<HTMLElement, () => void>();
  const programmatic = new WeakSet<HTMLElement>();
  let enabled = false;
  const follow = (source: HTMLElement) => {
    const range = source.scrollHeight - source.clientHeight;
    const ratio = range > 0 ? source.scrollTop / range : 0;
    for (const other of listeners.keys()) {
      if (other === source) continue;
      const target = ratio * (other.scrollHeight - other.clientHeight);
      if (Math.abs(other.scrollTop - target) < 1) continue;
      programmatic.add(other);
      other.scrollTop = target;
    }
  };
  const listen = (element: HTMLElement, onScroll: () => void) =>
    element.addEventListener('scroll', onScroll, { passive: true });
  const unlisten = (element: HTMLElement, onScroll: () => void) =>
    element.removeEventListener('scroll', onScroll);
  return {
    register(element) {
      const onScroll = () => {
        if (programmatic.has(element)) {
          programmatic.delete(element);
          return;
        }
        follow(element);
      };
      listeners.set(element, onScroll);
      if (enabled) listen(element, onScroll);
      return () => {
        listeners.delete(element);
        unlisten(element, onScroll);
      };
    },
    setEnabled(value) {
      if (value === enabled) return;
      enabled = value;
      for (const [element, onScroll] of listeners) {
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
