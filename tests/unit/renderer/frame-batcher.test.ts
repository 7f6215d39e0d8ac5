import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  animationFrameScheduler,
  createFrameBatcher,
  type FrameScheduler,
} from '../../../renderer/src/lib/frame-batcher';

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

  it("hands over one answer's first text at once and the rest a frame later", () => {
    const { scheduler, frame } = manualScheduler();
    const batches: string[][] = [];
    const batcher = createFrameBatcher<string>((items) => batches.push(items), scheduler);
    batcher.push('b1');
    batcher.push('a1');
    batcher.push('b2');
    batcher.flushOnly((item) => item.startsWith('a'));
    expect(batches).toEqual([['a1']]);
    // The frame that paints a1 delivers nothing else; the next one delivers b's, in order.
    frame();
    batcher.push('b3');
    expect(batches).toEqual([['a1']]);
    frame();
    expect(batches).toEqual([['a1'], ['b1', 'b2', 'b3']]);
    frame();
    expect(batches).toHaveLength(2);
  });

  it('leaves the frame as it was when nothing pending is picked', () => {
    const { scheduler, frame } = manualScheduler();
    const batches: string[][] = [];
    const batcher = createFrameBatcher<string>((items) => batches.push(items), scheduler);
    batcher.push('b1');
    batcher.flushOnly((item) => item.startsWith('a'));
    frame();
    expect(batches).toEqual([['b1']]);
  });
});

describe('animationFrameScheduler', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs a request in its frame once, and by the backstop when frames stop', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const ran: string[] = [];
    animationFrameScheduler.request(() => ran.push('framed'));
    frames.splice(0).forEach((frame) => frame(0));
    vi.advanceTimersByTime(300);
    expect(ran).toEqual(['framed']);
    // A hidden window: no frame comes, the backstop runs it once.
    animationFrameScheduler.request(() => ran.push('hidden'));
    vi.advanceTimersByTime(600);
    frames.splice(0).forEach((frame) => frame(0));
    expect(ran).toEqual(['framed', 'hidden']);
    // A cancelled request never runs.
    const cancel = animationFrameScheduler.request(() => ran.push('cancelled'));
    cancel();
    vi.advanceTimersByTime(600);
    frames.splice(0).forEach((frame) => frame(0));
    expect(ran).toEqual(['framed', 'hidden']);
  });
});
