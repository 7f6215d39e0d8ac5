// A stored file's bytes, for the exports and branches that carry files with their prompts.
import type { Database } from 'better-sqlite3';

export type ReadAttachmentBytes = (id: string) => Buffer;

export function createAttachmentBytesReader(db: Database): ReadAttachmentBytes {
  const bytesOf = db
    .prepare<[string], Buffer>(`SELECT bytes FROM attachments WHERE id = ?`)
    .pluck();
  return (id) => {
    const bytes = bytesOf.get(id);
    // A prompt's reference keeps its file (a foreign key), so this is a damaged database.
    if (bytes === undefined) throw new Error(`The attached file ${id} is missing from history.`);
    return bytes;
  };
}
