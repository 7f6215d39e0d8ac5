// Synchronised scrolling between panes: when the user scrolls one, the others follow by ratio.
// Scrolls we cause are ignored so panes do not bounce off each other.

export interface ScrollSync {
  register(element: HTMLElement): () => void;
  setEnabled(enabled: boolean): void;
}

export function createScrollSync(): ScrollSync {
  const elements = new Set<HTMLElement>();
  const programmatic = new WeakSet<HTMLElement>();
  let enabled = false;
  const follow = (source: HTMLElement) => {
    const range = source.scrollHeight - source.clientHeight;
    const ratio = range > 0 ? source.scrollTop / range : 0;
    for (const other of elements) {
      if (other === source) continue;
      const target = ratio * (other.scrollHeight - other.clientHeight);
      if (Math.abs(other.scrollTop - target) < 1) continue;
      programmatic.add(other);
      other.scrollTop = target;
    }
  };
  return {
    register(element) {
      const onScroll = () => {
        if (programmatic.has(element)) {
          programmatic.delete(element);
          return;
        }
        if (enabled) follow(element);
      };
      elements.add(element);
      element.addEventListener('scroll', onScroll, { passive: true });
      return () => {
        elements.delete(element);
        element.removeEventListener('scroll', onScroll);
      };
    },
    setEnabled(value) {
      enabled = value;
    },
  };
}
