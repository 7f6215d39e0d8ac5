// Collects items (stream-part events) and hands them over once per animation frame, so four panes
// streaming at full speed cost one store update and one React render per frame.

export interface FrameBatcher<T> {
  push(item: T): void;
  /** Hands over whatever is pending now (e.g. before a stream's final outcome is applied). */
  flush(): void;
  /**
   * Hands over at once only the pending items `pick` selects (an answer's first text); the rest
   * wait one frame more, so the frame that paints the picked ones lays out and paints little else.
   */
  flushOnly(pick: (item: T) => boolean): void;
  dispose(): void;
}

export interface FrameScheduler {
  request(callback: () => void): () => void;
}

/** How long a request waits for a frame before the backstop timer runs it. */
const BACKSTOP_MS = 250;

/** Requests not run yet, with when each was made, for the backstop. */
const waiting = new Map<() => void, number>();
let backstop: number | undefined;

/** Runs the requests that have waited too long for a frame; armed again while any wait. */
function checkWaiting(): void {
  backstop = undefined;
  const now = performance.now();
  for (const [run, since] of [...waiting]) if (now - since >= BACKSTOP_MS) run();
  if (waiting.size > 0) backstop = window.setTimeout(checkWaiting, BACKSTOP_MS);
}

/**
 * requestAnimationFrame, with a timer as a backstop: frames stop in a hidden window. One timer
 * serves every waiting request and is armed at most once per 250 ms, not set and cleared each
 * frame (that was a setTimeout and a clearTimeout per frame, about 90 ms of a bench:render run).
 */
export const animationFrameScheduler: FrameScheduler = {
  request(callback) {
    // Run by the backstop: the frame, if it ever comes, has nothing left to do.
    const run = () => {
      if (!waiting.delete(run)) return;
      cancelAnimationFrame(frame);
      callback();
    };
    waiting.set(run, performance.now());
    const frame = requestAnimationFrame(() => {
      if (waiting.delete(run)) callback();
    });
    backstop ??= window.setTimeout(checkWaiting, BACKSTOP_MS);
    return () => {
      // Only a frame still to come: the batcher also cancels from inside the frame's own
      // callback, and those needless cancels were ~15 ms of a profile-app stream.
      if (waiting.delete(run)) cancelAnimationFrame(frame);
    };
  },
};

export function createFrameBatcher<T>(
  deliver: (items: T[]) => void,
  scheduler: FrameScheduler = animationFrameScheduler,
): FrameBatcher<T> {
  let pending: T[] = [];
  let cancel: (() => void) | null = null;
  const flush = () => {
    cancel?.();
    cancel = null;
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    deliver(items);
  };
  return {
    push(item) {
      pending.push(item);
      cancel ??= scheduler.request(flush);
    },
    flush,
    flushOnly(pick) {
      const picked = pending.filter(pick);
      if (picked.length === 0) return;
      pending = pending.filter((item) => !pick(item));
      cancel?.();
      // The next frame passes; the one after it delivers the rest and anything pushed meanwhile.
      cancel = scheduler.request(() => {
        cancel = scheduler.request(flush);
      });
      deliver(picked);
    },
    dispose() {
      cancel?.();
      cancel = null;
      pending = [];
    },
  };
}
