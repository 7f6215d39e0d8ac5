// History search: full-text over answers, prompts and titles (ranked by bm25, highlighted
// snippets with \u0002 … \u0003 markers, never HTML), narrowed by facets (cloud, region, model,
// status, cost range, date), or by facets alone with no text. A page's hits come grouped by
// conversation.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchInput, SearchStatus } from '../../../shared/history';
import { hasSearchFacet } from '../../../shared/history';
import type { Paged } from '../../../shared/ipc';
import type { ProviderKind } from '../../../shared/providers';
import { leadingSnippet, plainSnippet } from './plain-snippet';
import { highlightSnippet, snippetTerms } from './highlight-snippet';
import { queryWords, toFtsQuery } from './search-query';

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

/**
 * bm25 costs about a microsecond per matching row, so a very common word ("the") over 100,000
 * answers would take ~100 ms per keystroke. Past this many matches only the newest are ranked:
 * the search stays fast and finds what was said recently, which is what people look for.
 */
export const RANKED_WINDOW = 5000;

/**
 * With a facet, the newest text matches are ranked when at least this many of them pass it (a
 * few pages of hits); fewer, and older matches are searched too.
 */
const MIN_RECENT_HITS = 100;

interface FacetParams {
  providerKind: string | null;
  model: string | null;
  region: string | null;
  status: string | null;
  minCost: number | null;
  maxCost: number | null;
  from: number | null;
  to: number | null;
}
type SearchParams = FacetParams & { query: string };

// Prompts and titles have no provider, model, region, status or cost, so those filters keep
// answers only. An answer's index row is rid * 4 (see schema-migrations.ts). Its facets are read
// from a narrow index of them (v8), not from the answer's row or the search index's own columns:
// both of those hold the whole text, and a common word with a facet checks thousands of rows.
// Only the filters set are written into a statement: SQLite still reads a column that an
// `@from IS NULL OR created_at >= @from` names, and for the index's created_at that loads the
// whole text of every match.
const DATES = `(@from IS NULL OR search_index.created_at >= @from)
  AND (@to IS NULL OR search_index.created_at <= @to)`;
/** Whether the index row `rowid` is an answer that passes the facets. */
const facetsOf = (rowid: string): string => `(${rowid} % 4 = 0 AND EXISTS (
    SELECT 1 FROM messages f INDEXED BY messages_search_facets
    WHERE f.rid = ${rowid} / 4
      AND (@providerKind IS NULL OR f.provider_kind = @providerKind)
      AND (@model IS NULL OR f.model = @model)
      AND (@region IS NULL OR f.region = @region)
      AND (@status IS NULL OR f.status = @status)
      AND (@minCost IS NULL OR f.cost_usd >= @minCost)
      AND (@maxCost IS NULL OR f.cost_usd <= @maxCost)))`;

/** Which filters a search has: each combination gets its own statements. */
interface FilterSet {
  dates: boolean;
  facets: boolean;
}
/** The filters set, checked in the match's own pass. */
const filterSql = ({ dates, facets }: FilterSet): string =>
  [dates ? DATES : '', facets ? facetsOf('search_index.rowid') : '']
    .filter(Boolean)
    .join(' AND ') || '1';

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

function toHit(row: Omit<SearchRow, 'snippet'>, snippet: string): SearchHit {
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
  // One full-text pass per search: a short prefix ("bora*") merges the lists of every word it
  // starts, which costs more than ranking, so the query is matched once. The newest `window`
  // matches are ranked with bm25 (rowids grow with time, see row-sequence.ts).
  const statements = new Map<string, ReturnType<typeof prepareRanked>>();
  function prepareRanked({ dates, facets }: FilterSet) {
    // The dates are checked in the match's own pass (they are the index's own column). The
    // facets are checked lazily, in rank order until the page is full, and in the window until
    // enough pass: an answer's facets are a lookup each, and checking all of the window's 5,000
    // cost about as much as ranking them.
    const recent = `WITH recent AS MATERIALIZED (
       SELECT rowid AS hit, bm25(search_index) AS score, (${dates ? DATES : '1'}) AS dated
       FROM search_index WHERE search_index MATCH @query ORDER BY rowid DESC LIMIT @window)`;
    // Qualified: a bare name inside the facets' subquery would be read as a column of messages.
    const passes = (table: string) =>
      facets ? `${table}.dated AND ${facetsOf(`${table}.hit`)}` : `${table}.dated`;
    // How many of the window pass, counted up to @enough; and how many matches it holds.
    const counts = `(SELECT count(*) FROM (SELECT 1 FROM recent WHERE ${passes('recent')}
        LIMIT @enough)),
      (SELECT count(*) FROM recent)`;
    type Window = SearchParams & { window: number; enough: number };
    type Page = Window & { limit: number; offset: number };
    return {
      // A page of them, with the counts. With facets, all are sorted and checked in rank order
      // until the page is full (the LIMIT in the ranked subquery keeps SQLite from flattening it
      // into the outer query, which would check every row before sorting); without, only the
      // page's best are kept while sorting.
      recentPage: db.prepare<[Page], [number, number, number]>(
        facets
          ? `${recent}
             SELECT ranked.hit, ${counts}
             FROM (SELECT hit, dated FROM recent ORDER BY score, hit DESC LIMIT @window) AS ranked
             WHERE ${passes('ranked')} LIMIT @limit OFFSET @offset`
          : `${recent}
             SELECT hit, ${counts} FROM recent WHERE dated
             ORDER BY score, hit DESC LIMIT @limit OFFSET @offset`,
      ),
      recentCounts: db.prepare<[Window], [number, number]>(`${recent} SELECT ${counts}`),
      // The newest `window` matches that pass the filters, however old: for filters that few
      // of the newest matches pass. Walks the matches until enough pass, or all of them.
      filteredPage: db.prepare<[Page], [number]>(
        `WITH recent AS MATERIALIZED (
           SELECT rowid AS id, bm25(search_index) AS score FROM search_index
           WHERE search_index MATCH @query
             AND ${filterSql({ dates, facets })}
           ORDER BY rowid DESC LIMIT @window)
         SELECT id FROM recent ORDER BY score, id DESC LIMIT @limit OFFSET @offset`,
      ),
    };
  }
  const rankedFor = (filters: FilterSet) => {
    const key = `${filters.dates}/${filters.facets}`;
    let found = statements.get(key);
    if (!found) {
      found = prepareRanked(filters);
      statements.set(key, found);
    }
    return found;
  };
  // A hit's text (the index keeps it) and what the page shows of its answer.
  const hitRow = db.prepare<[number], Omit<SearchRow, 'snippet'> & { body: string }>(
    `SELECT s.body, s.conversation_id,
       (SELECT title FROM conversations c WHERE c.id = s.conversation_id) AS conversation_title,
       s.message_id, m.turn_id, s.pane_id, s.provider_kind, s.model, m.region, m.status,
       m.cost_usd, s.created_at
     FROM search_index s LEFT JOIN messages m ON s.rowid % 4 = 0 AND m.rid = s.rowid / 4
     WHERE s.rowid = ?`,
  );

  /**
   * The ranked ids of a text search. Without filters: the newest matches. With filters: the
   * newest matches that pass them when enough do; else the newest that pass, however old, so a
   * filter narrowing a common word still finds what it names. The choice depends on the query
   * and filters only, never the page, so paging through stays one consistent list.
   */
  const rankedIds = (
    params: SearchParams,
    filters: FilterSet,
    page: { limit: number; offset: number },
  ): number[] => {
    const ranked = rankedFor(filters);
    const enough = Math.min(MIN_RECENT_HITS, window);
    const args = { ...params, window, enough, ...page };
    const rows = ranked.recentPage.raw().all(args);
    const [passing, walked] =
      rows[0] !== undefined
        ? [rows[0][1], rows[0][2]]
        : (ranked.recentCounts.raw().get({ ...params, window, enough }) ?? [0, 0]);
    const filtered = filters.dates || filters.facets;
    if (!filtered || passing >= enough || walked < window) {
      return rows.map((row) => row[0]);
    }
    return ranked.filteredPage
      .raw()
      .all(args)
      .map((row) => row[0]);
  };

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
    };
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
      const { from, to, ...answerFacets } = facets;
      const filters = {
        dates: from !== null || to !== null,
        // Cloud, model, region, status and cost keep answers only.
        facets: Object.values(answerFacets).some((value) => value !== null),
      };
      const ids = rankedIds(params, filters, page);
      more = ids.length > input.limit;
      const terms = snippetTerms(queryWords(input.query));
      hits = ids.slice(0, input.limit).flatMap((id) => {
        const row = hitRow.get(id);
        return row ? [toHit(row, plainSnippet(highlightSnippet(row.body, terms)))] : [];
      });
    }
    const items = groupByConversation(hits);
    return more ? { items, next: input.offset + input.limit } : { items };
  };
}
