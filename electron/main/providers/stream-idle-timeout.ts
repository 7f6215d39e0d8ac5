// The SDKs put no time limit on a response body, so a server that stops sending would hold a
// pane forever. Each wait for the next part races the idle limit and the user's Stop.

export type NextOutcome<T> =
  | { type: 'result'; result: IteratorResult<T> }
  | { type: 'error'; error: unknown }
  | { type: 'idle' }
  | { type: 'aborted' };

export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

/** Waits for the iterator's next value, at most `idleTimeoutMs`, and no longer than `signal`. */
export function nextWithin<T>(
  iterator: AsyncIterator<T>,
  idleTimeoutMs: number,
  signal: AbortSignal,
): Promise<NextOutcome<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: NextOutcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = (): void => settle({ type: 'aborted' });
    const timer = setTimeout(() => settle({ type: 'idle' }), idleTimeoutMs);
    if (signal.aborted) {
      settle({ type: 'aborted' });
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (result) => settle({ type: 'result', result }),
      (error: unknown) => settle({ type: 'error', error }),
    );
  });
}
