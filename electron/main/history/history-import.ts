// Import of the JSON export: all or nothing, in one transaction, files included. Conversations
// whose id is already here are skipped, so importing the same file twice adds nothing. A file
// of an older version is upgraded first (export-upgrade.ts), so every version takes one path.
import type { Database } from 'better-sqlite3';
import type { ImportResult } from '../../../shared/history';
import { UserFacingError } from '../ipc/user-facing-error';
import {
  EXPORT_FORMAT_NAME,
  EXPORT_FORMAT_VERSION,
  historyExportSchema,
  type ExportedConversation,
  type HistoryExport,
} from './export-format';
import { upgradeExport } from './export-upgrade';
import { ANSWER_COLUMNS, messageParams } from './history-rows';
import { createImportFiles, type ImportFiles } from './import-attachments';
import { createRowSequence } from './row-sequence';
import { createTurnFiles } from './turn-files';

const NOTHING = 'Nothing was imported.';

function parseExport(content: string): HistoryExport {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw new UserFacingError(`This file is not valid JSON, so it cannot be read. ${NOTHING}`);
  }
  const header = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (header.format !== EXPORT_FORMAT_NAME) {
    throw new UserFacingError(`This file is not a Polycloud Chat history export. ${NOTHING}`);
  }
  if (typeof header.version === 'number' && header.version > EXPORT_FORMAT_VERSION) {
    throw new UserFacingError(
      `This file was exported by a newer version of the app (format version ${header.version}; this version reads up to ${EXPORT_FORMAT_VERSION}). Update the app to import it. ${NOTHING}`,
    );
  }
  const parsed = historyExportSchema.safeParse(upgradeExport(data));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    throw new UserFacingError(
      `This history file is damaged or incomplete (${where}${issue?.message ?? 'unexpected content'}). ${NOTHING}`,
    );
  }
  return parsed.data;
}

function isConstraintError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('SQLITE_CONSTRAINT')
  );
}

export function createHistoryImport(db: Database, now: () => number = Date.now) {
  const nextRid = createRowSequence(db);
  const exists = db.prepare(`SELECT 1 FROM conversations WHERE id = ?`).pluck();
  const insertConversation = db.prepare(
    `INSERT INTO conversations (rid, id, title, created_at, updated_at, pinned, archived)
     VALUES (@rid, @id, @title, @createdAt, @updatedAt, @pinned, @archived)`,
  );
  const insertPane = db.prepare(
    `INSERT INTO panes (conversation_id, pane_id, position, profile_id, provider_kind,
       provider_name, model, region, settings_json)
     VALUES (@conversationId, @paneId, @position, @profileId, @providerKind, @providerName,
       @model, @region, @settings)`,
  );
  const insertTurn = db.prepare(
    `INSERT INTO turns (rid, id, conversation_id, seq, prompt, created_at, pane_ids_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const turnFiles = createTurnFiles(db, now);
  const insertMessage = db.prepare(
    `INSERT INTO messages (rid, id, conversation_id, turn_id, pane_id, role, created_at,
       updated_at, ${ANSWER_COLUMNS.join(', ')})
     VALUES (@rid, @id, @conversationId, @turnId, @paneId, @role, @createdAt, @updatedAt,
       ${ANSWER_COLUMNS.map((column) => `@${column}`).join(', ')})`,
  );

  const insertFiles = (
    turn: ExportedConversation['turns'][number],
    conversation: ExportedConversation,
    files: ImportFiles,
    result: ImportResult,
  ) => {
    let position = 0;
    for (const ref of turn.attachments) {
      const file = files.take(ref, conversation.title);
      if (!file) {
        result.attachmentsLeftOut += 1;
        continue;
      }
      if (file.kind === 'new') turnFiles.storeBytes({ ...file.entry, bytes: file.bytes });
      turnFiles.link(turn.id, position, ref);
      position += 1;
      result.attachmentsAdded += 1;
    }
  };

  const insert = (
    conversation: ExportedConversation,
    files: ImportFiles,
    result: ImportResult,
  ): number => {
    const conversationId = conversation.id;
    insertConversation.run({
      rid: nextRid(),
      id: conversation.id,
      title: conversation.title,
      createdAt: conversation.createdAt,
      updatedAt: conversation.updatedAt,
      pinned: conversation.pinned ? 1 : 0,
      archived: conversation.archived ? 1 : 0,
    });
    for (const pane of conversation.panes) {
      insertPane.run({
        conversationId,
        paneId: pane.paneId,
        position: pane.position,
        profileId: pane.profileId,
        providerKind: pane.providerKind,
        providerName: pane.providerName,
        model: pane.model,
        region: pane.region ?? null,
        settings: JSON.stringify(pane.settings),
      });
    }
    conversation.turns.forEach((turn, index) => {
      const paneIds = JSON.stringify(turn.paneIds);
      insertTurn.run(
        nextRid(),
        turn.id,
        conversationId,
        index + 1,
        turn.prompt,
        turn.createdAt,
        paneIds,
      );
      insertFiles(turn, conversation, files, result);
    });
    for (const m of conversation.messages) {
      insertMessage.run({
        rid: nextRid(),
        id: m.id,
        conversationId,
        turnId: m.turnId,
        paneId: m.paneId,
        role: m.role,
        createdAt: m.createdAt,
        updatedAt: m.updatedAt,
        ...messageParams({
          ...m,
          reasoning: m.reasoning ?? '',
          // An answer exported mid-stream will never finish here.
          status: m.status === 'streaming' ? 'stopped' : m.status,
        }),
      });
    }
    return conversation.messages.length;
  };

  const importAll = db.transaction((file: HistoryExport): ImportResult => {
    const result: ImportResult = {
      conversationsAdded: 0,
      conversationsSkipped: 0,
      messagesAdded: 0,
      attachmentsAdded: 0,
      attachmentsLeftOut: 0,
    };
    const files = createImportFiles(file);
    for (const conversation of file.conversations) {
      if (exists.get(conversation.id) !== undefined) {
        result.conversationsSkipped += 1;
        continue;
      }
      result.messagesAdded += insert(conversation, files, result);
      result.conversationsAdded += 1;
    }
    return result;
  });

  return (content: string): ImportResult => {
    const file = parseExport(content);
    try {
      return importAll.immediate(file);
    } catch (error) {
      if (isConstraintError(error)) {
        throw new UserFacingError(
          `This file contains a turn or answer whose id is already used by another conversation here. ${NOTHING}`,
        );
      }
      throw error;
    }
  };
}
