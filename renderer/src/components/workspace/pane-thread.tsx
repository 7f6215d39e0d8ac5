// A pane's thread in a windowed list: only the turns near the viewport are in the DOM. The list
// subscribes to the pane's turn ids only and each turn to its own answer, so a streaming token
// re-renders the one answer it belongs to, not the thread.
import { memo, useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ScrollSync } from '../../lib/scroll-sync';
import { useAppStore, type AppStore } from '../../store/app-store';
import { VirtualList } from '../common/virtual-list';
import { AnswerView } from './answer-view';

interface PaneThreadProps {
  paneId: string;
  paneNumber: number;
  scrollSync: ScrollSync;
}

function paneTurnIds(state: AppStore, paneId: string): string[] {
  return state.turns.filter((turn) => turn.paneIds.includes(paneId)).map((turn) => turn.id);
}

export function PaneThread({ paneId, paneNumber, scrollSync }: PaneThreadProps) {
  const turnIds = useAppStore(useShallow((s) => paneTurnIds(s, paneId)));
  const renderItem = useCallback(
    (turnId: string) => <ThreadTurn turnId={turnId} paneId={paneId} paneNumber={paneNumber} />,
    [paneId, paneNumber],
  );
  if (turnIds.length === 0) {
    return (
      <div className="pane__empty">
        <p>Answers for pane {paneNumber} appear here.</p>
      </div>
    );
  }
  return (
    <VirtualList
      className="pane__thread"
      label={`Thread of pane ${paneNumber}`}
      keys={turnIds}
      estimate={240}
      scrollSync={scrollSync}
      renderItem={renderItem}
    />
  );
}

interface ThreadTurnProps {
  turnId: string;
  paneId: string;
  paneNumber: number;
}

const ThreadTurn = memo(function ThreadTurn({ turnId, paneId, paneNumber }: ThreadTurnProps) {
  const prompt = useAppStore((s) => s.turns.find((turn) => turn.id === turnId)?.prompt ?? '');
  const answer = useAppStore((s) => {
    const messageId = s.paneAnswers[paneId]?.[turnId];
    return messageId ? s.answers[messageId] : undefined;
  });
  return (
    <div className="turn">
      <div className="turn__prompt" aria-label="Your message">
        {prompt}
      </div>
      {answer ? (
        <AnswerView answer={answer} paneNumber={paneNumber} />
      ) : (
        <p className="turn__missing">No answer was kept for this message.</p>
      )}
    </div>
  );
});
