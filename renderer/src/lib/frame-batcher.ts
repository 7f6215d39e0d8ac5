// Collects items (stream-part events) and hands them over once per animation frame, so four panes
// streaming at full speed cost one store update and one React render per frame.

export interface FrameBatcher<T> {
  push(item: T): void;
  /** Hands over whatever is pending now (e.g. before a stream's final outcome is applied). */
  flush(): void;
  dispose(): void;
}

export interface FrameScheduler {
  request(callback: () => void): () => void;
}

/** requestAnimationFrame, with a timer as a backstop: frames stop in a hidden window. */
export const animationFrameScheduler: FrameScheduler = {
  request(callback) {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      callback();
    };
    const frame = requestAnimationFrame(run);
    const timer = setTimeout(run, 250);
    return () => {
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
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
    dispose() {
      cancel?.();
      cancel = null;
      pending = [];
    },
  };
}
