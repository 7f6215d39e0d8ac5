// Sends tokens on the simulator's clock: a first-token delay, then a steady rate. Several tokens
// go in one write when the rate outruns the timer, as a busy server batches them.
import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordedRequest } from './sim-context';
import type { SimResponse } from './sim-http';

export interface PaceInput {
  tokens: readonly string[];
  ttftMs: number;
  /** Tokens per second after the first; 0 sends all at once. */
  rate: number;
  res: SimResponse;
  /** Writes one batch of tokens in the protocol's framing. */
  send(batch: string[]): void;
}

/** Returns how many tokens were sent (fewer when the client went away). */
export async function paceTokens(input: PaceInput): Promise<number> {
  const { tokens, res } = input;
  if (input.ttftMs > 0) await sleep(input.ttftMs);
  if (res.closed || tokens.length === 0) return 0;
  const started = performance.now();
  const interval = input.rate > 0 ? 1000 / input.rate : 0;
  let sent = 0;
  while (sent < tokens.length) {
    if (res.closed) return sent;
    const due =
      interval === 0
        ? tokens.length
        : Math.min(tokens.length, 1 + Math.floor((performance.now() - started) / interval));
    if (due > sent) {
      input.send(tokens.slice(sent, due));
      sent = due;
      continue;
    }
    await sleep(Math.max(1, started + sent * interval - performance.now()));
  }
  return sent;
}

/** Waits until the client hangs up (used by the stall fault). */
export async function waitForHangUp(res: SimResponse): Promise<void> {
  while (!res.closed) await sleep(20);
}

/**
 * The two connection faults every cloud shares, after some tokens were written: `drop` cuts the
 * connection, `stall` goes silent until the client gives up. True when it handled the fault.
 */
export async function cutOrStall(
  fault: string | undefined,
  res: SimResponse,
  record: RecordedRequest,
): Promise<boolean> {
  if (fault === 'drop') {
    // Let the tokens already written reach the client, then cut the connection.
    await sleep(40);
    res.destroy();
    record.outcome = 'dropped';
    return true;
  }
  if (fault === 'stall') {
    record.outcome = 'stalled';
    await waitForHangUp(res);
    record.outcome = 'client-closed';
    return true;
  }
  return false;
}
