// History search: full-text over answers, prompts and titles (ranked by bm25, highlighted
// snippets with \u0002 … \u0003 markers, never HTML), narrowed by facets (cloud, region, model,
// status, cost range, date), or by facets alone with no text. A page's hits come grouped by
// conversation.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchInput, SearchStatus } from '../../../shared/history';
import { hasSearchFacet, SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../shared/history';
import type { Paged } from '../../../shared/ipc';
import type { ProviderKind } from '../../../shared/providers';
import { leadingSnippet, plainSnippet } from './plain-snippet';
import { toFtsQuery } from './search-query';

interface SearchRow {
  conversation_id: string;
  conversation_title: string | null;
  message_id: string | null;
  turn_id: string | null;
  pane_id: string | null;
  provider_kind: string | null;
  model: string | null;
  region: string | null;
  status: string | null;
  cost_usd: number | null;
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

interface FacetParams {
  providerKind: string | null;
  model: string | null;
  region: string | null;
  status: string | null;
  minCost: number | null;
  maxCost: number | null;
  from: number | null;
  to: number | null;
  /** 1 when any facet but the dates is set: those keep answers only. */
  answerFacets: number;
}
type SearchParams = FacetParams & { query: string };

// Prompts and titles have no provider, model, region, status or cost, so those filters keep
// answers only. An answer's index row is rid * 4 (see schema-migrations.ts). Its facets are read
// from a narrow index of them (v8), not from the answer's row or the search index's own columns:
// both of those hold the whole text, and a common word with a facet checks thousands of rows.
const FILTERS = `search_index MATCH @query
  AND (@from IS NULL OR search_index.created_at >= @from)
  AND (@to IS NULL OR search_index.created_at <= @to)
  AND (@answerFacets = 0 OR (search_index.rowid % 4 = 0 AND EXISTS (
    SELECT 1 FROM messages f INDEXED BY messages_search_facets
    WHERE f.rid = search_index.rowid / 4
      AND (@providerKind IS NULL OR f.provider_kind = @providerKind)
      AND (@model IS NULL OR f.model = @model)
      AND (@region IS NULL OR f.region = @region)
      AND (@status IS NULL OR f.status = @status)
      AND (@minCost IS NULL OR f.cost_usd >= @minCost)
      AND (@maxCost IS NULL OR f.cost_usd <= @maxCost))))`;

const ANSWER_FACETS = `m.role = 'assistant' AND m.status != 'streaming'
  AND (@providerKind IS NULL OR m.provider_kind = @providerKind)
  AND (@model IS NULL OR m.model = @model)
  AND (@region IS NULL OR m.region = @region)
  AND (@status IS NULL OR m.status = @status)
  AND (@minCost IS NULL OR m.cost_usd >= @minCost)
  AND (@maxCost IS NULL OR m.cost_usd <= @maxCost)
  AND (@from IS NULL OR m.created_at >= @from)
  AND (@to IS NULL OR m.created_at <= @to)`;

/** Each conversation's hits next to each other, the conversations in the order of their best hit. */
export function groupByConversation(hits: SearchHit[]): SearchHit[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.conversationId);
    if (group) group.push(hit);
    else groups.set(hit.conversationId, [hit]);
  }
  return [...groups.values()].flat();
}

function toHit(row: SearchRow, snippet: string): SearchHit {
  return {
    conversationId: row.conversation_id,
    conversationTitle: row.conversation_title ?? '',
    ...(row.message_id === null ? {} : { messageId: row.message_id }),
    ...(row.turn_id === null ? {} : { turnId: row.turn_id }),
    ...(row.pane_id === null ? {} : { paneId: row.pane_id }),
    snippet,
    ...(row.provider_kind === null ? {} : { providerKind: row.provider_kind as ProviderKind }),
    ...(row.model === null ? {} : { model: row.model }),
    ...(row.region === null ? {} : { region: row.region }),
    ...(row.status === null ? {} : { status: row.status as SearchStatus }),
    ...(row.cost_usd === null ? {} : { costUsd: row.cost_usd }),
    createdAt: row.created_at,
  };
}

export function createHistorySearch(db: Database, window = RANKED_WINDOW) {
  // The rowid of the window-th newest match (rowids grow with time, see row-sequence.ts).
  const windowStart = db
    .prepare<[SearchParams & { skip: number }], number>(
      `SELECT rowid FROM search_index WHERE ${FILTERS} ORDER BY rowid DESC LIMIT 1 OFFSET @skip`,
    )
    .pluck();
  // bm25 is computed in the window only (FTS5's own ORDER BY rank would ignore the rowid bound),
  // and snippets only for the page: the outer scan walks the window in rowid order and joins
  // the page, which avoids one FTS lookup per hit. The title and the answer's facets are read
  // for the page's rows only.
  const ranked = db.prepare<
    [SearchParams & { floor: number; limit: number; offset: number }],
    SearchRow
  >(
    `WITH page AS MATERIALIZED (
       SELECT rowid AS id, bm25(search_index) AS score FROM search_index
       WHERE ${FILTERS} AND rowid >= @floor
       ORDER BY score, rowid DESC LIMIT @limit OFFSET @offset)
     SELECT search_index.conversation_id,
       (SELECT title FROM conversations c WHERE c.id = search_index.conversation_id)
         AS conversation_title,
       search_index.message_id, m.turn_id, search_index.pane_id, search_index.provider_kind,
       search_index.model, m.region, m.status, m.cost_usd, search_index.created_at,
       snippet(search_index, 0, '${SNIPPET_MARK_START}', '${SNIPPET_MARK_END}', '…',
         ${SNIPPET_TOKENS}) AS snippet
     FROM search_index CROSS JOIN page ON page.id = search_index.rowid
     LEFT JOIN messages m ON search_index.rowid % 4 = 0 AND m.rid = search_index.rowid / 4
     WHERE search_index MATCH @query AND search_index.rowid >= @floor
     ORDER BY page.score, page.id DESC`,
  );
  // Facets alone: the newest matching answers, each with the start of its text. NOT INDEXED:
  // walking the answers newest first stops at the page's last hit, where an index on a facet
  // (a cloud has half of all answers) would make SQLite sort every match first.
  const newestAnswers = db.prepare<[FacetParams & { limit: number; offset: number }], SearchRow>(
    `SELECT m.conversation_id, c.title AS conversation_title, m.id AS message_id, m.turn_id,
       m.pane_id, m.provider_kind, m.model, m.region, m.status, m.cost_usd, m.created_at,
       substr(m.content, 1, 600) AS snippet
     FROM messages m NOT INDEXED JOIN conversations c ON c.id = m.conversation_id
     WHERE ${ANSWER_FACETS}
     ORDER BY m.rid DESC LIMIT @limit OFFSET @offset`,
  );

  return (input: SearchInput): Paged<SearchHit> => {
    const facets: FacetParams = {
      providerKind: input.providerKind ?? null,
      model: input.model || null,
      region: input.region ?? null,
      status: input.status ?? null,
      minCost: input.minCostUsd ?? null,
      maxCost: input.maxCostUsd ?? null,
      from: input.from ?? null,
      to: input.to ?? null,
      answerFacets: 0,
    };
    facets.answerFacets =
      facets.providerKind !== null ||
      facets.model !== null ||
      facets.region !== null ||
      facets.status !== null ||
      facets.minCost !== null ||
      facets.maxCost !== null
        ? 1
        : 0;
    const page = { limit: input.limit + 1, offset: input.offset };
    let hits: SearchHit[];
    let more: boolean;
    const query = toFtsQuery(input.query);
    if (query === undefined) {
      if (!hasSearchFacet(input)) return { items: [] };
      const rows = newestAnswers.all({ ...facets, ...page });
      more = rows.length > input.limit;
      hits = rows.slice(0, input.limit).map((row) => toHit(row, leadingSnippet(row.snippet)));
    } else {
      const params: SearchParams = { ...facets, query };
      const floor = windowStart.get({ ...params, skip: window - 1 }) ?? 0;
      const rows = ranked.all({ ...params, floor, ...page });
      more = rows.length > input.limit;
      hits = rows.slice(0, input.limit).map((row) => toHit(row, plainSnippet(row.snippet)));
    }
    const items = groupByConversation(hits);
    return more ? { items, next: input.offset + input.limit } : { items };
  };
}
