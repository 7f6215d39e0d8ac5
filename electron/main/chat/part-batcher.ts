// Coalesces every stream's parts into at most one IPC message per interval (~60/s), so four fast
// panes cannot flood the renderer: the panes of a turn share one timer and one message, which
// carries each stream's parts apart (four streams used to send four messages per interval, each a
// task in the renderer). Flushed on a timer rather than on frames, so an occluded or minimised
// window still receives everything; any non-delta part flushes at once, so `start`, `finish` and
// `error` are never delayed behind text. A stream's first delta also goes at once: time to first
// token is what users compare, and it must not wait for a timer tick.
import type { StreamEventTarget, StreamPartsEvent } from '../../../shared/chat';
import { isDeltaPart, type StreamPart } from '../../../shared/stream';

/** One stream's way into the shared message. */
export interface PartBatcher {
  push(part: StreamPart): void;
  /** Sends whatever is pending now (this stream's and the others'). */
  flush(): void;
  /** Flushes; later pushes for this stream are ignored. */
  close(): void;
}

export interface PartsOutbox {
  /** A batcher for one stream, whose parts go out with every other stream's. */
  stream(target: StreamEventTarget): PartBatcher;
}

export const DEFAULT_BATCH_INTERVAL_MS = 1000 / 60;

export function createPartsOutbox(
  send: (events: StreamPartsEvent[]) => void,
  intervalMs: number = DEFAULT_BATCH_INTERVAL_MS,
): PartsOutbox {
  // Each stream's parts not sent yet, in the order the streams first had some.
  const pending = new Map<StreamEventTarget, StreamPart[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (pending.size === 0) return;
    const events = [...pending].map(([target, parts]) => ({ ...target, parts }));
    pending.clear();
    send(events);
  };

  return {
    stream(target) {
      let closed = false;
      let sentFirstDelta = false;
      const partsOf = (): StreamPart[] => {
        let parts = pending.get(target);
        if (!parts) {
          parts = [];
          pending.set(target, parts);
        }
        return parts;
      };
      return {
        push(part) {
          if (closed) return;
          const parts = partsOf();
          if (!isDeltaPart(part)) {
            parts.push(part);
            flush();
            return;
          }
          const last = parts.at(-1);
          // Merge runs of the same delta type: the renderer only needs the text, not the chunking.
          if (last && last.type === part.type && 'delta' in last) {
            parts[parts.length - 1] = { ...last, delta: last.delta + part.delta };
          } else {
            parts.push(part);
          }
          if (!sentFirstDelta) {
            sentFirstDelta = true;
            flush();
            return;
          }
          timer ??= setTimeout(flush, intervalMs);
        },
        flush,
        close() {
          flush();
          closed = true;
        },
      };
    },
  };
}
