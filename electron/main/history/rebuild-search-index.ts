// Rebuilds the full-text index with new options (FTS5 fixes them when the table is made), keeping
// every row, its rowid and the triggers that keep it in step with messages, turns and titles.
import type { Database } from 'better-sqlite3';

/**
 * `definition` is the new table's FTS5 arguments: the same columns, and its options (tokenize,
 * prefix…). Runs inside the caller's transaction: a failure leaves the old index.
 */
export function rebuildSearchIndex(db: Database, definition: string): void {
  const list = db
    .prepare<[], string>(`SELECT name FROM pragma_table_info('search_index')`)
    .pluck()
    .all()
    .join(', ');
  // Renaming a table checks every trigger that names it, so they go first and come back after.
  const triggers = db
    .prepare<[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_index%'`,
    )
    .all();
  db.exec(`CREATE VIRTUAL TABLE search_index_next USING fts5 (${definition});
    INSERT INTO search_index_next (rowid, ${list}) SELECT rowid, ${list} FROM search_index;`);
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  db.exec(`DROP TABLE search_index; ALTER TABLE search_index_next RENAME TO search_index;`);
  for (const { sql } of triggers) db.exec(sql);
}
