import { describe, expect, it } from 'vitest';
import { createFrameBatcher, type FrameScheduler } from '../../../renderer/src/lib/frame-batcher';

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

describe('createFrameBatcher', () => {
  it('delivers everything pushed within a frame in one batch', () => {
    const { scheduler, frame, callbacks } = manualScheduler();
    const batches: number[][] = [];
    const batcher = createFrameBatcher<number>((items) => batches.push(items), scheduler);
    batcher.push(1);
    batcher.push(2);
    batcher.push(3);
    expect(callbacks).toHaveLength(1);
    frame();
    batcher.push(4);
    frame();
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('flushes at once when asked, before a stream outcome is applied', () => {
    const { scheduler, frame } = manualScheduler();
    const batches: number[][] = [];
    const batcher = createFrameBatcher<number>((items) => batches.push(items), scheduler);
    batcher.push(1);
    batcher.flush();
    frame();
    expect(batches).toEqual([[1]]);
  });
});
