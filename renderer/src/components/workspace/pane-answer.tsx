// The answer a pane shows for a turn, subscribed on its own: the turn around it (its prompt, files
// and version switcher) does not render again as it changes. Held in state (use-streamed-
// selection.ts), and only when more than its text or reasoning changes: a streamed token
// re-renders just the answer's body, which follows those on its own (answer-view.tsx).
import { memo } from 'react';
import { sameApartFromGrowth } from '../../../../shared/answer';
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
    sameApartFromGrowth,
  );
  return answer ? (
    <AnswerView answer={answer} paneNumber={paneNumber} />
  ) : (
    <p className="turn__missing">No answer was kept for this message.</p>
  );
});
