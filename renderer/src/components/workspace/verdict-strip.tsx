// Under the panes: the verdict on a turn, one row per pane with its figures aligned, the best of
// each column marked, errors counted and differing model versions said plainly. It follows the
// newest turn; ‹ › step back through earlier ones.
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  turnVerdict,
  VERDICT_COLUMNS,
  type VerdictColumn,
  type VerdictRow,
} from '../../../../shared/turn-verdict';
import { AnswerDiffDialog, type DiffCandidate } from '../diff/answer-diff-dialog';
import { SynthesisRow } from './synthesis-row';
import { blindLetters } from '../../../../shared/blind-letters';
import { formatCount, formatMs, formatRate, formatUsd } from '../../lib/format';
import { useAppStore } from '../../store/app-store';
import { sameItems, useStreamedSelection } from '../../hooks/use-streamed-selection';
import type { AppStore } from '../../store/app-store';
import type { AnswerView } from '../../store/slices/thread/initial-state';
import { UNKNOWN_CLOUD } from '../../../../shared/answer';
import { providersSelectors } from '../../store/slices/providers/selectors';
import { threadSelectors } from '../../store/slices/thread/selectors';
import { workspaceSelectors } from '../../store/slices/workspace/selectors';

const HEADINGS: Record<VerdictColumn, string> = {
  ttftMs: 'TTFT',
  tokensPerSecond: 'Speed',
  totalMs: 'Total',
  outputTokens: 'Output',
  costUsd: 'Cost',
};

function cell(row: VerdictRow, column: VerdictColumn): string {
  const value = row.figures[column];
  switch (column) {
    case 'ttftMs':
    case 'totalMs':
      return formatMs(value);
    case 'tokensPerSecond':
      return formatRate(value);
    case 'outputTokens':
      return value === undefined ? '–' : `${formatCount(value)} tok`;
    case 'costUsd':
      return value === undefined ? '–' : `${row.costEstimated ? '≈ ' : ''}${formatUsd(value)}`;
  }
}

const NO_PANES: string[] = [];

/**
 * A streaming answer stands for itself by a string naming it, its pane and its cloud, none of
 * which change while it streams: the selector's output then compares equal on every token, and
 * the strip re-renders when an answer starts or ends.
 */
type StreamingMarker = `streaming:${string}`;

/** What a row shows before its figures: which answer, in which pane and cloud, in what state. */
type RowHead = Pick<VerdictRow, 'messageId' | 'paneId' | 'cloud' | 'status' | 'errorKind'>;

/** A row of the table: every answer has one; its figures come once it has ended. */
interface TableRow {
  head: RowHead;
  ended?: { row: VerdictRow; answer: AnswerView };
}

/** Between the parts of a marker: ids never hold it, and the cloud's name comes last. */
const SEPARATOR = '\u001f';
const MARKER_PREFIX = 'streaming:';

/** The cloud is the profile's name, as on a finished row; a streaming answer may not hold it yet. */
function streamingMarker(state: AppStore, answer: AnswerView): StreamingMarker {
  const profileId = workspaceSelectors.pane(state, answer.paneId)?.profileId;
  const cloud =
    answer.providerName ??
    (profileId ? providersSelectors.profile(state, profileId)?.name : undefined) ??
    UNKNOWN_CLOUD;
  // Joined, not JSON: this runs for every streaming answer on every store update.
  return `${MARKER_PREFIX}${answer.messageId}${SEPARATOR}${answer.paneId}${SEPARATOR}${cloud}`;
}

function isStreaming(entry: AnswerView | StreamingMarker): entry is StreamingMarker {
  return typeof entry === 'string';
}

function readMarker(marker: StreamingMarker): RowHead {
  const afterId = marker.indexOf(SEPARATOR);
  const afterPane = marker.indexOf(SEPARATOR, afterId + 1);
  return {
    messageId: marker.slice(MARKER_PREFIX.length, afterId),
    paneId: marker.slice(afterId + 1, afterPane),
    cloud: marker.slice(afterPane + 1),
    status: 'streaming',
  };
}

/** The turn's answers in pane order; a loop, as it runs on every store update. */
function turnAnswers(state: AppStore, turnIndex: number): (AnswerView | StreamingMarker)[] {
  const turn = state.turns[turnIndex];
  const entries: (AnswerView | StreamingMarker)[] = [];
  if (!turn) return entries;
  for (const paneId of turn.paneIds) {
    const answer = threadSelectors.paneAnswer(state, paneId, turn.id);
    if (answer)
      entries.push(answer.status === 'streaming' ? streamingMarker(state, answer) : answer);
  }
  return entries;
}

/** Alt+1…4: continue with that pane's answer to the newest turn (again: back to own threads). */
function useContinueShortcut(lastTurn: number | undefined) {
  useEffect(() => {
    if (lastTurn === undefined) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const digit = /^Digit([1-4])$/.exec(event.code)?.[1];
      if (!event.altKey || event.ctrlKey || event.metaKey || !digit) return;
      const state = useAppStore.getState();
      const pane = state.panes[Number(digit) - 1];
      const turn = state.turns[lastTurn];
      const answer =
        pane && turn ? threadSelectors.paneAnswer(state, pane.paneId, turn.id) : undefined;
      if (!answer || answer.status !== 'complete') return;
      event.preventDefault();
      void state.continueWith(answer.turnId, answer.chosen ? null : answer.messageId);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lastTurn]);
}

/**
 * Continue with this answer (every pane is sent it next), or vote it the best. For an answer
 * still streaming both wait, disabled, so its row is as tall as it will be when it ends.
 */
function DecideButtons({
  answer,
  whose,
  blind,
}: {
  /** Undefined while the answer streams. */
  answer: AnswerView | undefined;
  /** "pane 2's answer", "answer B" (blind) or the cloud's. */
  whose: string;
  blind: boolean;
}) {
  const { continueWith, vote } = useAppStore.getState();
  return (
    <>
      <button
        type="button"
        className="ghost-button"
        aria-label={`Continue with ${whose}`}
        aria-pressed={answer?.chosen === true}
        disabled={answer?.status !== 'complete'}
        title="Every pane is sent this answer as the turn's answer from now on"
        onClick={() =>
          answer && void continueWith(answer.turnId, answer.chosen ? null : answer.messageId)
        }
      >
        {answer?.chosen ? '✓ Continuing' : 'Continue'}
      </button>
      <button
        type="button"
        className="ghost-button"
        aria-label={`Vote ${whose} the best`}
        aria-pressed={answer?.vote === 'best'}
        disabled={!answer}
        onClick={() => answer && void vote(answer.turnId, 'best', answer.messageId, blind)}
      >
        {answer?.vote === 'best' ? '★ Best' : 'Best'}
      </button>
    </>
  );
}

export function VerdictStrip() {
  const turnCount = useAppStore((s) => s.turns.length);
  // undefined follows the newest turn.
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const [comparing, setComparing] = useState(false);
  const index = picked === undefined || picked >= turnCount ? turnCount - 1 : picked;
  // Compared item by item: zustand's shallow compare builds two Maps of an array on every store
  // update, a frame's worth of work per pane while four answers stream.
  const answers = useStreamedSelection((s) => turnAnswers(s, index), [index], sameItems);
  // Numbered when the panes change, not built and compared on every store update.
  const panes = useAppStore((s) => s.panes);
  const paneNumbers = useMemo(
    () => Object.fromEntries(panes.map((pane, i) => [pane.paneId, i + 1])),
    [panes],
  );
  const blindMode = useAppStore((s) => s.settings.blindMode);
  const shownTurnId = useAppStore((s) => s.turns[index]?.id);
  const turnPaneIds = useAppStore(useShallow((s) => s.turns[index]?.paneIds ?? NO_PANES));
  useContinueShortcut(turnCount > 0 ? turnCount - 1 : undefined);
  if (turnCount === 0 || answers.length < 2) return null;
  const finished = answers.filter((a): a is AnswerView => !isStreaming(a));
  const waiting = answers.length - finished.length;
  const verdict = turnVerdict(finished);
  const turnId = finished[0]?.turnId;
  // Blind and not voted on yet: answers are letters in a shuffled order, their figures hidden.
  const hidden = blindMode && finished.every((a) => a.vote === undefined);
  const letters = hidden && shownTurnId ? blindLetters(shownTurnId, turnPaneIds) : undefined;
  const letterOf = (paneId: string) => letters?.[paneId];
  // One row per answer from the start, in pane order (a streaming one waiting for its figures),
  // so the bar under the panes keeps its height through the turn and into the next one: rows
  // added as answers ended made every pane shorter, the whole window laid out and repainted.
  const rowById = new Map(verdict.rows.map((row) => [row.messageId, row]));
  const shown = answers.flatMap((entry): TableRow[] => {
    if (isStreaming(entry)) return [{ head: readMarker(entry) }];
    const row = rowById.get(entry.messageId);
    return row ? [{ head: row, ended: { row, answer: entry } }] : [];
  });
  if (letters) {
    shown.sort((a, b) =>
      (letterOf(a.head.paneId) ?? '').localeCompare(letterOf(b.head.paneId) ?? ''),
    );
  }
  const whoseOf = (paneId: string, cloud: string) => {
    const letter = letterOf(paneId);
    if (letter) return `answer ${letter}`;
    const pane = paneNumbers[paneId];
    return pane ? `pane ${pane}'s answer` : `${cloud}'s answer`;
  };
  const tie = finished.length > 0 && finished.every((a) => a.vote === 'tie');
  const allBad = finished.length > 0 && finished.every((a) => a.vote === 'all-bad');
  const candidates: DiffCandidate[] = verdict.rows.flatMap((row, i) => {
    const text = finished[i]?.text ?? '';
    if (text === '') return [];
    const pane = paneNumbers[row.paneId];
    const letter = letterOf(row.paneId);
    if (letter) return [{ messageId: row.messageId, label: `Answer ${letter}`, text }];
    return [
      {
        messageId: row.messageId,
        label: `${pane ? `${pane}. ` : ''}${row.cloud} (${row.model})`,
        text,
      },
    ];
  });
  const step = (delta: number) => {
    const next = index + delta;
    setPicked(next >= turnCount - 1 ? undefined : Math.max(0, next));
  };

  return (
    <section className="verdict" aria-label={`Verdict on turn ${index + 1}`}>
      <div className="verdict__head">
        <button
          type="button"
          className="ghost-button"
          aria-label="Verdict on the previous turn"
          disabled={index === 0}
          onClick={() => step(-1)}
        >
          ‹
        </button>
        <strong>Turn {index + 1}</strong>
        <button
          type="button"
          className="ghost-button"
          aria-label="Verdict on the next turn"
          disabled={index >= turnCount - 1}
          onClick={() => step(1)}
        >
          ›
        </button>
        {verdict.errors > 0 && (
          <span className="verdict__errors">
            {verdict.errors} {verdict.errors === 1 ? 'error' : 'errors'}
          </span>
        )}
        {verdict.notAsked > 0 && (
          <span className="verdict__waiting">{verdict.notAsked} not asked (files)</span>
        )}
        {waiting > 0 && <span className="verdict__waiting">{waiting} still answering…</span>}
        <button
          type="button"
          className="ghost-button"
          disabled={candidates.length < 2}
          onClick={() => setComparing(true)}
        >
          Compare answers…
        </button>
        <button
          type="button"
          className="ghost-button"
          aria-pressed={tie}
          disabled={!turnId}
          onClick={() =>
            turnId && void useAppStore.getState().vote(turnId, 'tie', undefined, hidden)
          }
        >
          Tie
        </button>
        <button
          type="button"
          className="ghost-button"
          aria-pressed={allBad}
          disabled={!turnId}
          onClick={() =>
            turnId && void useAppStore.getState().vote(turnId, 'all-bad', undefined, hidden)
          }
        >
          All bad
        </button>
        <button
          type="button"
          className="ghost-button"
          disabled={!turnId || waiting > 0}
          title="A new conversation with this one's turns up to here"
          onClick={() => turnId && void useAppStore.getState().branchAt(turnId)}
        >
          Branch here
        </button>
        {hidden && <span className="verdict__blind">Blind: vote to see who answered</span>}
        {!hidden &&
          verdict.parity.map((note) => (
            <span key={note} role="note" className="verdict__parity">
              {note}
            </span>
          ))}
      </div>
      <table className="verdict__table">
        <thead>
          <tr>
            <th scope="col">Pane</th>
            {VERDICT_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {HEADINGS[column]}
              </th>
            ))}
            <th scope="col">Decide</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ head, ended }) => {
            const row = ended?.row;
            return (
              <tr key={head.messageId} data-status={head.status}>
                <th
                  scope="row"
                  title={
                    letters || !row
                      ? undefined
                      : [row.model, row.region].filter(Boolean).join(' · ')
                  }
                >
                  {letters ? `Answer ${letterOf(head.paneId) ?? '?'}` : null}
                  {!letters && paneNumbers[head.paneId] ? `${paneNumbers[head.paneId]}. ` : ''}
                  {!letters && head.cloud}
                  {head.status !== 'complete' && (
                    <span className="verdict__status">
                      {' '}
                      (
                      {head.errorKind === 'unsupported-input'
                        ? 'not asked: cannot take the files'
                        : (head.errorKind ?? head.status)}
                      )
                    </span>
                  )}
                </th>
                {VERDICT_COLUMNS.map((column) => {
                  // Only answers that have ended are among the best.
                  const best =
                    !letters && (verdict.best[column]?.includes(head.messageId) ?? false);
                  return (
                    <td key={column} className={best ? 'verdict__best' : undefined}>
                      {letters ? 'hidden' : row ? cell(row, column) : '…'}
                      {best && <span aria-label="best"> ★</span>}
                    </td>
                  );
                })}
                <td className="verdict__decide">
                  <DecideButtons
                    answer={ended?.answer}
                    whose={whoseOf(head.paneId, head.cloud)}
                    blind={letters !== undefined}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {turnId && (
        <SynthesisRow
          turnId={turnId}
          canMerge={!hidden && waiting === 0 && candidates.length >= 2}
        />
      )}
      {comparing && (
        <AnswerDiffDialog
          turnNumber={index + 1}
          candidates={candidates}
          onClose={() => setComparing(false)}
        />
      )}
    </section>
  );
}
