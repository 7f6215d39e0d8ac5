import type { StateCreator } from 'zustand';
import { api, errorMessage } from '../../../lib/api';
import { downloadText } from '../../../lib/download';
import { hasSearchFacet } from '../../../../../shared/history';
import type { AppStore } from '../../app-store';
import type { SearchFilters } from './initial-state';

const PAGE_SIZE = 50;

export interface HistoryAction {
  refreshConversations(): Promise<void>;
  loadMoreConversations(): Promise<void>;
  setSearchQuery(query: string): void;
  /** Narrows the search by facets; an undefined facet is cleared. Searches again. */
  setSearchFilters(patch: SearchFilters): void;
  runSearch(): Promise<void>;
  clearSearch(): void;
  renameConversation(conversationId: string, title: string): Promise<boolean>;
  setPinned(conversationId: string, pinned: boolean): Promise<void>;
  deleteConversation(conversationId: string): Promise<void>;
  exportHistory(format: 'markdown' | 'json', conversationId?: string): Promise<void>;
  importHistory(content: string): Promise<void>;
  dismissHistoryNotice(): void;
}

export const createHistorySlice: StateCreator<AppStore, [], [], HistoryAction> = (set, get) => {
  const fail = (error: unknown) => get().notify('history', errorMessage(error));
  // Searches can overlap while the user types; only the newest one may write its results.
  let searchSeq = 0;

  return {
    async refreshConversations() {
      try {
        const page = await api.listConversations({ limit: PAGE_SIZE });
        set({
          conversations: page.items,
          conversationsCursor: page.next,
          conversationsLoaded: true,
        });
      } catch (error) {
        fail(error);
      }
    },

    async loadMoreConversations() {
      const { conversationsCursor, conversations } = get();
      if (conversationsCursor === undefined) return;
      try {
        const page = await api.listConversations({ limit: PAGE_SIZE, before: conversationsCursor });
        const known = new Set(conversations.map((c) => c.id));
        set({
          conversations: [...conversations, ...page.items.filter((c) => !known.has(c.id))],
          conversationsCursor: page.next,
        });
      } catch (error) {
        fail(error);
      }
    },

    setSearchQuery(query) {
      set({ searchQuery: query });
      if (query.trim() === '') set({ searchResults: null, searching: false });
    },

    setSearchFilters(patch) {
      const next: SearchFilters = { ...get().searchFilters, ...patch };
      for (const key of Object.keys(next) as (keyof SearchFilters)[]) {
        if (next[key] === undefined || next[key] === '') delete next[key];
      }
      set({ searchFilters: next });
      void get().runSearch();
    },

    async runSearch() {
      const query = get().searchQuery.trim();
      const filters = get().searchFilters;
      const seq = (searchSeq += 1);
      if (!query && !hasSearchFacet(filters)) {
        set({ searchResults: null, searching: false });
        return;
      }
      set({ searching: true });
      try {
        const page = await api.searchHistory({ query, ...filters, limit: 50 });
        if (seq === searchSeq) set({ searchResults: page.items });
      } catch (error) {
        if (seq === searchSeq) fail(error);
      } finally {
        if (seq === searchSeq) set({ searching: false });
      }
    },

    clearSearch() {
      searchSeq += 1;
      set({ searchQuery: '', searchFilters: {}, searchResults: null, searching: false });
    },

    async renameConversation(conversationId, title) {
      try {
        await api.renameConversation({ conversationId, title });
        set({
          conversations: get().conversations.map((c) =>
            c.id === conversationId ? { ...c, title: title.trim() } : c,
          ),
        });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    async setPinned(conversationId, pinned) {
      try {
        await api.pinConversation({ conversationId, pinned });
        await get().refreshConversations();
      } catch (error) {
        fail(error);
      }
    },

    async deleteConversation(conversationId) {
      try {
        await api.deleteConversation({ conversationId });
        set({ conversations: get().conversations.filter((c) => c.id !== conversationId) });
        if (get().conversationId === conversationId) get().newConversation();
        if (get().searchResults) await get().runSearch();
      } catch (error) {
        fail(error);
      }
    },

    async exportHistory(format, conversationId) {
      try {
        const result = await api.exportHistory({ format, conversationId });
        downloadText(result.fileName, result.mimeType, result.content);
        get().notify('history', { kind: 'info', text: `Exported ${result.fileName}.` });
      } catch (error) {
        fail(error);
      }
    },

    async importHistory(content) {
      try {
        const result = await api.importHistory({ content });
        const skipped =
          result.conversationsSkipped > 0
            ? ` (${result.conversationsSkipped} already here, skipped)`
            : '';
        const files =
          result.attachmentsAdded > 0 ? `, ${result.attachmentsAdded} attached files` : '';
        // An export made without content keeps file names but not their bytes.
        const leftOut =
          result.attachmentsLeftOut > 0
            ? ` ${result.attachmentsLeftOut} attached files were not in the export (it was made without content); their prompts came in without them.`
            : '';
        get().notify('history', {
          kind: 'info',
          text: `Imported ${result.conversationsAdded} conversations, ${result.messagesAdded} messages${files}${skipped}.${leftOut}`,
        });
        await get().refreshConversations();
      } catch (error) {
        fail(error);
      }
    },

    dismissHistoryNotice() {
      get().dismissNotice('history');
    },
  };
};
