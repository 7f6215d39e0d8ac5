// The channels for deciding between answers: continue with one, vote, branch at a turn.
import type { IpcHandlers } from '../../../shared/ipc';
import type { HistoryChangedEmitter } from './history-handlers';
import type { HistoryStore } from './history-store';

export type DecisionChannel = 'chooseAnswer' | 'voteTurn' | 'branchConversation';

export function createDecisionHandlers(
  store: HistoryStore,
  emit?: HistoryChangedEmitter,
): Pick<IpcHandlers, DecisionChannel> {
  return {
    chooseAnswer: async (input) => {
      store.decisions.choose(input);
      emit?.('historyChanged', { conversationId: input.conversationId });
    },
    voteTurn: async (input) => {
      store.decisions.vote(input);
      emit?.('historyChanged', { conversationId: input.conversationId });
    },
    branchConversation: async (input) => {
      const conversationId = store.decisions.branch(input);
      emit?.('historyChanged', { conversationId });
      return { conversationId };
    },
  };
}
