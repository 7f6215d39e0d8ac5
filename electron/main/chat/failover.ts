// Failover for one pane: the same model asked on the next cloud when the first fails before its
// first token with a rate limit, quota, server error, timeout or network error. Never on auth,
// bad requests, content filters or a stop (another cloud would fail the same way, or the user
// asked for it), and never after text has started (the user has already read part of an answer).
import type { ErrorKind, ErrorPart, FailoverPart, StreamPart } from '../../../shared/stream';
import type { ProviderKind } from '../../../shared/providers';

export const FAILOVER_KINDS: ReadonlySet<ErrorKind> = new Set([
  'rate-limit',
  'quota',
  'server',
  'timeout',
  'network',
]);

/** When every cloud failed, the wait a retry-after may ask for before one more try. */
export const MAX_RETRY_AFTER_MS = 30_000;

export interface FailoverTarget {
  profileId: string;
  providerKind: ProviderKind;
  providerName: string;
  model: string;
  region?: string | undefined;
  /** Starts the stream on this cloud (credentials are read at that moment). */
  open(): AsyncIterable<StreamPart>;
}

interface Deps {
  now(): number;
  /** Waits, or rejects when the signal aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

const isDelta = (part: StreamPart) => part.type === 'text-delta' || part.type === 'reasoning-delta';

function failedOf(
  target: FailoverTarget,
  error: ErrorPart,
  held: readonly StreamPart[],
  elapsedMs: number,
): FailoverPart['failed'] {
  const start = held.find((part) => part.type === 'start');
  const region = (start?.type === 'start' ? start.region : undefined) ?? target.region;
  const requestId = start?.type === 'start' ? start.requestId : undefined;
  return {
    providerKind: target.providerKind,
    providerName: target.providerName,
    model: target.model,
    ...(region !== undefined ? { region } : {}),
    errorKind: error.kind,
    ...(error.status !== undefined ? { status: error.status } : {}),
    message: error.message,
    ...(requestId !== undefined ? { requestId } : {}),
    elapsedMs: Math.round(elapsedMs),
  };
}

const nextOf = (target: FailoverTarget): FailoverPart['next'] => ({
  profileId: target.profileId,
  providerKind: target.providerKind,
  providerName: target.providerName,
  model: target.model,
  ...(target.region !== undefined ? { region: target.region } : {}),
});

/**
 * The parts of the first target that answers. Parts before a target's first token are held back,
 * so a cloud that fails early leaves nothing in the answer but a `failover` part naming it.
 */
export async function* streamWithFailover(
  targets: readonly FailoverTarget[],
  signal: AbortSignal,
  deps: Deps,
): AsyncGenerator<StreamPart> {
  // Each cloud once, in order; then, if all failed and one asked to be retried after a short
  // wait, that one again (it is the only option left).
  const queue = [...targets];
  let retried = false;
  const waits: { target: FailoverTarget; ms: number }[] = [];
  for (let index = 0; index < queue.length; index += 1) {
    const target = queue[index] as FailoverTarget;
    const startedAt = deps.now();
    const held: StreamPart[] = [];
    let flowing = false;
    let failed: ErrorPart | undefined;
    for await (const part of target.open()) {
      if (flowing) {
        yield part;
        continue;
      }
      if (part.type === 'error') {
        const more = index < queue.length - 1 || (!retried && targets.length > 1);
        if (FAILOVER_KINDS.has(part.kind) && more && !signal.aborted) {
          failed = part;
          break;
        }
      }
      held.push(part);
      if (isDelta(part) || part.type === 'finish' || part.type === 'error') {
        flowing = true;
        yield* held;
      }
    }
    if (!failed) {
      if (!flowing) yield* held;
      return;
    }
    if (failed.retryAfterMs !== undefined) waits.push({ target, ms: failed.retryAfterMs });
    let next = queue[index + 1];
    if (!next && !retried) {
      retried = true;
      const soonest = waits.sort((a, b) => a.ms - b.ms)[0];
      if (soonest && soonest.ms <= MAX_RETRY_AFTER_MS) {
        next = soonest.target;
        queue.push(next);
      }
    }
    if (!next) {
      // Nothing left to try: the failure stands as the answer's error.
      yield* held;
      yield failed;
      return;
    }
    yield {
      type: 'failover',
      failed: failedOf(target, failed, held, deps.now() - startedAt),
      next: nextOf(next),
    };
    if (next === target) {
      try {
        await deps.sleep(waits.find((w) => w.target === target)?.ms ?? 0, signal);
      } catch {
        return;
      }
    }
  }
}
