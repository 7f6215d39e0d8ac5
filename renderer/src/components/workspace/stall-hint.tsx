// A streaming answer that has gone quiet says so after a few seconds, with a way to stop it,
// instead of "Streaming…" until the idle limit ends it.
import { memo, useEffect, useState } from 'react';
import { useAppStore, type AppStore } from '../../store/app-store';

/** Seconds of silence before the hint shows: long enough for a slow first token. */
export const STALL_HINT_AFTER_S = 3;

/** Grows with every piece of text or reasoning that arrives. */
function progressOf(state: AppStore, messageId: string): number {
  const answer = state.answers[messageId];
  return answer ? answer.text.length + answer.reasoning.length : 0;
}

/**
 * Whole seconds since the answer last grew; 0 right after it grows. One timer per hint reads the
 * answer's progress from the store once a second, so a streamed token neither renders the hint
 * nor runs an effect (a progress prop did both, per answer per frame). Only while the hint shows
 * does it watch progress on every update, to go away with the first new token.
 */
function useSilentSeconds(messageId: string): number {
  const [silence, setSilence] = useState(() => ({
    progress: progressOf(useAppStore.getState(), messageId),
    seconds: 0,
  }));
  useEffect(() => {
    let progress = progressOf(useAppStore.getState(), messageId);
    let since = performance.now();
    const timer = window.setInterval(() => {
      const now = progressOf(useAppStore.getState(), messageId);
      if (now !== progress) {
        progress = now;
        since = performance.now();
      }
      const seconds = Math.floor((performance.now() - since) / 1000);
      // Only a change of the shown seconds renders (none while tokens keep coming).
      setSilence((old) =>
        old.progress === now && old.seconds === seconds ? old : { progress: now, seconds },
      );
    }, 1000);
    return () => window.clearInterval(timer);
  }, [messageId]);
  const shown = silence.seconds >= STALL_HINT_AFTER_S;
  const progress = useAppStore((s) => (shown ? progressOf(s, messageId) : silence.progress));
  return progress === silence.progress ? silence.seconds : 0;
}

interface StallHintProps {
  paneId: string;
  messageId: string;
}

export const StallHint = memo(function StallHint({ paneId, messageId }: StallHintProps) {
  const seconds = useSilentSeconds(messageId);
  const paneNumber = useAppStore((s) => s.panes.findIndex((p) => p.paneId === paneId) + 1);
  if (seconds < STALL_HINT_AFTER_S) return <span>Streaming…</span>;
  return (
    <span className="stall-hint" role="status">
      waiting for the cloud ({seconds} s)…{' '}
      <button
        type="button"
        className="link-button"
        aria-label={`Stop waiting for pane ${paneNumber}`}
        onClick={() => void useAppStore.getState().stopPane(paneId)}
      >
        Stop
      </button>
    </span>
  );
});
