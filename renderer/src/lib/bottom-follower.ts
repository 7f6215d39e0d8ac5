// Keeps streaming panes scrolled to the bottom with one scroll write per pane per animation
// frame, all panes in the same frame callback. Writes never read layout (the target comes from
// the list's measured size and the browser clamps it), so a token costs no forced layout here.
import type { FrameScheduler } from './frame-batcher';

// Plain requestAnimationFrame: a hidden window has nothing to follow until it shows again, so
// the batcher's timer backstop (a timer set and cleared every frame) would only cost here.
const nextFrame: FrameScheduler = {
  request(callback) {
    const frame = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(frame);
  },
};

export interface BottomFollower {
  /** Scrolls `element` to `target` (or as far as it goes) in the next frame. */
  request(element: HTMLElement, target: number): void;
  /** Drops a pending write, e.g. when the user scrolls up before the frame. */
  cancel(element: HTMLElement): void;
}

export function createBottomFollower(scheduler: FrameScheduler = nextFrame): BottomFollower {
  const pending = new Map<HTMLElement, number>();
  let cancelFrame: (() => void) | null = null;
  const flush = () => {
    cancelFrame = null;
    const writes = [...pending];
    pending.clear();
    for (const [element, target] of writes) {
      if (element.isConnected) element.scrollTop = target;
    }
  };
  return {
    request(element, target) {
      pending.set(element, target);
      cancelFrame ??= scheduler.request(flush);
    },
    cancel(element) {
      pending.delete(element);
    },
  };
}

/** The one follower every pane shares, so all their writes land in one frame callback. */
export const sharedBottomFollower = createBottomFollower();
