// The two writes that attach a file to a prompt, shared by recording a turn and importing one:
// the bytes, once per content hash (a file already stored by another prompt is the same bytes,
// since its id is their hash), and the prompt's row naming it at its position. A trigger
// (schema migration 6) deletes the bytes with the last prompt that holds them.
import type { Database } from 'better-sqlite3';
import type { AttachmentMediaType } from '../../../shared/attachments';

export interface TurnFiles {
  /** Stores the bytes unless a prompt already holds the same file. */
  storeBytes(file: {
    id: string;
    mediaType: AttachmentMediaType;
    size: number;
    bytes: Uint8Array;
  }): void;
  /** Names a stored file as the prompt's `position`-th attachment. */
  link(turnId: string, position: number, file: { id: string; name: string }): void;
}

export function createTurnFiles(db: Database, now: () => number): TurnFiles {
  const insertAttachment = db.prepare(
    `INSERT OR IGNORE INTO attachments (id, media_type, size, bytes, created_at)
     VALUES (@id, @mediaType, @size, @bytes, @now)`,
  );
  const insertTurnAttachment = db.prepare(
    `INSERT INTO turn_attachments (turn_id, position, attachment_id, name)
     VALUES (@turnId, @position, @id, @name)`,
  );
  return {
    storeBytes: ({ id, mediaType, size, bytes }) => {
      insertAttachment.run({ id, mediaType, size, bytes: Buffer.from(bytes), now: now() });
    },
    link: (turnId, position, { id, name }) => {
      insertTurnAttachment.run({ turnId, position, id, name });
    },
  };
}
