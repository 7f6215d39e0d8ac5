// Attached files: checked and hashed when the user adds them, held in memory until the turn
// that sends them is recorded (then the turn recorder writes them, once per content hash, into
// the `attachments` table), and read back from either place to send or to show. A file added
// and never sent is never written to disk.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { addAttachmentInputSchema } from '../../../shared/attachments';
import {
  attachmentRefSchema,
  formatBytes,
  MAX_ATTACHMENT_BYTES,
  type AttachedFile,
  type AttachmentContent,
  type AttachmentMediaType,
  type AttachmentRef,
} from '../../../shared/attachments';
import type { z } from 'zod';
import { identifyAttachment } from '../attachments/identify-attachment';
import { UserFacingError } from '../ipc/user-facing-error';

type AddInput = z.output<typeof addAttachmentInputSchema>;

/**
 * Files added but not yet sent, newest last. Bounded so a user who drops files and never sends
 * them cannot grow the app without limit; the oldest go first (the composer shows at most ten).
 */
const PENDING_BYTES_MAX = 256 * 1024 * 1024;

export interface AttachmentStore {
  /** Checks and keeps a file the user attached; the reference is what the prompt sends. */
  add(input: AddInput): AttachmentRef;
  /** A file's bytes for display, base64. */
  read(id: string): AttachmentContent;
  /** The files of a prompt with their bytes, in order; refuses one that is gone. */
  resolve(refs: readonly AttachmentRef[]): AttachedFile[];
  /** Drops files from memory once history holds them. */
  forget(ids: readonly string[]): void;
  /** A file history holds, for the exports and branches that carry files with their prompts. */
  storedBytes(id: string): Buffer;
}

interface StoredRow {
  id: string;
  media_type: string;
  size: number;
  bytes: Buffer;
}

export function createAttachmentStore(db: Database): AttachmentStore {
  const pending = new Map<string, { mediaType: AttachmentMediaType; bytes: Uint8Array }>();
  let pendingBytes = 0;
  const stored = db.prepare<[string], StoredRow>(
    `SELECT id, media_type, size, bytes FROM attachments WHERE id = ?`,
  );
  /** A name history knows the file by, for reading back a file no prompt names now. */
  const storedName = db
    .prepare<[string], string>(
      `SELECT name FROM turn_attachments WHERE attachment_id = ? ORDER BY rowid DESC LIMIT 1`,
    )
    .pluck();

  const bytesOf = (
    id: string,
  ): { mediaType: AttachmentMediaType; bytes: Uint8Array } | undefined => {
    const held = pending.get(id);
    if (held) return held;
    const row = stored.get(id);
    if (!row) return undefined;
    return { mediaType: row.media_type as AttachmentMediaType, bytes: new Uint8Array(row.bytes) };
  };

  const keep = (id: string, mediaType: AttachmentMediaType, bytes: Uint8Array) => {
    if (pending.has(id)) return;
    pending.set(id, { mediaType, bytes });
    pendingBytes += bytes.length;
    for (const [oldId, old] of pending) {
      if (pendingBytes <= PENDING_BYTES_MAX || oldId === id) break;
      pending.delete(oldId);
      pendingBytes -= old.bytes.length;
    }
  };

  const gone = (name: string) =>
    new UserFacingError(`“${name}” is no longer available to send. Attach it again.`, 'not-found');

  return {
    add(input) {
      const bytes = new Uint8Array(Buffer.from(input.data, 'base64'));
      if (bytes.length === 0) {
        throw new UserFacingError(`“${input.name}” is empty.`, 'invalid-input');
      }
      if (bytes.length > MAX_ATTACHMENT_BYTES) {
        throw new UserFacingError(
          `“${input.name}” is ${formatBytes(bytes.length)}; files can be at most ${formatBytes(MAX_ATTACHMENT_BYTES)}.`,
          'invalid-input',
        );
      }
      const mediaType = identifyAttachment(input.name, input.mediaType, bytes);
      const id = createHash('sha256').update(bytes).digest('hex');
      if (stored.get(id) === undefined) keep(id, mediaType, bytes);
      return attachmentRefSchema.parse({ id, name: input.name, mediaType, size: bytes.length });
    },

    read(id) {
      const found = bytesOf(id);
      if (!found) throw new UserFacingError('That attachment is no longer stored.', 'not-found');
      return {
        ref: {
          id,
          name: storedName.get(id) ?? 'attachment',
          mediaType: found.mediaType,
          size: found.bytes.length,
        },
        data: Buffer.from(found.bytes).toString('base64'),
      };
    },

    resolve(refs) {
      return refs.map((ref) => {
        const found = bytesOf(ref.id);
        if (!found) throw gone(ref.name);
        // The reference came from the renderer: the stored bytes say what the file is.
        return { ...ref, mediaType: found.mediaType, size: found.bytes.length, bytes: found.bytes };
      });
    },

    storedBytes(id) {
      const row = stored.get(id);
      // A prompt's reference keeps its file (a foreign key), so this is a damaged database.
      if (!row) throw new Error(`The attached file ${id} is missing from history.`);
      return row.bytes;
    },

    forget(ids) {
      for (const id of ids) {
        const held = pending.get(id);
        if (!held) continue;
        pending.delete(id);
        pendingBytes -= held.bytes.length;
      }
    },
  };
}
