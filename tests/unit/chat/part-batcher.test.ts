import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPartBatcher } from '../../../electron/main/chat/part-batcher';
import type { StreamPart } from '../../../shared/stream';

describe('part batcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends at most one message per interval however many deltas arrive', () => {
    const sent: StreamPart[][] = [];
    const batcher = createPartBatcher((parts) => sent.push(parts), 16);
    for (let i = 0; i < 1000; i++) {
      batcher.push({ type: 'text-delta', delta: 'x' });
      vi.advanceTimersByTime(1); // 1,000 deltas over one second
    }
    batcher.close();
    expect(sent.length).toBeLessThanOrEqual(64);
    expect(sent.length).toBeGreaterThan(50);
    const text = sent
      .flat()
      .map((p) => (p.type === 'text-delta' ? p.delta : ''))
      .join('');
    expect(text).toBe('x'.repeat(1000));
  });

  it('sends the first text at once, then flushes on a timer (an occluded window still gets it)', () => {
    const sent: StreamPart[][] = [];
    const batcher = createPartBatcher((parts) => sent.push(parts), 16);
    batcher.push({ type: 'text-delta', delta: 'He' });
    expect(sent).toEqual([[{ type: 'text-delta', delta: 'He' }]]);
    batcher.push({ type: 'text-delta', delta: 'l' });
    batcher.push({ type: 'text-delta', delta: 'lo' });
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(16);
    expect(sent).toEqual([
      [{ type: 'text-delta', delta: 'He' }],
      [{ type: 'text-delta', delta: 'llo' }],
    ]);
  });

  it('flushes pending text before a non-delta part, in order, at once', () => {
    const sent: StreamPart[][] = [];
    const batcher = createPartBatcher((parts) => sent.push(parts), 16);
    batcher.push({ type: 'start', model: 'gpt-4o' });
    batcher.push({ type: 'reasoning-delta', delta: 'think' });
    batcher.push({ type: 'reasoning-delta', delta: 'ing' });
    batcher.push({ type: 'text-delta', delta: 'answer' });
    batcher.push({ type: 'finish', finishReason: 'stop' });
    expect(sent).toEqual([
      [{ type: 'start', model: 'gpt-4o' }],
      [{ type: 'reasoning-delta', delta: 'think' }],
      [
        { type: 'reasoning-delta', delta: 'ing' },
        { type: 'text-delta', delta: 'answer' },
        { type: 'finish', finishReason: 'stop' },
      ],
    ]);
  });

  it('ignores parts after close and leaves no timer behind', () => {
    const sent: StreamPart[][] = [];
    const batcher = createPartBatcher((parts) => sent.push(parts), 16);
    batcher.close();
    batcher.push({ type: 'text-delta', delta: 'late' });
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
