// Subscribes to main's events: stream parts (applied once per frame, an answer's first text at
// once), stream outcomes and history changes.
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import type { StreamPartsEvent } from '../../../shared/chat';
import { api } from '../lib/api';
import { createFrameBatcher } from '../lib/frame-batcher';
import { useAppStore } from '../store/app-store';

export function useApiEvents(): void {
  useEffect(() => {
    const store = useAppStore.getState;
    // Rendered before returning, in the frame that applies them: answers held in component state
    // (use-streamed-selection.ts) would otherwise render in a task after the frame.
    const batcher = createFrameBatcher<StreamPartsEvent>((events) =>
      flushSync(() => store().internal_applyStreamParts(events)),
    );
    let refreshTimer: number | undefined;
    const offParts = api.on('streamParts', (events) => {
      for (const event of events) {
        batcher.push(event);
        // An answer's first text is shown at once rather than in the next frame: the frame then
        // paints it without first rendering it (one extra render per answer, not per token).
        // Only that answer's parts go now; the other panes' wait a frame more, so the frame
        // painting the first text is not also rendering, laying out and painting theirs.
        const answer = store().answers[event.messageId];
        if (!answer?.text && event.parts.some((part) => part.type === 'text-delta')) {
          batcher.flushOnly((pending) => pending.messageId === event.messageId);
        }
      }
    });
    const offDone = api.on('streamDone', (event) => {
      // Deltas still waiting for a frame belong before the final outcome.
      flushSync(() => {
        batcher.flush();
        store().internal_applyStreamDone(event);
      });
    });
    const offHistory = api.on('historyChanged', () => {
      window.clearTimeout(refreshTimer);
      refreshTimer = window.setTimeout(() => void store().refreshConversations(), 300);
    });
    return () => {
      offParts();
      offDone();
      offHistory();
      batcher.dispose();
      window.clearTimeout(refreshTimer);
    };
  }, []);
}
