// History: search everything, or browse conversations by recency; open, rename, pin, delete,
// export and import.
import { useEffect, useMemo, useRef } from 'react';
import { SEARCH_INPUT_ID } from '../../hooks/use-keyboard-shortcuts';
import { COMPOSER_ID } from '../workspace/composer';
import { useAppStore } from '../../store/app-store';
import { historySelectors } from '../../store/slices/history/selectors';
import { ConversationItem } from './conversation-item';
import { SearchFilters } from './search-filters';
import { focusFirstSearchHit, SearchResults } from './search-results';

export function HistorySidebar() {
  const query = useAppStore((s) => s.searchQuery);
  const searching = useAppStore(historySelectors.isSearching);
  const conversations = useAppStore((s) => s.conversations);
  const { pinned, recent } = useMemo(
    () => historySelectors.grouped(conversations),
    [conversations],
  );
  const cursor = useAppStore((s) => s.conversationsCursor);
  const loaded = useAppStore((s) => s.conversationsLoaded);
  const notice = useAppStore((s) => s.notices.history);
  const fileInput = useRef<HTMLInputElement>(null);
  const store = useAppStore.getState;

  // Search as the user types, after a short pause.
  useEffect(() => {
    const timer = window.setTimeout(() => void store().runSearch(), 200);
    return () => window.clearTimeout(timer);
  }, [query, store]);

  return (
    <aside className="sidebar" aria-label="History">
      {/* The first stop for Tab: past the history, straight to the prompt. */}
      <a
        href={`#${COMPOSER_ID}`}
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          store().focusComposer();
        }}
      >
        Skip to the prompt
      </a>
      <div className="sidebar__search">
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          aria-label="Search history"
          placeholder="Search history (Ctrl+K)"
          value={query}
          onChange={(event) => store().setSearchQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              store().clearSearch();
            } else if (event.key === 'ArrowDown' && focusFirstSearchHit()) {
              event.preventDefault();
            }
          }}
        />
        <SearchFilters />
      </div>
      {notice && (
        <div
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={`notice notice--${notice.kind}`}
        >
          <span>{notice.text}</span>
          <button
            type="button"
            className="ghost-button"
            aria-label="Dismiss message"
            onClick={() => store().dismissHistoryNotice()}
          >
            ×
          </button>
        </div>
      )}
      <div className="sidebar__body">
        {searching ? (
          <SearchResults />
        ) : (
          <nav aria-label="Conversations">
            {pinned.length > 0 && (
              <>
                <h2 className="sidebar__heading">Pinned</h2>
                <ul className="conversation-list">
                  {pinned.map((c) => (
                    <ConversationItem key={c.id} conversation={c} />
                  ))}
                </ul>
              </>
            )}
            <h2 className="sidebar__heading">Recent</h2>
            {loaded && recent.length === 0 && pinned.length === 0 && (
              <p className="sidebar__empty">Your conversations will be listed here.</p>
            )}
            <ul className="conversation-list">
              {recent.map((c) => (
                <ConversationItem key={c.id} conversation={c} />
              ))}
            </ul>
            {cursor !== undefined && (
              <button
                type="button"
                className="ghost-button"
                onClick={() => void store().loadMoreConversations()}
              >
                Load more
              </button>
            )}
          </nav>
        )}
      </div>
      <div className="sidebar__footer">
        <button
          type="button"
          className="ghost-button"
          onClick={() => void store().exportHistory('markdown')}
        >
          Export Markdown
        </button>
        <button
          type="button"
          className="ghost-button"
          onClick={() => void store().exportHistory('json')}
        >
          Export JSON
        </button>
        <button type="button" className="ghost-button" onClick={() => fileInput.current?.click()}>
          Import JSON
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="Import history file"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void file.text().then((content) => store().importHistory(content));
          }}
        />
      </div>
    </aside>
  );
}
