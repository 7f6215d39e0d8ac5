// The files of an export file, checked before a prompt keeps them: the bytes must be the file
// the prompt names (their SHA-256 is its id), of the size and type the file says, and a type the
// app can send, identified from the bytes as when the user attaches a file. Each file is
// decoded and checked once, when the first prompt that carries it is imported, so only one
// file's bytes are held decoded at a time.
import { createHash } from 'node:crypto';
import type { AttachmentRef } from '../../../shared/attachments';
import { identifyAttachment } from '../attachments/identify-attachment';
import { UserFacingError } from '../ipc/user-facing-error';
import type { ExportedAttachment, HistoryExport } from './export-format';

const NOTHING = 'Nothing was imported.';

/** A file a prompt keeps: its checked bytes, or none when this import already stored it. */
export type CheckedFile =
  { kind: 'new'; entry: ExportedAttachment; bytes: Buffer } | { kind: 'seen' };

export interface ImportFiles {
  /**
   * The file behind a prompt's reference, checked; `undefined` when the export left the bytes
   * out on purpose (contentLeftOut): the prompt is imported without it. A missing or damaged
   * file is refused, naming it and its conversation.
   */
  take(ref: AttachmentRef, conversationTitle: string): CheckedFile | undefined;
}

export function createImportFiles(file: HistoryExport): ImportFiles {
  const entries = new Map(file.attachments.map((entry) => [entry.id, entry]));
  const checked = new Set<string>();

  const refuse = (ref: AttachmentRef, title: string, problem: string): UserFacingError =>
    new UserFacingError(`The file “${ref.name}” in “${title}” ${problem} ${NOTHING}`);

  const check = (ref: AttachmentRef, title: string, entry: ExportedAttachment): Buffer => {
    const bytes = Buffer.from(entry.data, 'base64');
    if (bytes.length !== entry.size) {
      throw refuse(
        ref,
        title,
        `is damaged: its bytes come to ${bytes.length} bytes, where the export says ${entry.size}.`,
      );
    }
    if (createHash('sha256').update(bytes).digest('hex') !== entry.id) {
      throw refuse(ref, title, 'is damaged: its bytes do not match its SHA-256 id.');
    }
    let identified: string;
    try {
      identified = identifyAttachment(ref.name, entry.mediaType, bytes);
    } catch (error) {
      const reason =
        error instanceof UserFacingError
          ? error.message
          : `“${ref.name}” is not a file the app can send.`;
      throw new UserFacingError(`In “${title}”: ${reason} ${NOTHING}`);
    }
    if (identified !== entry.mediaType) {
      throw refuse(ref, title, `is ${identified}, not the ${entry.mediaType} the export says.`);
    }
    return bytes;
  };

  return {
    take(ref, title) {
      const entry = entries.get(ref.id);
      if (!entry) {
        if (file.contentLeftOut) return undefined;
        throw refuse(
          ref,
          title,
          'is missing from this export (a prompt names it, but its bytes are not there).',
        );
      }
      // The reference repeats what the bytes are; a file that disagrees with itself is damaged.
      if (ref.mediaType !== entry.mediaType || ref.size !== entry.size) {
        throw refuse(
          ref,
          title,
          `is named as ${ref.mediaType} of ${ref.size} bytes, but the export holds ${entry.mediaType} of ${entry.size} bytes.`,
        );
      }
      if (checked.has(ref.id)) return { kind: 'seen' };
      const bytes = check(ref, title, entry);
      checked.add(ref.id);
      return { kind: 'new', entry, bytes };
    },
  };
}
