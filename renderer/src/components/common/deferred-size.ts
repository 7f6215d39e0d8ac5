// The size container the virtualizer writes its total height to, standing in for the real one.
//
// Each pane's virtualizer measures its items in its own ResizeObserver callback, and when it
// follows the bottom it reads the scroll extent there before writing scrollTop. The browser runs
// the four panes' callbacks one after another, so a height written by one pane's callback made
// the next pane's read lay the document out again: three forced layouts a frame, the largest cost
// left in bench:render's profile. Outside a React commit the height is therefore kept and written
// once, in the next animation frame, for every list at once. Nothing is lost meanwhile: the items
// are absolutely placed and already extend the scroll extent to the end of the last one drawn;
// the height only adds room for items not drawn yet. During a commit (the list rendered, e.g.
// older turns put in front) the height is written at once, as the virtualizer's scroll
// correction that follows needs the room.

const pendingWrites = new Set<() => void>();
let frameRequested = false;

function writeInNextFrame(write: () => void): void {
  pendingWrites.add(write);
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(() => {
    frameRequested = false;
    const writes = [...pendingWrites];
    pendingWrites.clear();
    for (const run of writes) run();
  });
}

export interface DeferredSize {
  /** What to give the virtualizer's containerRef: only its style.height is ever written. */
  readonly proxy: HTMLElement;
  /** The real size container (a ref callback). */
  attach(element: HTMLElement | null): void;
  /** From the list's render until its layout effects have run, heights are written at once. */
  beginCommit(): void;
  endCommit(): void;
}

/** `onHeight` hears every height at once, deferred or not (what is drawn after the items moves). */
export function createDeferredSize(onHeight?: (height: string) => void): DeferredSize {
  let element: HTMLElement | null = null;
  let pending: string | null = null;
  let inCommit = true;
  const flush = () => {
    if (element && pending !== null) element.style.height = pending;
    pending = null;
  };
  const style = {
    get height() {
      return pending ?? element?.style.height ?? '';
    },
    set height(value: string) {
      onHeight?.(value);
      pending = value;
      if (inCommit) flush();
      else writeInNextFrame(flush);
    },
  };
  return {
    // The virtualizer only sets style.height on its container (react-virtual's directDomUpdates).
    proxy: { style } as unknown as HTMLElement,
    attach(next) {
      element = next;
      flush();
    },
    beginCommit() {
      inCommit = true;
    },
    endCommit() {
      inCommit = false;
    },
  };
}
