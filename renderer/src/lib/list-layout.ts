// The measurements behind a windowed list (item heights, scroll position, viewport height), kept
// outside React so they can change every frame without a render: subscribers hear only when the
// rendered range itself changes. A streaming answer grows its item every frame and scrolling
// follows it; neither changes which items are on screen.
import { computeVirtualRange, type VirtualRange } from './virtual-range';

export interface ListLayout {
  subscribe(listener: () => void): () => void;
  /** The range for these item keys; the same object until something it depends on changes. */
  range(keys: readonly string[]): VirtualRange;
  setHeights(entries: Iterable<readonly [key: string, height: number]>): void;
  setViewport(scrollTop: number, height: number): void;
}

export interface ListLayoutOptions {
  estimate: number;
  /** Extra pixels rendered above and below the viewport. */
  overscan: number;
  /** Viewport height until the list is measured. */
  initialHeight?: number;
}

function sameRange(a: VirtualRange, b: VirtualRange): boolean {
  return (
    a.start === b.start && a.end === b.end && a.padTop === b.padTop && a.padBottom === b.padBottom
  );
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

export function createListLayout(options: ListLayoutOptions): ListLayout {
  const heights = new Map<string, number>();
  const listeners = new Set<() => void>();
  let scrollTop = 0;
  let viewportHeight = options.initialHeight ?? 800;
  let keys: readonly string[] = [];
  let current: VirtualRange | undefined;

  const compute = (forKeys: readonly string[]): VirtualRange => {
    const byIndex = new Map<number, number>();
    forKeys.forEach((key, index) => {
      const height = heights.get(key);
      if (height !== undefined) byIndex.set(index, height);
    });
    return computeVirtualRange({
      count: forKeys.length,
      heights: byIndex,
      estimate: options.estimate,
      scrollTop,
      viewportHeight,
      overscan: options.overscan,
    });
  };

  /** Recomputes after a measurement; tells subscribers only if what is rendered must change. */
  const changed = () => {
    if (!current) return;
    const next = compute(keys);
    if (sameRange(next, current)) return;
    current = next;
    for (const listener of listeners) listener();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    range(forKeys) {
      if (current && sameKeys(forKeys, keys)) return current;
      keys = [...forKeys];
      const next = compute(keys);
      // Keep the old object when nothing visible changed, so React sees no update.
      if (!current || !sameRange(next, current)) current = next;
      return current;
    },
    setHeights(entries) {
      let any = false;
      for (const [key, height] of entries) {
        if (heights.get(key) === height) continue;
        heights.set(key, height);
        any = true;
      }
      if (any) changed();
    },
    setViewport(top, height) {
      if (top === scrollTop && height === viewportHeight) return;
      scrollTop = top;
      viewportHeight = height;
      changed();
    },
  };
}
