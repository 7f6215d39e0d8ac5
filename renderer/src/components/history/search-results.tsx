import { PROVIDER_LABELS, type ProviderKind } from '../../../../shared/providers';
import { formatDate } from '../../lib/format';
import { parseSnippet } from '../../lib/snippet';
import { useAppStore } from '../../store/app-store';

function isKind(kind: string | undefined): kind is ProviderKind {
  return !!kind && kind in PROVIDER_LABELS;
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
      <ul className="search-results">
        {results.map((hit, index) => (
          <li key={`${hit.conversationId}-${hit.messageId ?? index}`}>
            <button
              type="button"
              className="search-hit"
              onClick={() => void store().openConversation(hit.conversationId)}
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
