// Builds the one `error` part a failed stream ends with. Whether a retry could help follows from
// the kind, so callers cannot get it inconsistent.
import type { ErrorKind, ErrorPart } from '../../../shared/stream';

const RETRYABLE: Record<ErrorKind, boolean> = {
  auth: false,
  'rate-limit': true,
  quota: false,
  'content-filter': false,
  'context-length': false,
  network: true,
  timeout: true,
  cancelled: false,
  server: true,
  'bad-request': false,
  'unsupported-input': false,
};

export function errorPart(
  kind: ErrorKind,
  message: string,
  extra: { status?: number; retryAfterMs?: number } = {},
): ErrorPart {
  return {
    type: 'error',
    kind,
    message,
    retryable: RETRYABLE[kind],
    ...(extra.status !== undefined ? { status: extra.status } : {}),
    ...(extra.retryAfterMs !== undefined ? { retryAfterMs: extra.retryAfterMs } : {}),
  };
}

export function cancelledPart(): ErrorPart {
  return errorPart('cancelled', 'Stopped.');
}

/** "Try again in 2 s." / "" — for rate-limit messages. */
export function retryHint(retryAfterMs: number | undefined): string {
  if (retryAfterMs === undefined) return 'Wait a moment and try again.';
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `Try again in ${seconds} s.`;
}

/** Reads retry-after-ms / retry-after (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(
  get: (name: string) => string | null | undefined,
): number | undefined {
  const ms = Number(get('retry-after-ms'));
  if (get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const value = get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
