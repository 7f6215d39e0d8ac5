import type React from 'react';
import { SEARCH_INPUT_ID } from '../../hooks/use-keyboard-shortcuts';
import { PROVIDER_LABELS, type ProviderKind } from '../../../../shared/providers';
import { formatDate } from '../../lib/format';
import { parseSnippet } from '../../lib/snippet';
import { useAppStore } from '../../store/app-store';

function isKind(kind: string | undefined): kind is ProviderKind {
  return !!kind && kind in PROVIDER_LABELS;
}

/** Moves focus to the first search hit (from the search box, on ArrowDown). */
export function focusFirstSearchHit(): boolean {
  const first = document.querySelector<HTMLElement>('.search-hit');
  first?.focus();
  return !!first;
}

function moveBetweenHits(event: React.KeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const hits = [...event.currentTarget.querySelectorAll<HTMLElement>('.search-hit')];
  const at = hits.findIndex((el) => el === document.activeElement);
  if (at === -1) return;
  event.preventDefault();
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  // Up from the first hit goes back to the search box.
  if (next < 0) document.getElementById(SEARCH_INPUT_ID)?.focus();
  else hits[Math.min(next, hits.length - 1)]?.focus();
}

export function SearchResults() {
  const results = useAppStore((s) => s.searchResults) ?? [];
  const searching = useAppStore((s) => s.searching);
  const store = useAppStore.getState;
  return (
    <section aria-label="Search results" aria-busy={searching}>
      <h2 className="sidebar__heading">
        {results.length === 0 && !searching
          ? 'No matches'
          : `${results.length} match${results.length === 1 ? '' : 'es'}`}
      </h2>
      <ul className="search-results" onKeyDown={moveBetweenHits}>
        {results.map((hit, index) => (
          <li key={`${hit.conversationId}-${hit.messageId ?? index}`}>
            <button
              type="button"
              className="search-hit"
              onClick={() => {
                // Opening a hit is for carrying on: the prompt gets the focus.
                void store()
                  .openConversation(hit.conversationId)
                  .then(() => store().focusComposer());
              }}
            >
              <span className="search-hit__title">{hit.conversationTitle}</span>
              <span className="search-hit__snippet">
                {parseSnippet(hit.snippet).map((part, i) =>
                  part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                )}
              </span>
              <span className="search-hit__meta">
                {[
                  isKind(hit.providerKind) ? PROVIDER_LABELS[hit.providerKind] : undefined,
                  hit.model,
                  formatDate(hit.createdAt),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
