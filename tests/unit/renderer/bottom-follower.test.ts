import { describe, expect, it } from 'vitest';
import { createBottomFollower } from '../../../renderer/src/lib/bottom-follower';
import type { FrameScheduler } from '../../../renderer/src/lib/frame-batcher';

function manualScheduler() {
  const callbacks: (() => void)[] = [];
  const scheduler: FrameScheduler = {
    request(callback) {
      callbacks.push(callback);
      return () => callbacks.splice(callbacks.indexOf(callback), 1);
    },
  };
  return { scheduler, frame: () => callbacks.splice(0).forEach((c) => c()), callbacks };
}

/** A stand-in scroller that records every scrollTop write. */
function scroller() {
  const writes: number[] = [];
  const element = {
    isConnected: true,
    set scrollTop(value: number) {
      writes.push(value);
    },
  };
  return { element: element as unknown as HTMLElement, writes };
}

describe('createBottomFollower', () => {
  it('writes each pane once per frame, with its latest target, all panes in one frame', () => {
    const { scheduler, frame, callbacks } = manualScheduler();
    const follower = createBottomFollower(scheduler);
    const one = scroller();
    const two = scroller();
    follower.request(one.element, 100);
    follower.request(two.element, 50);
    follower.request(one.element, 180);
    expect(callbacks).toHaveLength(1);
    expect(one.writes).toEqual([]);
    frame();
    expect(one.writes).toEqual([180]);
    expect(two.writes).toEqual([50]);
    frame();
    expect(one.writes).toEqual([180]);
  });

  it('drops a pending write when the user scrolls away before the frame', () => {
    const { scheduler, frame } = manualScheduler();
    const follower = createBottomFollower(scheduler);
    const pane = scroller();
    follower.request(pane.element, 300);
    follower.cancel(pane.element);
    frame();
    expect(pane.writes).toEqual([]);
  });
});
