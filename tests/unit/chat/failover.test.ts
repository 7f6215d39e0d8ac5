// The failover rules on scripted streams: which failures move on, what is held back, and the
// one retry a retry-after earns when every cloud failed.
import { describe, expect, it } from 'vitest';
import { streamWithFailover, type FailoverTarget } from '../../../electron/main/chat/failover';
import type { ErrorKind, StreamPart } from '../../../shared/stream';

const error = (kind: ErrorKind, retryAfterMs?: number): StreamPart => ({
  type: 'error',
  kind,
  message: `${kind} happened`,
  retryable: true,
  ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
});
const start: StreamPart = { type: 'start', model: 'm', region: 'r1', requestId: 'req-1' };
const text = (delta: string): StreamPart => ({ type: 'text-delta', delta });
const finish: StreamPart = { type: 'finish', finishReason: 'stop' };

function target(name: string, ...scripts: StreamPart[][]): FailoverTarget & { opened: number } {
  const t = {
    opened: 0,
    profileId: name,
    providerKind: 'openai' as const,
    providerName: name,
    model: 'gpt-5.5',
    async *open() {
      const script = scripts[Math.min(t.opened, scripts.length - 1)] ?? [];
      t.opened += 1;
      yield* script;
    },
  };
  return t;
}

async function run(targets: FailoverTarget[], waits: number[] = []) {
  const parts: StreamPart[] = [];
  const signal = new AbortController().signal;
  const deps = { now: () => 0, sleep: async (ms: number) => void waits.push(ms) };
  for await (const part of streamWithFailover(targets, signal, deps)) parts.push(part);
  return parts;
}

describe('failover', () => {
  it('holds back a failing cloud\u2019s start and names it in one failover part', async () => {
    const parts = await run([
      target('A', [start, error('rate-limit')]),
      target('B', [{ ...start, region: 'r2' }, text('hi'), finish]),
    ]);
    expect(parts.map((p) => p.type)).toEqual(['failover', 'start', 'text-delta', 'finish']);
    expect(parts[0]).toMatchObject({
      failed: { providerName: 'A', region: 'r1', requestId: 'req-1', errorKind: 'rate-limit' },
      next: { profileId: 'B', providerName: 'B' },
    });
  });

  it.each(['auth', 'bad-request', 'content-filter', 'cancelled', 'context-length'] as const)(
    'stops on %s: the next cloud is never asked',
    async (kind) => {
      const b = target('B', [text('hi'), finish]);
      const parts = await run([target('A', [start, error(kind)]), b]);
      expect(parts.map((p) => p.type)).toEqual(['start', 'error']);
      expect(b.opened).toBe(0);
    },
  );

  it('never fails over after the first token', async () => {
    const b = target('B', [text('hi'), finish]);
    const parts = await run([target('A', [start, text('par'), error('network')]), b]);
    expect(parts.map((p) => p.type)).toEqual(['start', 'text-delta', 'error']);
    expect(b.opened).toBe(0);
  });

  it('retries the cloud that asked for the shortest wait once, when every cloud failed', async () => {
    const a = target('A', [error('rate-limit', 8_000)], [text('late'), finish]);
    const b = target('B', [error('rate-limit', 3_000)], [text('later'), finish]);
    const waits: number[] = [];
    const parts = await run([a, b], waits);
    expect(waits).toEqual([3_000]);
    expect(b.opened).toBe(2);
    expect(parts.filter((p) => p.type === 'failover')).toHaveLength(2);
    expect(parts.at(-2)).toEqual(text('later'));
  });

  it('gives up with the last error when no retry-after is short enough', async () => {
    const parts = await run([
      target('A', [error('server')]),
      target('B', [error('rate-limit', 120_000)]),
    ]);
    expect(parts.map((p) => p.type)).toEqual(['failover', 'error']);
    expect(parts.at(-1)).toMatchObject({ kind: 'rate-limit' });
  });
});
