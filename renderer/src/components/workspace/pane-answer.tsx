// The answer a pane shows for a turn, subscribed on its own: a streamed token re-renders this and
// the answer, not the turn around it (its prompt, files and version switcher). Held in state, as
// it changes every frame while it streams (use-streamed-selection.ts).
import { memo } from 'react';
import { useStreamedSelection } from '../../hooks/use-streamed-selection';
import { threadSelectors } from '../../store/slices/thread/selectors';
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
  const answer = useStreamedSelection(
    (s) => threadSelectors.paneAnswer(s, paneId, turnId),
    [paneId, turnId],
  );
  return answer ? (
    <AnswerView answer={answer} paneNumber={paneNumber} />
  ) : (
    <p className="turn__missing">No answer was kept for this message.</p>
  );
});
