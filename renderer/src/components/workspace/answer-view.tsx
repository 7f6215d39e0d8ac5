// One answer: Markdown as it streams, its reasoning, any error in words, and the metrics line.
import { memo, useCallback, useMemo } from 'react';
import { useStreamedSelection } from '../../hooks/use-streamed-selection';
import { createLongWordWatch, LONG_WORDS_CLASS } from '../../lib/long-words';
import { StreamingMarkdown } from '../../markdown/streaming-markdown';
import type { AnswerView as Answer } from '../../store/slices/thread/initial-state';
import { blindLetters } from '../../../../shared/blind-letters';
import { useAppStore, type AppStore } from '../../store/app-store';
import { CopyButton } from '../common/copy-button';
import { ContentFilterNotice } from './content-filter-notice';
import { FailoverNotice } from './failover-notice';
import { MetricsLine } from './metrics-line';

interface AnswerViewProps {
  answer: Answer;
  paneNumber: number;
}

export const AnswerView = memo(function AnswerView({ answer, paneNumber }: AnswerViewProps) {
  const streaming = answer.status === 'streaming';
  // Selectors kept the same while the answer streams: a new one each render made the store's hook
  // queue a passive effect per answer per frame.
  const { vote, turnId, paneId, messageId } = answer;
  // Blind: until the turn is voted on, the answer is only a letter, without the figures or a
  // failover notice that would name its cloud.
  const letter = useAppStore(
    useCallback(
      (s: AppStore) => {
        if (!s.settings.blindMode || vote !== undefined) return undefined;
        const turn = s.turns.find((t) => t.id === turnId);
        return turn ? blindLetters(turn.id, turn.paneIds)[paneId] : '?';
      },
      [vote, turnId, paneId],
    ),
  );
  const hidden = letter !== undefined;
  const revealed = useAppStore(
    useCallback((s: AppStore) => s.revealMessageId === messageId, [messageId]),
  );
  return (
    <div
      className={`answer answer--${answer.status}${revealed ? ' answer--revealed' : ''}`}
      aria-label={`Answer in pane ${paneNumber}`}
      aria-busy={streaming}
      data-status={answer.status}
    >
      {hidden && <p className="answer__blind-label">Answer {letter}</p>}
      {!hidden && answer.attempts && answer.attempts.length > 0 && (
        <FailoverNotice
          attempts={answer.attempts}
          answeredBy={answer.providerName ?? 'another cloud'}
          region={answer.region}
        />
      )}
      <AnswerBody messageId={messageId} />
      {answer.error && answer.error.kind !== 'cancelled' && (
        <p role="alert" className="answer__error">
          {answer.error.message}
        </p>
      )}
      {answer.status === 'stopped' && <p className="answer__stopped">Stopped.</p>}
      {answer.status === 'complete' && answer.finishReason === 'content-filter' && (
        <ContentFilterNotice paneId={answer.paneId} />
      )}
      <div className="answer__footer">
        {!hidden && <MetricsLine answer={answer} />}
        {!streaming && answer.text && (
          <CopyButton text={answer.text} label={`Copy answer in pane ${paneNumber}`} />
        )}
      </div>
    </div>
  );
});

/**
 * What grows while the answer streams, its reasoning and its text, subscribed on its own: the
 * answer around it is held while only these change (pane-answer.tsx), so a token renders this
 * and not the notices, metrics and footer (in profile-app the answer's components took 34 ms of
 * a stream instead of 58).
 */
const AnswerBody = memo(function AnswerBody({ messageId }: { messageId: string }) {
  const answer = useStreamedSelection((s) => s.answers[messageId], [messageId]);
  // One watch per answer: its text only grows, so each update scans only what it added.
  const longWordWatch = useMemo(createLongWordWatch, [messageId]);
  if (!answer) return null;
  const streaming = answer.status === 'streaming';
  const longWords = longWordWatch(answer.text);
  return (
    <div className={`answer__body${longWords ? ` ${LONG_WORDS_CLASS}` : ''}`}>
      {answer.reasoning && (
        <details className="answer__reasoning">
          <summary>Reasoning</summary>
          <p>{answer.reasoning}</p>
        </details>
      )}
      {answer.text ? (
        <StreamingMarkdown text={answer.text} streaming={streaming} />
      ) : (
        streaming && <p className="answer__waiting">Waiting for the first token…</p>
      )}
    </div>
  );
});
