// Opens (creating if needed) the history SQLite file: WAL so readers never wait for the
// streaming writer and a killed process loses nothing committed; foreign keys on so deleting a
// conversation takes its panes, turns, messages and search rows with it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './schema-migrations';

export const INTERRUPTED_MESSAGE = 'Interrupted: the app closed before this answer finished.';

export function openHistoryDatabase(file: string): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against an app crash in WAL mode; only a power cut may lose the last
    // commits, and it is much faster for the many small streaming writes.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    markInterruptedMessages(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Answers still `streaming` at open were cut off by a crash or a kill: keep them as stopped. */
export function markInterruptedMessages(db: Database.Database): number {
  return db
    .prepare(
      `UPDATE messages SET status = 'stopped', error_kind = 'cancelled', error_message = ?
       WHERE status = 'streaming'`,
    )
    .run(INTERRUPTED_MESSAGE).changes;
}
