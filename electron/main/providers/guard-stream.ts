// The contract every provider keeps, in one place: stream() never throws; it ends with exactly
// one `finish` or `error` part after any partial text; Stop is immediate and never retried; a
// silent stream ends with a timeout; no message shown carries a secret.
import { cancelledPart, errorPart } from './error-part';
import { redactSecrets } from '../security/redact-secrets';
import { DEFAULT_IDLE_TIMEOUT_MS, nextWithin } from './stream-idle-timeout';
import type { ErrorPart, StreamPart } from '../../../shared/stream';

export interface GuardOptions {
  /** The cloud's name for messages ("Azure OpenAI"). */
  label: string;
  signal: AbortSignal;
  idleTimeoutMs?: number;
  /** Every credential value in play, scrubbed from messages. */
  secrets: readonly (string | undefined)[];
  mapError(error: unknown): ErrorPart;
}

function scrubbed(
  part: StreamPart,
  secrets: GuardOptions['secrets'],
  sawText: boolean,
): StreamPart {
  if (part.type !== 'error') return part;
  // Said only when there is something to keep; the mappers cannot know.
  const note = sawText ? ' The answer so far is kept.' : '';
  return { ...part, message: `${redactSecrets(part.message, secrets)}${note}` };
}

/**
 * Runs `open` (the SDK-specific stream) under the guard. `open` gets a signal that fires on the
 * user's Stop and on the idle limit, and should pass it to the SDK so the request is torn down.
 */
export async function* guardStream(
  options: GuardOptions,
  open: (signal: AbortSignal) => AsyncIterable<StreamPart>,
): AsyncGenerator<StreamPart, void, undefined> {
  const { signal, label, secrets } = options;
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  if (signal.aborted) {
    yield cancelledPart();
    return;
  }
  const inner = new AbortController();
  const forwardAbort = (): void => inner.abort();
  signal.addEventListener('abort', forwardAbort, { once: true });
  let iterator: AsyncIterator<StreamPart> | undefined;
  let sawDelta = false;

  try {
    try {
      iterator = open(inner.signal)[Symbol.asyncIterator]();
    } catch (error) {
      yield scrubbed(options.mapError(error), secrets, sawDelta);
      return;
    }
    for (;;) {
      const outcome = await nextWithin(iterator, idleTimeoutMs, signal);
      if (outcome.type === 'aborted') {
        yield scrubbed(cancelledPart(), secrets, sawDelta);
        return;
      }
      if (outcome.type === 'idle') {
        inner.abort();
        const seconds = Math.round(idleTimeoutMs / 100) / 10;
        yield scrubbed(
          errorPart(
            'timeout',
            `${label} sent nothing for ${seconds} s, so the app stopped waiting. Try again.`,
          ),
          secrets,
          sawDelta,
        );
        return;
      }
      if (outcome.type === 'error') {
        yield scrubbed(
          signal.aborted ? cancelledPart() : options.mapError(outcome.error),
          secrets,
          sawDelta,
        );
        return;
      }
      if (outcome.result.done) {
        yield scrubbed(
          errorPart('network', `The connection to ${label} closed before the answer was complete.`),
          secrets,
          sawDelta,
        );
        return;
      }
      const part = outcome.result.value;
      if (part.type === 'text-delta' || part.type === 'reasoning-delta') sawDelta = true;
      yield scrubbed(part, secrets, sawDelta);
      if (part.type === 'finish' || part.type === 'error') return;
    }
  } finally {
    signal.removeEventListener('abort', forwardAbort);
    // Tear the request down whichever way we left; the SDK's own cleanup may still be pending.
    inner.abort();
    if (iterator?.return) iterator.return().catch(() => undefined);
  }
}
