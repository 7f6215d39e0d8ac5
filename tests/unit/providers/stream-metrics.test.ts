import { describe, expect, it } from 'vitest';
import { measureStream } from '../../../electron/main/providers/stream-metrics';
import type { StreamPart } from '../../../shared/stream';

/** Parts that arrive at given clock times (the clock is ours, so no test depends on speed). */
function timed(
  clock: { t: number },
  steps: [at: number, part: StreamPart][],
): AsyncIterable<StreamPart> {
  return (async function* () {
    for (const [at, part] of steps) {
      clock.t = at;
      yield part;
    }
  })();
}

async function drain(parts: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const out: StreamPart[] = [];
  for await (const part of parts) out.push(part);
  return out;
}

describe('measureStream', () => {
  it('measures TTFT to the first text, tokens/s after it from usage, and the total', async () => {
    const clock = { t: 1000 };
    const measured = measureStream(
      timed(clock, [
        [1100, { type: 'start', model: 'm' }],
        [1300, { type: 'text-delta', delta: 'Hello' }],
        [1800, { type: 'text-delta', delta: ' world' }],
        [2300, { type: 'text-delta', delta: '!' }],
        [
          2350,
          {
            type: 'finish',
            finishReason: 'stop',
            usage: { inputTokens: 5, outputTokens: 101, totalTokens: 106 },
          },
        ],
      ]),
      () => clock.t,
    );
    const parts = await drain(measured.parts);
    expect(parts).toHaveLength(5);
    expect(measured.metrics()).toEqual({
      ttftMs: 300,
      totalMs: 1350,
      tokensPerSecond: 100, // 100 tokens after the first, over 1 s
      usage: { inputTokens: 5, outputTokens: 101, totalTokens: 106 },
    });
  });

  it('counts a reasoning delta as the first token', async () => {
    const clock = { t: 0 };
    const measured = measureStream(
      timed(clock, [
        [50, { type: 'reasoning-delta', delta: 'thinking' }],
        [90, { type: 'text-delta', delta: 'answer' }],
      ]),
      () => clock.t,
    );
    await drain(measured.parts);
    expect(measured.metrics().ttftMs).toBe(50);
  });

  it('estimates tokens/s from the text when the cloud reports no usage', async () => {
    const clock = { t: 0 };
    const measured = measureStream(
      timed(clock, [
        [100, { type: 'text-delta', delta: 'abcd' }],
        [1100, { type: 'text-delta', delta: 'efgh'.repeat(10) }],
        [1200, { type: 'error', kind: 'network', message: 'lost', retryable: true }],
      ]),
      () => clock.t,
    );
    await drain(measured.parts);
    const metrics = measured.metrics();
    expect(metrics.tokensPerSecond).toBe(10); // 44 chars ≈ 11 tokens, 10 after the first, in 1 s
    expect(metrics.usage).toBeUndefined();
    expect(metrics.totalMs).toBe(1200);
  });

  it('reports no TTFT and no rate when no token arrived', async () => {
    const clock = { t: 0 };
    const measured = measureStream(
      timed(clock, [[400, { type: 'error', kind: 'auth', message: 'no', retryable: false }]]),
      () => clock.t,
    );
    await drain(measured.parts);
    expect(measured.metrics()).toEqual({ ttftMs: null, totalMs: 400, tokensPerSecond: null });
  });
});
