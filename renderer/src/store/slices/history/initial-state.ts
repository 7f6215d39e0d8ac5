import type { ConversationSummary, SearchHit } from '../../../../../shared/history';

export interface HistoryState {
  conversations: ConversationSummary[];
  /** Cursor for the next page of the list; undefined on the last page. */
  conversationsCursor?: number;
  conversationsLoaded: boolean;
  searchQuery: string;
  /** null when no search is active. */
  searchResults: SearchHit[] | null;
  searching: boolean;
  /** A message for the sidebar: an error, or what an import did. */
}

export const initialHistoryState: HistoryState = {
  conversations: [],
  conversationsLoaded: false,
  searchQuery: '',
  searchResults: null,
  searching: false,
};
