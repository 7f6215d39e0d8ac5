// History search by facets beside the text: cloud, region, model, status and a cost range. Any
// facet alone is a search (every answer on Bedrock that failed, say).
import { useId, useState } from 'react';
import { SEARCH_STATUSES, type SearchStatus } from '../../../../shared/history';
import { PROVIDER_KINDS, PROVIDER_LABELS, type ProviderKind } from '../../../../shared/providers';
import { useAppStore } from '../../store/app-store';

const STATUS_LABELS: Record<SearchStatus, string> = {
  complete: 'Complete',
  stopped: 'Stopped',
  error: 'Failed',
};

/** A typed amount of dollars, or undefined when empty or not a number. */
const dollars = (text: string): number | undefined => {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value) || value < 0 ? undefined : value;
};

export function SearchFilters() {
  const id = useId();
  const filters = useAppStore((s) => s.searchFilters);
  const [open, setOpen] = useState(false);
  const active = Object.keys(filters).length;
  const set = useAppStore.getState().setSearchFilters;

  return (
    <div className="search-filters">
      <button
        type="button"
        className="ghost-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        Filters{active > 0 ? ` (${active})` : ''}
      </button>
      {open && (
        <div
          id={`${id}-panel`}
          role="group"
          aria-label="Search filters"
          className="search-filters__panel"
        >
          <label>
            <span>Cloud</span>
            <select
              value={filters.providerKind ?? ''}
              onChange={(e) =>
                set({ providerKind: (e.target.value || undefined) as ProviderKind | undefined })
              }
            >
              <option value="">Any cloud</option>
              {PROVIDER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {PROVIDER_LABELS[kind]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Region</span>
            <input
              value={filters.region ?? ''}
              placeholder="e.g. us-east-2"
              onChange={(e) => set({ region: e.target.value.trim() || undefined })}
            />
          </label>
          <label>
            <span>Model</span>
            <input
              value={filters.model ?? ''}
              placeholder="e.g. gpt-5.5"
              onChange={(e) => set({ model: e.target.value.trim() || undefined })}
            />
          </label>
          <label>
            <span>Status</span>
            <select
              value={filters.status ?? ''}
              onChange={(e) =>
                set({ status: (e.target.value || undefined) as SearchStatus | undefined })
              }
            >
              <option value="">Any status</option>
              {SEARCH_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Cost at least ($)</span>
            <input
              inputMode="decimal"
              defaultValue={filters.minCostUsd ?? ''}
              onChange={(e) => set({ minCostUsd: dollars(e.target.value) })}
            />
          </label>
          <label>
            <span>Cost at most ($)</span>
            <input
              inputMode="decimal"
              defaultValue={filters.maxCostUsd ?? ''}
              onChange={(e) => set({ maxCostUsd: dollars(e.target.value) })}
            />
          </label>
          {active > 0 && (
            <button
              type="button"
              className="ghost-button"
              onClick={() =>
                set({
                  providerKind: undefined,
                  region: undefined,
                  model: undefined,
                  status: undefined,
                  minCostUsd: undefined,
                  maxCostUsd: undefined,
                })
              }
            >
              Clear filters
            </button>
          )}
        </div>
      )}
    </div>
  );
}
