import type { AppStore } from '../../app-store';
import type { AnswerView, TurnView } from './initial-state';

export interface ThreadItem {
  turn: TurnView;
  answer: AnswerView | undefined;
}

/** The answer a pane shows for a turn (its chosen version), if it has one. */
function paneAnswer(state: AppStore, paneId: string, turnId: string): AnswerView | undefined {
  const messageId = state.paneAnswers[paneId]?.[turnId];
  return messageId ? state.answers[messageId] : undefined;
}

/** A pane's thread: the turns it received with its answer to each. */
function paneThread(state: AppStore, paneId: string): ThreadItem[] {
  return state.turns
    .filter((turn) => turn.paneIds.includes(paneId))
    .map((turn) => ({ turn, answer: paneAnswer(state, paneId, turn.id) }));
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
  paneAnswer,
  paneThread,
  streamingAnswers,
  isAnyStreaming,
  isPaneStreaming,
  lastTurn,
};
