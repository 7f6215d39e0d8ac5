// Opens (creating if needed) the history SQLite file: WAL so readers never wait for the
// streaming writer and a killed process loses nothing committed; foreign keys on so deleting a
// conversation takes its panes, turns, messages and search rows with it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserFacingError } from '../ipc/user-facing-error';
import { migrate } from './schema-migrations';

export const INTERRUPTED_MESSAGE = 'Interrupted: the app closed before this answer finished.';

export function openHistoryDatabase(file: string): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw damaged(file, error);
  }
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
    throw damaged(file, error);
  }
}

/** SQLite's words for a file that is not (or no longer) a database, said plainly. */
function damaged(file: string, error: unknown): unknown {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code !== 'SQLITE_NOTADB' && code !== 'SQLITE_CORRUPT') return error;
  return new UserFacingError(
    `Your history file is damaged and could not be opened (${file}). Move it elsewhere and restart to begin a new history; the old file is left untouched.`,
  );
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
