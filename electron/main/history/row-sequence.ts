// One sequence for the row ids of conversations, turns and messages, so the search index's rowid
// (derived from them) grows with time across all three: "the newest N matches" is then a rowid
// range, which FTS5 can apply before ranking.
import type { Database } from 'better-sqlite3';

export function createRowSequence(db: Database): () => number {
  const next = db
    .prepare<[], number>(`UPDATE row_sequence SET value = value + 1 RETURNING value`)
    .pluck();
  return () => {
    const value = next.get();
    if (value === undefined) throw new Error('row_sequence is empty');
    return value;
  };
}
