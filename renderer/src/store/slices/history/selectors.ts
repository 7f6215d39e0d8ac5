import type { ConversationSummary } from '../../../../../shared/history';
import type { AppStore } from '../../app-store';

const cache = new WeakMap<
  ConversationSummary[],
  { pinned: ConversationSummary[]; recent: ConversationSummary[] }
>();

/** Pinned conversations first, then the rest by recency. */
function grouped(state: AppStore) {
  const hit = cache.get(state.conversations);
  if (hit) return hit;
  const byRecency = [...state.conversations].sort((a, b) => b.updatedAt - a.updatedAt);
  const value = {
    pinned: byRecency.filter((c) => c.pinned),
    recent: byRecency.filter((c) => !c.pinned),
  };
  cache.set(state.conversations, value);
  return value;
}

export const historySelectors = {
  grouped,
  isSearching: (state: AppStore) => state.searchResults !== null,
  current: (state: AppStore) => state.conversations.find((c) => c.id === state.conversationId),
};
