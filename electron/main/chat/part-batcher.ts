// Coalesces a stream's parts into at most one IPC message per interval (~60/s), so four fast
// panes cannot flood the renderer. Flushed on a timer rather than on frames, so an occluded or
// minimised window still receives everything; any non-delta part flushes at once, so `start`,
// `finish` and `error` are never delayed behind text. The first delta also goes at once: time
// to first token is what users compare, and it must not wait for a timer tick.
import { isDeltaPart, type StreamPart } from '../../../shared/stream';

export interface PartBatcher {
  push(part: StreamPart): void;
  /** Sends whatever is pending now. */
  flush(): void;
  /** Flushes and stops the timer; later pushes are ignored. */
  close(): void;
}

export const DEFAULT_BATCH_INTERVAL_MS = 1000 / 60;

export function createPartBatcher(
  send: (parts: StreamPart[]) => void,
  intervalMs: number = DEFAULT_BATCH_INTERVAL_MS,
): PartBatcher {
  let pending: StreamPart[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let sentFirstDelta = false;

  const flush = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    send(batch);
  };

  const appendDelta = (part: StreamPart & { delta: string }): void => {
    const last = pending.at(-1);
    // Merge runs of the same delta type: the renderer only needs the text, not the chunking.
    if (last && last.type === part.type && 'delta' in last) {
      pending[pending.length - 1] = { ...last, delta: last.delta + part.delta };
    } else {
      pending.push(part);
    }
    timer ??= setTimeout(flush, intervalMs);
  };

  return {
    push(part) {
      if (closed) return;
      if (isDeltaPart(part)) {
        appendDelta(part);
        if (!sentFirstDelta) {
          sentFirstDelta = true;
          flush();
        }
        return;
      }
      pending.push(part);
      flush();
    },
    flush,
    close() {
      flush();
      closed = true;
    },
  };
}
