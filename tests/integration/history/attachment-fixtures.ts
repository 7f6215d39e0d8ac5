// Files and helpers for the history tests that carry attachments: a real one-pixel PNG, a small
// PDF, prompts sent with them through the store, and the stored rows read straight from SQLite.
import Database from 'better-sqlite3';
import type { AttachmentRef } from '../../../shared/attachments';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { ONE_PIXEL_PNG_BASE64 } from '../../support/attachment-fixtures';
import { outcome, pane } from './history-test-kit';

export const PNG = Buffer.from(ONE_PIXEL_PNG_BASE64, 'base64');
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
);

export function attach(store: HistoryStore, name: string, bytes: Buffer): AttachmentRef {
  return store.attachments.add({ name, mediaType: '', data: bytes.toString('base64') });
}

/** A prompt sending the files to one pane, answered at once. */
export function sendWith(
  store: HistoryStore,
  prompt: string,
  refs: AttachmentRef[],
  conversationId?: string,
) {
  const turn = store.beginTurn({
    conversationId,
    prompt,
    attachments: store.attachments.resolve(refs),
    panes: [pane('p1')],
  });
  store.attachments.forget(refs.map((ref) => ref.id));
  for (const { messageId } of turn.messages) {
    store.finish(messageId, outcome(`answer to ${prompt}`));
  }
  return turn;
}

/** The stored files and the prompts' rows that hold them, read from the SQLite file itself. */
export function storedRows(file: string): { files: number; links: number } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      files: db.prepare('SELECT count(*) FROM attachments').pluck().get() as number,
      links: db.prepare('SELECT count(*) FROM turn_attachments').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

export const bytesOf = (store: HistoryStore, id: string): Buffer =>
  Buffer.from(store.attachments.read(id).data, 'base64');
