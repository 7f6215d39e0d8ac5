// A pane's thread in a windowed list: only the turns near the viewport are in the DOM. The list
// subscribes to the pane's turn ids only, each turn to its prompt, and each turn's answer on its
// own (pane-answer.tsx), so a streaming token re-renders the one answer it belongs to, not the
// thread or the turn.
import { memo, useCallback, useMemo, useState } from 'react';
import type { ScrollSync } from '../../lib/scroll-sync';
import { useAppStore } from '../../store/app-store';
import { threadSelectors } from '../../store/slices/thread/selectors';
import { hasLongWord, LONG_WORDS_CLASS } from '../../lib/long-words';
import { AttachmentList } from '../attachments/attachment-list';
import { VirtualList } from '../common/virtual-list';
import { PaneAnswer } from './pane-answer';

interface PaneThreadProps {
  paneId: string;
  paneNumber: number;
  scrollSync: ScrollSync;
}

export function PaneThread({ paneId, paneNumber, scrollSync }: PaneThreadProps) {
  // Every turn of the conversation, also those sent to other panes only: a skipped turn shows as
  // a gap, so the panes' turns stay side by side. The turns are replaced only when a turn comes or
  // goes, so the ids (and what follows from the turns) are worked out then, not mapped and
  // compared on every store update (tokens update it per frame).
  const turns = useAppStore((s) => s.turns);
  const ids = useMemo(() => turns.map((turn) => turn.id), [turns]);
  const skippedAll = useMemo(
    () => !turns.some((turn) => turn.paneIds.includes(paneId)),
    [turns, paneId],
  );
  // The turn of a search hit this pane holds, to bring into view.
  const revealTurnId = useAppStore((s) => {
    const id = s.revealMessageId;
    const answer = id ? s.answers[id] : undefined;
    return answer && answer.paneId === paneId ? answer.turnId : undefined;
  });
  // The last turn while this pane's answer to it streams: the list follows it on its own.
  const lastId = ids[ids.length - 1];
  const growingKey = useAppStore((s) =>
    lastId !== undefined && threadSelectors.paneAnswer(s, paneId, lastId)?.status === 'streaming'
      ? lastId
      : undefined,
  );
  const renderItem = useCallback(
    (turnId: string) => <ThreadTurn turnId={turnId} paneId={paneId} paneNumber={paneNumber} />,
    [paneId, paneNumber],
  );
  // The list stays mounted while the pane is empty, hidden: mounted with the first turn instead,
  // four panes' lists set themselves up (a layout read and a scroll write each) inside the task
  // that sends the first message, a task of 44 to 76 ms. A new list is mounted each time the pane
  // empties (a new conversation), so none keeps the scroll state of the thread it showed before.
  const empty = ids.length === 0 || skippedAll;
  const [shown, setShown] = useState({ empty, list: 0 });
  if (shown.empty !== empty) setShown({ empty, list: empty ? shown.list + 1 : shown.list });
  return (
    <>
      {empty && (
        <div className="pane__empty">
          <p>Answers for pane {paneNumber} appear here.</p>
        </div>
      )}
      <VirtualList
        key={shown.list}
        className="pane__thread"
        label={`Thread of pane ${paneNumber}`}
        keys={empty ? NO_IDS : ids}
        hidden={empty}
        estimate={240}
        scrollSync={scrollSync}
        renderItem={renderItem}
        revealKey={revealTurnId}
        growingKey={growingKey}
      />
    </>
  );
}

const NO_IDS: readonly string[] = [];

interface ThreadTurnProps {
  turnId: string;
  paneId: string;
  paneNumber: number;
}

const ThreadTurn = memo(function ThreadTurn({ turnId, paneId, paneNumber }: ThreadTurnProps) {
  const turn = useAppStore((s) => s.turns.find((t) => t.id === turnId));
  // Once per prompt, not on every render of its streaming answer.
  const longPrompt = useMemo(() => (turn ? hasLongWord(turn.prompt) : false), [turn]);
  if (turn && !turn.paneIds.includes(paneId)) {
    return (
      <div className="turn turn--skipped" aria-label="Not sent to this pane">
        <p className="turn__skipped">Not sent to pane {paneNumber}</p>
      </div>
    );
  }
  return (
    <div className="turn">
      <div
        className={`turn__prompt${longPrompt ? ` ${LONG_WORDS_CLASS}` : ''}`}
        aria-label="Your message"
      >
        {turn?.prompt ?? ''}
        {turn ? (
          <AttachmentList files={turn.attachments} label="Files sent with this message" />
        ) : null}
      </div>
      <AnswerVersions turnId={turnId} paneId={paneId} paneNumber={paneNumber} />
      <PaneAnswer turnId={turnId} paneId={paneId} paneNumber={paneNumber} />
    </div>
  );
});

const NO_VERSIONS: readonly string[] = [];

/** ‹ 1/2 › between the versions of a regenerated answer; nothing when there is one. */
function AnswerVersions({ turnId, paneId, paneNumber }: ThreadTurnProps) {
  // The store replaces a turn's versions only when one is added: no copy to compare per update.
  const versions = useAppStore((s) => s.answerVersions[paneId]?.[turnId]) ?? NO_VERSIONS;
  const shown = useAppStore((s) => s.paneAnswers[paneId]?.[turnId]);
  if (versions.length < 2 || !shown) return null;
  const index = versions.indexOf(shown);
  const go = (step: number) => {
    const target = versions[index + step];
    if (target) useAppStore.getState().showVersion(paneId, turnId, target);
  };
  const newest = index === versions.length - 1;
  return (
    <div
      className="turn__versions"
      role="group"
      aria-label={`Versions of the answer in pane ${paneNumber}`}
    >
      <button
        type="button"
        className="ghost-button"
        aria-label="Earlier version"
        disabled={index <= 0}
        onClick={() => go(-1)}
      >
        ‹
      </button>
      <span aria-live="polite">
        {index + 1}/{versions.length}
      </span>
      <button
        type="button"
        className="ghost-button"
        aria-label="Later version"
        disabled={newest}
        onClick={() => go(1)}
      >
        ›
      </button>
      {!newest && (
        <span className="turn__versions-note">The next prompt builds on the newest version.</span>
      )}
    </div>
  );
}
