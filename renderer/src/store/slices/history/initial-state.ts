import type { ConversationSummary, SearchHit, SearchInput } from '../../../../../shared/history';

/** The facets of a search beside its text: cloud, region, model, status, cost range. */
export type SearchFilters = Partial<
  Pick<SearchInput, 'providerKind' | 'region' | 'model' | 'status' | 'minCostUsd' | 'maxCostUsd'>
>;

export interface HistoryState {
  conversations: ConversationSummary[];
  /** Cursor for the next page of the list; undefined on the last page. */
  conversationsCursor?: number;
  conversationsLoaded: boolean;
  searchQuery: string;
  searchFilters: SearchFilters;
  /** null when no search is active. */
  searchResults: SearchHit[] | null;
  searching: boolean;
  /** A message for the sidebar: an error, or what an import did. */
}

export const initialHistoryState: HistoryState = {
  conversations: [],
  conversationsLoaded: false,
  searchQuery: '',
  searchFilters: {},
  searchResults: null,
  searching: false,
};
