// The answer a pane shows for a turn, subscribed on its own: a streamed token re-renders this and
// the answer, not the turn around it (its prompt, files and version switcher).
import { memo } from 'react';
import { useAppStore } from '../../store/app-store';
import { AnswerView } from './answer-view';

interface PaneAnswerProps {
  turnId: string;
  paneId: string;
  paneNumber: number;
}

export const PaneAnswer = memo(function PaneAnswer({
  turnId,
  paneId,
  paneNumber,
}: PaneAnswerProps) {
  const answer = useAppStore((s) => {
    const messageId = s.paneAnswers[paneId]?.[turnId];
    return messageId ? s.answers[messageId] : undefined;
  });
  return answer ? (
    <AnswerView answer={answer} paneNumber={paneNumber} />
  ) : (
    <p className="turn__missing">No answer was kept for this message.</p>
  );
});
