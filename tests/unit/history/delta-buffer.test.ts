import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeltaBuffer, type PendingDelta } from '../../../electron/main/history/delta-buffer';

afterEach(() => {
  vi.useRealTimers();
});

function setup(flushChars = 1000) {
  const writes: PendingDelta[][] = [];
  const errors: unknown[] = [];
  const buffer = createDeltaBuffer({
    flushIntervalMs: 250,
    flushChars,
    write: (batch) => writes.push(batch.map((entry) => ({ ...entry }))),
    onError: (error) => errors.push(error),
  });
  return { buffer, writes, errors };
}

describe('delta buffer', () => {
  it('coalesces many deltas into one write per window', () => {
    vi.useFakeTimers();
    const { buffer, writes } = setup();
    for (let i = 0; i < 100; i += 1) buffer.append('m1', 'x', i % 2 === 0 ? 'r' : '');
    expect(writes).toEqual([]);
    expect(buffer.pending('m1')?.text).toHaveLength(100);
    vi.advanceTimersByTime(250);
    expect(writes).toEqual([
      [{ messageId: 'm1', text: 'x'.repeat(100), reasoning: 'r'.repeat(50) }],
    ]);
    expect(buffer.pending('m1')).toBeUndefined();
  });

  it('writes at once when enough text piles up, before the timer', () => {
    vi.useFakeTimers();
    const { buffer, writes } = setup(10);
    buffer.append('m1', '12345');
    buffer.append('m2', '67890');
    expect(writes).toEqual([
      [
        { messageId: 'm1', text: '12345', reasoning: '' },
        { messageId: 'm2', text: '67890', reasoning: '' },
      ],
    ]);
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(1);
  });

  it('flushes one message on its own and leaves the others waiting', () => {
    vi.useFakeTimers();
    const { buffer, writes } = setup();
    buffer.append('m1', 'a');
    buffer.append('m2', 'b');
    buffer.flush('m1');
    expect(writes).toEqual([[{ messageId: 'm1', text: 'a', reasoning: '' }]]);
    vi.advanceTimersByTime(250);
    expect(writes[1]).toEqual([{ messageId: 'm2', text: 'b', reasoning: '' }]);
  });

  it('reports a failed timer write instead of throwing into the event loop', () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    const buffer = createDeltaBuffer({
      flushIntervalMs: 250,
      flushChars: 1000,
      write: () => {
        throw new Error('disk full');
      },
      onError: (error) => errors.push(error),
    });
    buffer.append('m1', 'a');
    vi.advanceTimersByTime(250);
    expect(errors).toHaveLength(1);
  });
});
