// Coalesces streamed text so the database sees a few writes per second per answer, not one per
// token. Pending text is written when the timer fires or when enough has piled up, so a crash
// loses at most one window of text.
export interface PendingDelta {
  messageId: string;
  text: string;
  reasoning: string;
}

export interface DeltaBufferOptions {
  /** Longest time text waits in memory. */
  flushIntervalMs: number;
  /** Pending characters (all messages) that trigger an immediate write. */
  flushChars: number;
  /** Persists a batch; called synchronously, in arrival order per message. */
  write: (batch: PendingDelta[]) => void;
  /** A timer-driven write failed; there is no caller to throw to. */
  onError: (error: unknown) => void;
}

export interface DeltaBuffer {
  append(messageId: string, text: string, reasoning?: string): void;
  /** Writes what is pending for one message, or for all when omitted. */
  flush(messageId?: string): void;
  /** Pending text not yet written (for reads while streaming). */
  pending(messageId: string): PendingDelta | undefined;
  dispose(): void;
}

export function createDeltaBuffer(options: DeltaBufferOptions): DeltaBuffer {
  const pendingByMessage = new Map<string, PendingDelta>();
  let pendingChars = 0;
  let timer: NodeJS.Timeout | undefined;

  const clearTimer = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };

  const flush = (messageId?: string): void => {
    if (messageId === undefined) {
      clearTimer();
      const batch = [...pendingByMessage.values()];
      pendingByMessage.clear();
      pendingChars = 0;
      if (batch.length > 0) options.write(batch);
      return;
    }
    const entry = pendingByMessage.get(messageId);
    if (!entry) return;
    pendingByMessage.delete(messageId);
    pendingChars -= entry.text.length + entry.reasoning.length;
    if (pendingByMessage.size === 0) clearTimer();
    options.write([entry]);
  };

  return {
    append(messageId, text, reasoning = '') {
      if (text === '' && reasoning === '') return;
      const entry = pendingByMessage.get(messageId);
      if (entry) {
        entry.text += text;
        entry.reasoning += reasoning;
      } else {
        pendingByMessage.set(messageId, { messageId, text, reasoning });
      }
      pendingChars += text.length + reasoning.length;
      if (pendingChars >= options.flushChars) {
        flush();
        return;
      }
      if (!timer) {
        timer = setTimeout(() => {
          try {
            flush();
          } catch (error) {
            options.onError(error);
          }
        }, options.flushIntervalMs);
        // A pending write must not keep a finished process (a test, a CLI) alive.
        timer.unref();
      }
    },
    flush,
    pending: (messageId) => pendingByMessage.get(messageId),
    dispose() {
      clearTimer();
      pendingByMessage.clear();
      pendingChars = 0;
    },
  };
}
