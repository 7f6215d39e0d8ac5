import type { AppStore } from '../../app-store';
import type { AnswerView, TurnView } from './initial-state';

export interface ThreadItem {
  turn: TurnView;
  answer: AnswerView | undefined;
}

// Last thread handed out per pane: a pane whose turns and answers did not change gets the same
// array back, so it does not re-render while other panes stream.
const lastThreads = new Map<string, ThreadItem[]>();

function sameItems(a: ThreadItem[], b: ThreadItem[]): boolean {
  return (
    a.length === b.length &&
    a.every((item, i) => item.turn === b[i]?.turn && item.answer === b[i]?.answer)
  );
}

/** A pane's thread: the turns it received with its answer to each. */
function paneThread(state: AppStore, paneId: string): ThreadItem[] {
  const byTurn = state.paneAnswers[paneId] ?? {};
  const items = state.turns
    .filter((turn) => turn.paneIds.includes(paneId))
    .map((turn) => {
      const messageId = byTurn[turn.id];
      return { turn, answer: messageId ? state.answers[messageId] : undefined };
    });
  const previous = lastThreads.get(paneId);
  if (previous && sameItems(previous, items)) return previous;
  if (lastThreads.size > 64) lastThreads.clear();
  lastThreads.set(paneId, items);
  return items;
}

function streamingAnswers(state: AppStore): AnswerView[] {
  return Object.values(state.answers).filter((a) => a.status === 'streaming');
}

function isPaneStreaming(state: AppStore, paneId: string): boolean {
  return streamingAnswers(state).some((a) => a.paneId === paneId);
}

function lastTurn(state: AppStore): TurnView | undefined {
  return state.turns[state.turns.length - 1];
}

export const streamingSelectors = {
  paneThread,
  streamingAnswers,
  isAnyStreaming: (state: AppStore) => streamingAnswers(state).length > 0,
  isPaneStreaming,
  lastTurn,
};
