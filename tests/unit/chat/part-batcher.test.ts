import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPartsOutbox } from '../../../electron/main/chat/part-batcher';
import type { StreamPartsEvent } from '../../../shared/chat';
import type { StreamPart } from '../../../shared/stream';

const target = (n: number) => ({
  streamId: `s${n}`,
  paneId: `p${n}`,
  conversationId: 'c',
  turnId: 't',
  messageId: `m${n}`,
});

/** A batcher for one stream whose messages are recorded as that stream's parts. */
function oneStream(intervalMs: number) {
  const sent: StreamPart[][] = [];
  const outbox = createPartsOutbox((events) => {
    expect(events).toHaveLength(1);
    sent.push(events[0]?.parts ?? []);
  }, intervalMs);
  return { sent, batcher: outbox.stream(target(1)) };
}

describe('part batcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends at most one message per interval however many deltas arrive', () => {
    const { sent, batcher } = oneStream(16);
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
    const { sent, batcher } = oneStream(16);
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
    const { sent, batcher } = oneStream(16);
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
    const { sent, batcher } = oneStream(16);
    batcher.close();
    batcher.push({ type: 'text-delta', delta: 'late' });
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sends every stream's parts in one message per interval, each stream's apart and in order", () => {
    const messages: StreamPartsEvent[][] = [];
    const outbox = createPartsOutbox((events) => messages.push(events), 16);
    const streams = [1, 2, 3, 4].map((n) => outbox.stream(target(n)));
    // Each stream's first delta goes at once, as its own message.
    streams.forEach((stream, i) => stream.push({ type: 'text-delta', delta: `${i + 1}:` }));
    expect(messages).toHaveLength(4);
    for (let step = 0; step < 160; step += 1) {
      streams.forEach((stream, i) => stream.push({ type: 'text-delta', delta: String(i + 1) }));
      vi.advanceTimersByTime(1);
    }
    streams.forEach((stream) => stream.close());
    // 160 ms of four streams: about ten shared messages, not forty.
    expect(messages.length - 4).toBeLessThanOrEqual(12);
    expect(messages.slice(4, -1).every((events) => events.length === 4)).toBe(true);
    const textOf = (n: number) =>
      messages
        .flat()
        .filter((event) => event.streamId === `s${n}`)
        .flatMap((event) => event.parts)
        .map((part) => (part.type === 'text-delta' ? part.delta : ''))
        .join('');
    for (const n of [1, 2, 3, 4]) {
      expect(textOf(n)).toBe(`${n}:${String(n).repeat(160)}`);
      expect(messages.flat().filter((e) => e.streamId === `s${n}`)[0]).toMatchObject(target(n));
    }
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sends a stream's finish at once with the other streams' pending text", () => {
    const messages: StreamPartsEvent[][] = [];
    const outbox = createPartsOutbox((events) => messages.push(events), 16);
    const [a, b] = [outbox.stream(target(1)), outbox.stream(target(2))];
    a.push({ type: 'text-delta', delta: 'A' });
    b.push({ type: 'text-delta', delta: 'B' });
    a.push({ type: 'text-delta', delta: 'a' });
    b.push({ type: 'text-delta', delta: 'b' });
    b.push({ type: 'finish', finishReason: 'stop' });
    expect(messages.at(-1)).toEqual([
      { ...target(1), parts: [{ type: 'text-delta', delta: 'a' }] },
      {
        ...target(2),
        parts: [
          { type: 'text-delta', delta: 'b' },
          { type: 'finish', finishReason: 'stop' },
        ],
      },
    ]);
  });
});
