import type React from 'react';
import { SEARCH_INPUT_ID } from '../../hooks/use-keyboard-shortcuts';
import type { SearchHit } from '../../../../shared/history';
import { PROVIDER_LABELS, type ProviderKind } from '../../../../shared/providers';
import { formatDate, formatUsd } from '../../lib/format';
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

/** Hits next to each other by conversation, in the order of each conversation's best hit. */
function groupByConversation(hits: readonly SearchHit[]) {
  const groups = new Map<string, { title: string; hits: SearchHit[] }>();
  for (const hit of hits) {
    const group = groups.get(hit.conversationId);
    if (group) group.hits.push(hit);
    else groups.set(hit.conversationId, { title: hit.conversationTitle, hits: [hit] });
  }
  return [...groups].map(([conversationId, group]) => ({ conversationId, ...group }));
}

const STATUS_WORDS: Record<string, string> = { stopped: 'stopped', error: 'failed' };

function metaOf(hit: SearchHit): string {
  return [
    isKind(hit.providerKind) ? PROVIDER_LABELS[hit.providerKind] : undefined,
    hit.model,
    hit.region,
    hit.status ? STATUS_WORDS[hit.status] : undefined,
    hit.costUsd !== undefined ? formatUsd(hit.costUsd) : undefined,
    formatDate(hit.createdAt),
  ]
    .filter(Boolean)
    .join(' · ');
}

export function SearchResults() {
  const results = useAppStore((s) => s.searchResults) ?? [];
  const searching = useAppStore((s) => s.searching);
  const store = useAppStore.getState;
  const groups = groupByConversation(results);
  return (
    <section aria-label="Search results" aria-busy={searching}>
      <h2 className="sidebar__heading">
        {results.length === 0 && !searching
          ? 'No matches'
          : `${results.length} match${results.length === 1 ? '' : 'es'} in ${groups.length} conversation${groups.length === 1 ? '' : 's'}`}
      </h2>
      <ul className="search-results" onKeyDown={moveBetweenHits}>
        {groups.map((group) => (
          <li key={group.conversationId} className="search-group">
            <h3 className="search-group__title">{group.title}</h3>
            <ul aria-label={`Matches in ${group.title}`}>
              {group.hits.map((hit, index) => (
                <li key={`${hit.conversationId}-${hit.messageId ?? index}`}>
                  <button
                    type="button"
                    className="search-hit"
                    onClick={() => {
                      // Opening a hit is for carrying on: the prompt gets the focus, and the
                      // answer that matched is brought into view and marked.
                      void store()
                        .openConversation(hit.conversationId, hit.messageId)
                        .then(() => store().focusComposer());
                    }}
                  >
                    <span className="search-hit__snippet">
                      {parseSnippet(hit.snippet).map((part, i) =>
                        part.marked ? (
                          <mark key={i}>{part.text}</mark>
                        ) : (
                          <span key={i}>{part.text}</span>
                        ),
                      )}
                    </span>
                    <span className="search-hit__meta">{metaOf(hit)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
