// The history schema as an ordered list of steps. `PRAGMA user_version` records how many have
// run; each step runs in its own transaction so a failed upgrade leaves the previous version
// intact. Add new steps at the end; never edit one that has shipped.
import type { Database } from 'better-sqlite3';
import { UserFacingError } from '../ipc/user-facing-error';
import { createLeaderboardRollup } from './leaderboard-rollup';
import { rebuildSearchIndex } from './rebuild-search-index';

export interface Migration {
  version: number;
  description: string;
  up: (db: Database) => void;
}

/** v1: conversations, panes, turns and messages. */
const coreTables: Migration = {
  version: 1,
  description: 'conversations, panes, turns, messages',
  up: (db) => {
    // Explicit INTEGER PRIMARY KEYs: VACUUM may renumber implicit rowids, and the search index
    // is keyed on these.
    db.exec(`
      CREATE TABLE conversations (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX conversations_by_recency ON conversations (archived, pinned, updated_at);

      CREATE TABLE panes (
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        pane_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        profile_id TEXT NOT NULL,
        provider_kind TEXT NOT NULL,
        provider_name TEXT NOT NULL,
        model TEXT NOT NULL,
        region TEXT,
        settings_json TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (conversation_id, pane_id)
      );

      CREATE TABLE turns (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        prompt TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        pane_ids_json TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX turns_by_conversation ON turns (conversation_id, seq);

      CREATE TABLE messages (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        turn_id TEXT NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
        pane_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        -- What answered, as asked: a pane may switch model between turns.
        provider_kind TEXT,
        provider_name TEXT,
        model TEXT,
        content TEXT NOT NULL DEFAULT '',
        reasoning TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('streaming', 'complete', 'stopped', 'error')),
        error_kind TEXT,
        error_message TEXT,
        finish_reason TEXT,
        input_tokens INTEGER,
        output_tokens INTEGER,
        total_tokens INTEGER,
        reasoning_tokens INTEGER,
        cost_json TEXT,
        ttft_ms REAL,
        tokens_per_second REAL,
        total_ms REAL,
        provider_model_id TEXT,
        region TEXT,
        request_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        FOREIGN KEY (conversation_id, pane_id) REFERENCES panes (conversation_id, pane_id)
          ON DELETE CASCADE
      );
      CREATE INDEX messages_by_conversation ON messages (conversation_id, created_at, rid);
      CREATE INDEX messages_by_turn ON messages (turn_id, pane_id);
      CREATE INDEX messages_streaming ON messages (status) WHERE status = 'streaming';
    `);
  },
};

/**
 * v2: one FTS5 index over answers, prompts and titles, kept in sync by triggers. Its rowid is
 * derived from the source row (rid * 4 + kind) so each trigger finds its row without a scan.
 * An answer still streaming is not in it yet (see the messages triggers).
 */
const fullTextSearch: Migration = {
  version: 2,
  description: 'full-text search over answers, prompts and titles',
  up: (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE search_index USING fts5 (
        body,
        kind UNINDEXED,
        conversation_id UNINDEXED,
        message_id UNINDEXED,
        pane_id UNINDEXED,
        provider_kind UNINDEXED,
        model UNINDEXED,
        created_at UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2',
        -- Three-letter prefixes get their own index: "the*" would otherwise merge the lists of
        -- every word starting with "the" on each keystroke.
        prefix = '3'
      );

      -- Answers are indexed once they stop streaming: re-indexing a growing answer on every
      -- coalesced write would cost time quadratic in its length.
      CREATE TRIGGER messages_search_insert AFTER INSERT ON messages
        WHEN new.status != 'streaming' BEGIN
        INSERT INTO search_index (rowid, body, kind, conversation_id, message_id, pane_id,
          provider_kind, model, created_at)
        VALUES (new.rid * 4, new.content, 'message', new.conversation_id, new.id, new.pane_id,
          new.provider_kind, new.model, new.created_at);
      END;
      CREATE TRIGGER messages_search_finish AFTER UPDATE OF status ON messages
        WHEN old.status = 'streaming' AND new.status != 'streaming' BEGIN
        INSERT INTO search_index (rowid, body, kind, conversation_id, message_id, pane_id,
          provider_kind, model, created_at)
        VALUES (new.rid * 4, new.content, 'message', new.conversation_id, new.id, new.pane_id,
          new.provider_kind, new.model, new.created_at);
      END;
      CREATE TRIGGER messages_search_update AFTER UPDATE OF content, provider_kind, model
        ON messages
        WHEN old.status != 'streaming' AND new.status != 'streaming'
          AND (old.content IS NOT new.content OR old.provider_kind IS NOT new.provider_kind
            OR old.model IS NOT new.model) BEGIN
        DELETE FROM search_index WHERE rowid = old.rid * 4;
        INSERT INTO search_index (rowid, body, kind, conversation_id, message_id, pane_id,
          provider_kind, model, created_at)
        VALUES (new.rid * 4, new.content, 'message', new.conversation_id, new.id, new.pane_id,
          new.provider_kind, new.model, new.created_at);
      END;
      CREATE TRIGGER messages_search_delete AFTER DELETE ON messages
        WHEN old.status != 'streaming' BEGIN
        DELETE FROM search_index WHERE rowid = old.rid * 4;
      END;

      CREATE TRIGGER turns_search_insert AFTER INSERT ON turns BEGIN
        INSERT INTO search_index (rowid, body, kind, conversation_id, created_at)
        VALUES (new.rid * 4 + 1, new.prompt, 'prompt', new.conversation_id, new.created_at);
      END;
      CREATE TRIGGER turns_search_delete AFTER DELETE ON turns BEGIN
        DELETE FROM search_index WHERE rowid = old.rid * 4 + 1;
      END;

      CREATE TRIGGER conversations_search_insert AFTER INSERT ON conversations BEGIN
        INSERT INTO search_index (rowid, body, kind, conversation_id, created_at)
        VALUES (new.rid * 4 + 2, new.title, 'title', new.id, new.created_at);
      END;
      CREATE TRIGGER conversations_search_update AFTER UPDATE OF title ON conversations BEGIN
        DELETE FROM search_index WHERE rowid = old.rid * 4 + 2;
        INSERT INTO search_index (rowid, body, kind, conversation_id, created_at)
        VALUES (new.rid * 4 + 2, new.title, 'title', new.id, new.created_at);
      END;
      CREATE TRIGGER conversations_search_delete AFTER DELETE ON conversations BEGIN
        DELETE FROM search_index WHERE rowid = old.rid * 4 + 2;
      END;

      -- Row ids of all three tables come from here from now on (see row-sequence.ts).
      CREATE TABLE row_sequence (value INTEGER NOT NULL);
      INSERT INTO row_sequence (value) SELECT max(
        (SELECT coalesce(max(rid), 0) FROM conversations),
        (SELECT coalesce(max(rid), 0) FROM turns),
        (SELECT coalesce(max(rid), 0) FROM messages));

      -- Rows written before this version (a v1 database) become searchable too.
      INSERT INTO search_index (rowid, body, kind, conversation_id, created_at)
        SELECT rid * 4 + 2, title, 'title', id, created_at FROM conversations;
      INSERT INTO search_index (rowid, body, kind, conversation_id, created_at)
        SELECT rid * 4 + 1, prompt, 'prompt', conversation_id, created_at FROM turns;
      INSERT INTO search_index (rowid, body, kind, conversation_id, message_id, pane_id,
          provider_kind, model, created_at)
        SELECT rid * 4, content, 'message', conversation_id, id, pane_id, provider_kind, model,
          created_at FROM messages WHERE status != 'streaming';
    `);
  },
};

/**
 * v3: the pane settings each answer was asked with (system prompt, temperature, max output
 * tokens, reasoning effort). The pane's row keeps only its latest settings, which change between
 * turns; an answer's own copy says how it came about. NULL for answers recorded before.
 */
const answerSettings: Migration = {
  version: 3,
  description: 'pane settings saved with each answer',
  up: (db) => {
    db.exec(`ALTER TABLE messages ADD COLUMN settings_json TEXT`);
  },
};

/**
 * v4: the fields of an answer that nothing searches or aggregates (cached input tokens, and
 * whatever the answer schema in shared/answer.ts gains), as one JSON object, so a new figure is
 * kept without a column of its own. NULL for answers recorded before, which had none of them.
 */
const answerExtras: Migration = {
  version: 4,
  description: 'answer fields without a column of their own',
  up: (db) => {
    db.exec(`ALTER TABLE messages ADD COLUMN extras_json TEXT`);
  },
};

/**
 * The leaderboard's grouping expressions (leaderboard-query.ts uses these very strings: SQLite
 * reads an indexed expression from the index only when it is written the same way). First-token
 * time and speed keep three significant figures, so a cloud has a thousand distinct values at
 * most, not one per answer, and a percentile is within 0.5% of what was measured.
 */
export const LEADERBOARD_SQL = {
  model: 'coalesce(provider_model_id, model)',
  ttft: `CASE WHEN ttft_ms < 1000 THEN round(ttft_ms) WHEN ttft_ms < 10000
    THEN round(ttft_ms / 10) * 10 ELSE round(ttft_ms / 100) * 100 END`,
  speed: `CASE WHEN tokens_per_second < 100 THEN round(tokens_per_second, 1)
    WHEN tokens_per_second < 1000 THEN round(tokens_per_second)
    ELSE round(tokens_per_second / 10) * 10 END`,
  errorKind: `CASE WHEN status = 'error' THEN error_kind END`,
  cost: `json_extract(cost_json, '$.total')`,
  won: `json_extract(extras_json, '$.vote') = 'best'`,
} as const;
const L = LEADERBOARD_SQL;

/**
 * v5: what the leaderboard, the audit trail and faceted search read by. Each answer's cost in
 * USD becomes a column computed from cost_json (never stored twice), for cost ranges. Two
 * indexes hold every figure the leaderboard reads, in the order it groups them: it then reads
 * the indexes alone, never the answers' text (most of the table), and SQLite groups them as it
 * walks them instead of sorting 100,000 rows first. The audit trail reads answers by time.
 */
const answerFacets: Migration = {
  version: 5,
  description: 'cost as a column; indexes for the leaderboard and answers by time',
  up: (db) => {
    db.exec(`
      ALTER TABLE messages ADD COLUMN cost_usd REAL
        GENERATED ALWAYS AS (json_extract(cost_json, '$.total')) VIRTUAL;
      CREATE INDEX messages_leaderboard_ttft ON messages (role, provider_kind, provider_name,
        region, ${L.model}, ${L.ttft}, ${L.errorKind}, status, created_at, output_tokens,
        ${L.cost}, ${L.won}, provider_model_id, model, ttft_ms, error_kind);
      CREATE INDEX messages_leaderboard_speed ON messages (role, provider_kind, provider_name,
        region, ${L.model}, ${L.speed}, status, created_at, provider_model_id, model,
        tokens_per_second);
      CREATE INDEX messages_by_time ON messages (created_at);
    `);
  },
};

/**
 * v6: files attached to prompts. Each file is stored once, keyed by the SHA-256 of its bytes,
 * however many prompts carry it; a turn lists its files in order, under the name the user had
 * for it. A trigger deletes a file when the last prompt holding it goes (a deleted conversation
 * cascades to its turns, then to these rows), so nothing the user deleted stays on disk.
 * Files are written only with the turn that sends them: one added but never sent is kept in
 * memory (attachment-store.ts), never here.
 */
const attachments: Migration = {
  version: 6,
  description: 'attachments, stored once by content hash',
  up: (db) => {
    db.exec(`
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        created_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE turn_attachments (
        turn_id TEXT NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        attachment_id TEXT NOT NULL REFERENCES attachments (id),
        name TEXT NOT NULL,
        PRIMARY KEY (turn_id, position)
      );
      CREATE INDEX turn_attachments_by_attachment ON turn_attachments (attachment_id);
      CREATE TRIGGER turn_attachments_release AFTER DELETE ON turn_attachments
      WHEN NOT EXISTS (SELECT 1 FROM turn_attachments WHERE attachment_id = OLD.attachment_id)
      BEGIN
        DELETE FROM attachments WHERE id = OLD.attachment_id;
      END;
    `);
  },
};

/**
 * v7: the leaderboard's rollup (leaderboard-rollup.ts): answers counted by source, first-token
 * time, speed and error kind over all time, per UTC day and per 32-day block, kept by triggers as
 * answers finish, change or go, so the leaderboard no longer reads every answer. Answers already
 * recorded are counted here.
 */
const leaderboardRollup: Migration = {
  version: 7,
  description: 'leaderboard rollup kept by triggers',
  up: (db) => createLeaderboardRollup(db, LEADERBOARD_SQL),
};

/**
 * v8: an answer's search facets (cloud, model, region, status, cost) in a narrow index keyed by
 * rid. Text search with a facet checks each matching answer's facets; read from the answer's row
 * (or the search index's own columns) that is a read of the whole text, several times slower.
 */
const searchFacets: Migration = {
  version: 8,
  description: 'narrow index of answer facets for search',
  up: (db) => {
    db.exec(`CREATE INDEX messages_search_facets ON messages (rid, provider_kind, model, region,
      status, cost_usd)`);
  },
};

/**
 * v9: four-letter prefixes get their own index too. The last word typed matches as a prefix, and
 * a four-letter one ("bora*") merged the lists of every word it starts on each keystroke, the
 * slowest search in bench:history (twice a whole word's time). The index grows by about a sixth;
 * rebuilding it takes about 6 s for 100,000 messages, once (bench:history times it).
 */
const fourLetterPrefixes: Migration = {
  version: 9,
  description: 'search index with three- and four-letter prefix indexes',
  up: (db) =>
    rebuildSearchIndex(
      db,
      `body, kind UNINDEXED, conversation_id UNINDEXED, message_id UNINDEXED, pane_id UNINDEXED,
      provider_kind UNINDEXED, model UNINDEXED, created_at UNINDEXED,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4'`,
    ),
};

export const MIGRATIONS: readonly Migration[] = [
  coreTables,
  fullTextSearch,
  answerSettings,
  answerExtras,
  answerFacets,
  attachments,
  leaderboardRollup,
  searchFacets,
  fourLetterPrefixes,
];
export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Runs the steps the database has not seen, up to `target` (tests stop early to build an old
 * database). Refuses a database written by a newer app rather than guess at its shape.
 */
export function migrate(db: Database, target: number = SCHEMA_VERSION): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new UserFacingError(
      `Your history was saved by a newer version of the app (history format ${current}; this version reads up to ${SCHEMA_VERSION}). Update the app to open it.`,
    );
  }
  for (const step of MIGRATIONS) {
    if (step.version <= current || step.version > target) continue;
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
}
