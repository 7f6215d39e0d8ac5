// The stream contract on hand-built sources: one terminal part, Stop, idle limit, scrubbing.
import { describe, expect, it } from 'vitest';
import { guardStream } from '../../../electron/main/providers/guard-stream';
import { errorPart } from '../../../electron/main/providers/error-part';
import type { StreamPart } from '../../../shared/stream';

const SECRET = 'sk-live-abcdefghijklmnop1234';

function guard(
  source: (signal: AbortSignal) => AsyncIterable<StreamPart>,
  options: { signal?: AbortSignal; idleTimeoutMs?: number } = {},
) {
  return guardStream(
    {
      label: 'Test Cloud',
      signal: options.signal ?? new AbortController().signal,
      idleTimeoutMs: options.idleTimeoutMs ?? 1000,
      secrets: [SECRET],
      mapError: (error) =>
        errorPart('server', `Test Cloud failed: ${error instanceof Error ? error.message : ''}`),
    },
    source,
  );
}

async function drain(parts: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const out: StreamPart[] = [];
  for await (const part of parts) out.push(part);
  return out;
}

const never = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));

describe('guardStream', () => {
  it('turns a throw after some text into one error part, scrubbed of secrets', async () => {
    const parts = await drain(
      guard(async function* () {
        yield { type: 'text-delta', delta: 'partial' };
        throw new Error(`bad key ${SECRET}`);
      }),
    );
    expect(parts.map((p) => p.type)).toEqual(['text-delta', 'error']);
    const last = parts.at(-1);
    expect(last?.type === 'error' && last.message).toBe(
      'Test Cloud failed: bad key [redacted] The answer so far is kept.',
    );
  });

  it('drops anything a source yields after its finish part', async () => {
    const parts = await drain(
      guard(async function* () {
        yield { type: 'finish', finishReason: 'stop' };
        yield { type: 'text-delta', delta: 'late' };
      }),
    );
    expect(parts).toEqual([{ type: 'finish', finishReason: 'stop' }]);
  });

  it('says the connection closed when a source ends without finishing', async () => {
    const parts = await drain(
      guard(async function* () {
        yield { type: 'text-delta', delta: 'half' };
      }),
    );
    expect(parts.at(-1)).toMatchObject({ type: 'error', kind: 'network', retryable: true });
  });

  it('promises to keep the answer only when some text arrived', async () => {
    const parts = await drain(
      guard(async function* () {
        yield* [];
        throw new Error('refused');
      }),
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]).toHaveProperty('message', 'Test Cloud failed: refused');
  });

  it('ends with a timeout and aborts the request when the source goes silent', async () => {
    let innerSignal: AbortSignal | undefined;
    const parts = await drain(
      guard(
        async function* (signal) {
          innerSignal = signal;
          yield { type: 'text-delta', delta: 'so far' };
          await never(signal);
        },
        { idleTimeoutMs: 30 },
      ),
    );
    expect(parts.at(-1)).toMatchObject({ type: 'error', kind: 'timeout' });
    expect(parts.at(-1)).toHaveProperty(
      'message',
      expect.stringContaining('Test Cloud sent nothing'),
    );
    expect(innerSignal?.aborted).toBe(true);
  });

  it('ends with cancelled as soon as the user stops, even while the source is waiting', async () => {
    const controller = new AbortController();
    const parts: StreamPart[] = [];
    for await (const part of guard(
      async function* (signal) {
        yield { type: 'text-delta', delta: 'one' };
        await never(signal);
      },
      { signal: controller.signal, idleTimeoutMs: 60_000 },
    )) {
      parts.push(part);
      if (part.type === 'text-delta') controller.abort();
    }
    expect(parts.map((p) => p.type)).toEqual(['text-delta', 'error']);
    expect(parts.at(-1)).toMatchObject({ kind: 'cancelled', retryable: false });
  });

  it('yields only cancelled when stopped before it began', async () => {
    const controller = new AbortController();
    controller.abort();
    let opened = false;
    const parts = await drain(
      guard(
        async function* () {
          opened = true;
          yield { type: 'text-delta', delta: 'x' };
        },
        { signal: controller.signal },
      ),
    );
    expect(opened).toBe(false);
    expect(parts).toEqual([expect.objectContaining({ type: 'error', kind: 'cancelled' })]);
  });
});
