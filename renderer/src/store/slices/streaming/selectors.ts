import type { AppStore } from '../../app-store';
import type { AnswerView, TurnView } from './initial-state';

export interface ThreadItem {
  turn: TurnView;
  answer: AnswerView | undefined;
}

const threadCache = new WeakMap<object, Map<string, ThreadItem[]>>();

/** A pane's thread: the turns it received with its answer to each. Cached per state snapshot. */
function paneThread(state: AppStore, paneId: string): ThreadItem[] {
  let byPane = threadCache.get(state.answers);
  if (!byPane) {
    byPane = new Map();
    threadCache.set(state.answers, byPane);
  }
  const key = `${paneId}\u0000${state.turns.length}\u0000${state.turns[0]?.id ?? ''}`;
  const cached = byPane.get(key);
  if (cached) return cached;
  const byTurn = state.paneAnswers[paneId] ?? {};
  const items = state.turns
    .filter((turn) => turn.paneIds.includes(paneId))
    .map((turn) => {
      const messageId = byTurn[turn.id];
      return { turn, answer: messageId ? state.answers[messageId] : undefined };
    });
  byPane.set(key, items);
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
