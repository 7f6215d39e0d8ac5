// A streaming answer that has gone quiet says so after a few seconds, with a way to stop it,
// instead of "Streaming…" until the idle limit ends it.
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/app-store';

/** Seconds of silence before the hint shows: long enough for a slow first token. */
export const STALL_HINT_AFTER_S = 3;

/**
 * Whole seconds since `progress` last changed; 0 right after a change. One timer per hint for
 * as long as it is shown, which reads the newest progress: a timer set again at every change cost
 * a clearInterval and a setInterval per answer per frame while streaming.
 */
function useSilentSeconds(progress: number): number {
  const latest = useRef<{ progress: number; since: number } | null>(null);
  const [silence, setSilence] = useState({ progress, seconds: 0 });
  useEffect(() => {
    if (latest.current?.progress !== progress)
      latest.current = { progress, since: performance.now() };
  }, [progress]);
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (!latest.current) return;
      const { progress: now, since } = latest.current;
      const seconds = Math.floor((performance.now() - since) / 1000);
      // Only a change of the shown seconds renders (none while tokens keep coming).
      setSilence((old) =>
        old.progress === now && old.seconds === seconds ? old : { progress: now, seconds },
      );
    }, 1000);
    return () => window.clearInterval(timer);
  }, []);
  return silence.progress === progress ? silence.seconds : 0;
}

interface StallHintProps {
  paneId: string;
  /** Grows with every piece of text or reasoning that arrives. */
  progress: number;
}

export function StallHint({ paneId, progress }: StallHintProps) {
  const seconds = useSilentSeconds(progress);
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
}
