import type { ConversationSummary } from '../../../../../shared/history';
import type { AppStore } from '../../app-store';

/**
 * Pinned conversations first, then the rest by recency. A function of the list, not of the store:
 * it builds new arrays, so a component works it out in a useMemo on `conversations`.
 */
function grouped(conversations: readonly ConversationSummary[]) {
  const byRecency = [...conversations].sort((a, b) => b.updatedAt - a.updatedAt);
  return {
    pinned: byRecency.filter((c) => c.pinned),
    recent: byRecency.filter((c) => !c.pinned),
  };
}

export const historySelectors = {
  grouped,
  isSearching: (state: AppStore) => state.searchResults !== null,
  current: (state: AppStore) => state.conversations.find((c) => c.id === state.conversationId),
};
