import type { AppStore } from '../../app-store';
import type { AnswerView, TurnView } from './initial-state';

export interface ThreadItem {
  turn: TurnView;
  answer: AnswerView | undefined;
}

/** A pane's thread: the turns it received with its answer to each. */
function paneThread(state: AppStore, paneId: string): ThreadItem[] {
  const byTurn = state.paneAnswers[paneId] ?? {};
  return state.turns
    .filter((turn) => turn.paneIds.includes(paneId))
    .map((turn) => {
      const messageId = byTurn[turn.id];
      return { turn, answer: messageId ? state.answers[messageId] : undefined };
    });
}

/** The answers still streaming, from the per-pane index (no scan of every answer). */
function streamingAnswers(state: AppStore): AnswerView[] {
  return Object.values(state.streamingByPane)
    .flat()
    .flatMap((id) => state.answers[id] ?? []);
}

function isPaneStreaming(state: AppStore, paneId: string): boolean {
  return (state.streamingByPane[paneId]?.length ?? 0) > 0;
}

function isAnyStreaming(state: AppStore): boolean {
  return Object.values(state.streamingByPane).some((ids) => ids.length > 0);
}

function lastTurn(state: AppStore): TurnView | undefined {
  return state.turns[state.turns.length - 1];
}

export const threadSelectors = {
  paneThread,
  streamingAnswers,
  isAnyStreaming,
  isPaneStreaming,
  lastTurn,
};
