// Full-text search over answers, prompts and titles, ranked by bm25, with highlighted snippets
// (\u0002 … \u0003 markers, never HTML) and filters by provider kind, model and date.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchInput } from '../../../shared/history';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../shared/history';
import type { Paged } from '../../../shared/ipc';
import type { ProviderKind } from '../../../shared/providers';
import { toFtsQuery } from './search-query';

interface SearchRow {
  kind: 'message' | 'prompt' | 'title';
  conversation_id: string;
  conversation_title: string | null;
  message_id: string | null;
  pane_id: string | null;
  provider_kind: string | null;
  model: string | null;
  created_at: number;
  snippet: string;
}

const SNIPPET_TOKENS = 16;
/**
 * bm25 costs about a microsecond per matching row, so a very common word ("the") over 100,000
 * answers would take ~100 ms per keystroke. Past this many matches only the newest are ranked:
 * the search stays fast and finds what was said recently, which is what people look for.
 */
export const RANKED_WINDOW = 5000;

interface SearchParams {
  query: string;
  providerKind: string | null;
  model: string | null;
  from: number | null;
  to: number | null;
}

// Prompts and titles have no provider or model, so those filters keep answers only.
const FILTERS = `search_index MATCH @query
  AND (@providerKind IS NULL OR search_index.provider_kind = @providerKind)
  AND (@model IS NULL OR search_index.model = @model)
  AND (@from IS NULL OR search_index.created_at >= @from)
  AND (@to IS NULL OR search_index.created_at <= @to)`;

export function createHistorySearch(db: Database, window = RANKED_WINDOW) {
  // The rowid of the window-th newest match (rowids grow with time, see row-sequence.ts).
  const windowStart = db
    .prepare<[SearchParams & { skip: number }], number>(
      `SELECT rowid FROM search_index WHERE ${FILTERS} ORDER BY rowid DESC LIMIT 1 OFFSET @skip`,
    )
    .pluck();
  // bm25 is computed in the window only (FTS5's own ORDER BY rank would ignore the rowid bound),
  // and snippets only for the page: the outer scan walks the window in rowid order and joins
  // the page, which avoids one FTS lookup per hit. The title is a subquery so it is read for
  // the page's rows only.
  const ranked = db.prepare<
    [SearchParams & { floor: number; limit: number; offset: number }],
    SearchRow
  >(
    `WITH page AS MATERIALIZED (
       SELECT rowid AS id, bm25(search_index) AS score FROM search_index
       WHERE ${FILTERS} AND rowid >= @floor
       ORDER BY score, rowid DESC LIMIT @limit OFFSET @offset)
     SELECT search_index.kind, search_index.conversation_id,
       (SELECT title FROM conversations c WHERE c.id = search_index.conversation_id)
         AS conversation_title,
       search_index.message_id, search_index.pane_id, search_index.provider_kind,
       search_index.model, search_index.created_at,
       snippet(search_index, 0, '${SNIPPET_MARK_START}', '${SNIPPET_MARK_END}', '…',
         ${SNIPPET_TOKENS}) AS snippet
     FROM search_index CROSS JOIN page ON page.id = search_index.rowid
     WHERE search_index MATCH @query AND search_index.rowid >= @floor
     ORDER BY page.score, page.id DESC`,
  );

  return (input: SearchInput): Paged<SearchHit> => {
    const query = toFtsQuery(input.query);
    if (query === undefined) return { items: [] };
    const params: SearchParams = {
      query,
      providerKind: input.providerKind ?? null,
      model: input.model ?? null,
      from: input.from ?? null,
      to: input.to ?? null,
    };
    const floor = windowStart.get({ ...params, skip: window - 1 }) ?? 0;
    const rows = ranked.all({ ...params, floor, limit: input.limit + 1, offset: input.offset });
    const items = rows.slice(0, input.limit).map((row): SearchHit => ({
      conversationId: row.conversation_id,
      conversationTitle: row.conversation_title ?? '',
      ...(row.message_id === null ? {} : { messageId: row.message_id }),
      ...(row.pane_id === null ? {} : { paneId: row.pane_id }),
      snippet: row.snippet,
      ...(row.provider_kind === null ? {} : { providerKind: row.provider_kind as ProviderKind }),
      ...(row.model === null ? {} : { model: row.model }),
      createdAt: row.created_at,
    }));
    return rows.length > input.limit ? { items, next: input.offset + input.limit } : { items };
  };
}
