// Writes compare turns as they happen: the turn and one `streaming` answer per pane up front,
// streamed text as it arrives (through the delta buffer), the final status and figures at the
// end. Implements the write half of ChatRecorder.
import type { Database } from 'better-sqlite3';
import { recordFieldsOfOutcome } from '../../../shared/answer';
import type { AttachedFile, AttachmentMediaType } from '../../../shared/attachments';
import { SYNTHESIS_PANE_ID, type ChatMessage, type StreamOutcome } from '../../../shared/chat';
import type {
  BeginTurnInput,
  BeginTurnResult,
  RecordedPane,
  TurnAnswer,
} from '../chat/chat-recorder';
import { UserFacingError } from '../ipc/user-facing-error';
import type { PendingDelta } from './delta-buffer';
import { ANSWER_COLUMNS, messageParams, type TurnRow } from './history-rows';
import { createRowSequence } from './row-sequence';
import { createTurnFiles } from './turn-files';

export interface Clock {
  now: () => number;
  newId: () => string;
}

const TITLE_MAX = 80;

/** A conversation is titled from the first line of its first prompt. */
export function titleFromPrompt(prompt: string): string {
  const firstLine =
    prompt
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? '';
  const oneLine = firstLine.replace(/\s+/g, ' ');
  if (oneLine === '') return 'New conversation';
  return oneLine.length <= TITLE_MAX ? oneLine : `${oneLine.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}

export function createTurnRecorder(db: Database, clock: Clock) {
  const nextRid = createRowSequence(db);
  const insertConversation = db.prepare(
    `INSERT INTO conversations (rid, id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const conversationExists = db.prepare(`SELECT 1 FROM conversations WHERE id = ?`).pluck();
  const touchConversation = db.prepare(`UPDATE conversations SET updated_at = ? WHERE id = ?`);
  const upsertPane = db.prepare(
    `INSERT INTO panes (conversation_id, pane_id, position, profile_id, provider_kind,
       provider_name, model, region, settings_json)
     VALUES (@conversationId, @paneId,
       (SELECT coalesce(max(position) + 1, 0) FROM panes WHERE conversation_id = @conversationId),
       @profileId, @providerKind, @providerName, @model, @region, @settings)
     ON CONFLICT (conversation_id, pane_id) DO UPDATE SET profile_id = excluded.profile_id,
       provider_kind = excluded.provider_kind, provider_name = excluded.provider_name,
       model = excluded.model, region = excluded.region, settings_json = excluded.settings_json`,
  );
  const nextTurnSeq = db
    .prepare(`SELECT coalesce(max(seq) + 1, 1) FROM turns WHERE conversation_id = ?`)
    .pluck();
  const insertTurn = db.prepare(
    `INSERT INTO turns (rid, id, conversation_id, seq, prompt, created_at, pane_ids_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMessage = db.prepare(
    `INSERT INTO messages (rid, id, conversation_id, turn_id, pane_id, role, provider_kind,
       provider_name, model, region, settings_json, status, created_at, updated_at)
     VALUES (@rid, @id, @conversationId, @turnId, @paneId, 'assistant', @providerKind, @providerName,
       @model, @region, @settings, 'streaming', @now, @now)`,
  );
  const lastTurnOfPane = db.prepare<[string, string], TurnRow>(
    `SELECT id, conversation_id, seq, prompt, created_at, pane_ids_json FROM turns t
     WHERE conversation_id = ?
       AND EXISTS (SELECT 1 FROM json_each(t.pane_ids_json) WHERE value = ?)
     ORDER BY seq DESC LIMIT 1`,
  );
  const turnSeq = db
    .prepare<[string, string], number>(`SELECT seq FROM turns WHERE id = ? AND conversation_id = ?`)
    .pluck();
  // The newest answer of the pane to each earlier turn it was sent. Only a finished answer is
  // sent back: a failed, stopped, filtered or still-streaming one would read to the model as
  // something it said, and a prompt without its answer would be merged into the next one by
  // clouds that need alternating roles (Bedrock), so the whole exchange is left out.
  const threadRows = db.prepare<
    [{ conversationId: string; paneId: string; seq: number }],
    {
      turnId: string;
      prompt: string;
      content: string | null;
      status: string | null;
      finishReason: string | null;
    }
  >(
    // A turn the user continued from one answer ("Continue with this answer") gives that answer
    // to every pane, even one the turn skipped: it is the conversation's shared context.
    `WITH picked AS (
       SELECT t.id, t.seq, t.prompt, coalesce(
         (SELECT rid FROM messages WHERE turn_id = t.id
            AND json_extract(extras_json, '$.chosen') = 1 ORDER BY rid DESC LIMIT 1),
         (SELECT rid FROM messages WHERE turn_id = t.id AND pane_id = @paneId
            AND EXISTS (SELECT 1 FROM json_each(t.pane_ids_json) WHERE value = @paneId)
            ORDER BY created_at DESC, rid DESC LIMIT 1)) AS rid
       FROM turns t
       WHERE t.conversation_id = @conversationId AND t.seq < @seq)
     SELECT p.id AS turnId, p.prompt, m.content, m.status, m.finish_reason AS finishReason
     FROM picked p JOIN messages m ON m.rid = p.rid
     ORDER BY p.seq`,
  );
  const fileWrites = createTurnFiles(db, clock.now);
  const turnFiles = db.prepare<
    [string],
    { id: string; name: string; mediaType: string; size: number; bytes: Buffer }
  >(
    `SELECT a.id, ta.name, a.media_type AS mediaType, a.size, a.bytes
     FROM turn_attachments ta JOIN attachments a ON a.id = ta.attachment_id
     WHERE ta.turn_id = ? ORDER BY ta.position`,
  );
  const filesOfTurn = (turnId: string): AttachedFile[] =>
    turnFiles.all(turnId).map((row) => ({
      id: row.id,
      name: row.name,
      mediaType: row.mediaType as AttachmentMediaType,
      size: row.size,
      bytes: new Uint8Array(row.bytes),
    }));
  const lastTurn = db.prepare<[string], { id: string }>(
    `SELECT id FROM turns WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1`,
  );
  const deleteTurn = db.prepare(`DELETE FROM turns WHERE id = ? AND conversation_id = ?`);
  const appendText = db.prepare(
    `UPDATE messages SET content = content || ?, updated_at = ? WHERE id = ? AND status = 'streaming'`,
  );
  const appendReasoning = db.prepare(
    `UPDATE messages SET reasoning = reasoning || ?, updated_at = ?
     WHERE id = ? AND status = 'streaming'`,
  );
  // What the outcome of a stream sets: every stored field but the settings asked with (set at the
  // start). Text and reasoning already written by the deltas stay when the outcome has none; the
  // region the cloud named wins over the profile's; and the cloud that answered (another one, if
  // the pane failed over) replaces the one asked, which the outcome's attempts keep.
  const ASKED = new Set(['settings_json']);
  const KEEP_WHEN_ABSENT = new Set(['region', 'provider_kind', 'provider_name', 'model']);
  const setColumn = (column: string): string => {
    if (column === 'content' || column === 'reasoning') {
      return `${column} = CASE WHEN @${column} = '' THEN ${column} ELSE @${column} END`;
    }
    if (KEEP_WHEN_ABSENT.has(column)) return `${column} = coalesce(@${column}, ${column})`;
    return `${column} = @${column}`;
  };
  const finishMessage = db.prepare(
    `UPDATE messages SET ${ANSWER_COLUMNS.filter((column) => !ASKED.has(column))
      .map(setColumn)
      .join(', ')}, updated_at = @now
     WHERE id = @id`,
  );

  const paneParams = (conversationId: string, pane: RecordedPane) => ({
    conversationId,
    paneId: pane.paneId,
    profileId: pane.profileId,
    providerKind: pane.providerKind,
    providerName: pane.providerName,
    model: pane.model,
    region: pane.region ?? null,
    settings: JSON.stringify(pane.settings ?? {}),
  });

  const newAnswer = (conversationId: string, turnId: string, pane: RecordedPane, now: number) => {
    const id = clock.newId();
    insertMessage.run({ rid: nextRid(), id, turnId, now, ...paneParams(conversationId, pane) });
    return id;
  };

  const requireConversation = (conversationId: string): void => {
    if (conversationExists.get(conversationId) === undefined) {
      throw new UserFacingError(
        'That conversation was not found. It may have been deleted.',
        'not-found',
      );
    }
  };

  const beginTurn = db.transaction((input: BeginTurnInput): BeginTurnResult => {
    const now = clock.now();
    let conversationId = input.conversationId;
    if (conversationId === undefined) {
      conversationId = clock.newId();
      const title = titleFromPrompt(input.prompt);
      insertConversation.run(nextRid(), conversationId, title, now, now);
    } else {
      requireConversation(conversationId);
      touchConversation.run(now, conversationId);
      if (input.replaceTurnId !== undefined) {
        // An edited prompt replaces the last turn and its answers; it never rewrites history
        // further back, where later turns were answered from it.
        if (lastTurn.get(conversationId)?.id !== input.replaceTurnId) {
          throw new UserFacingError(
            'Only the last prompt of a conversation can be edited. Send it as a new prompt instead.',
            'invalid-input',
          );
        }
        deleteTurn.run(input.replaceTurnId, conversationId);
      }
    }
    for (const pane of input.panes) upsertPane.run(paneParams(conversationId, pane));
    const turnId = clock.newId();
    const seq = nextTurnSeq.get(conversationId) as number;
    const paneIds = input.panes.map((pane) => pane.paneId);
    const panesJson = JSON.stringify(paneIds);
    insertTurn.run(nextRid(), turnId, conversationId, seq, input.prompt, now, panesJson);
    // After the replaced turn is gone: its files were released with it, and are written again
    // here when the edited prompt still carries them.
    (input.attachments ?? []).forEach((file, position) => {
      fileWrites.storeBytes(file);
      fileWrites.link(turnId, position, file);
    });
    const messages = input.panes.map((pane) => ({
      paneId: pane.paneId,
      messageId: newAnswer(conversationId, turnId, pane, now),
    }));
    return { conversationId, turnId, messages };
  });

  const turnOfConversation = db.prepare<[string, string], { id: string; prompt: string }>(
    `SELECT id, prompt FROM turns WHERE id = ? AND conversation_id = ?`,
  );
  const newestAnswers = db.prepare<
    [{ turnId: string; synthesis: string }],
    { paneId: string; providerName: string | null; model: string | null; content: string }
  >(
    `SELECT m.pane_id AS paneId, m.provider_name AS providerName, m.model, m.content
     FROM messages m JOIN panes p ON p.conversation_id = m.conversation_id AND p.pane_id = m.pane_id
     WHERE m.rid IN (SELECT max(rid) FROM messages WHERE turn_id = @turnId GROUP BY pane_id)
       AND m.pane_id <> @synthesis AND m.status = 'complete' AND m.content <> ''
     ORDER BY p.position`,
  );

  const beginSynthesis = db.transaction(
    (conversationId: string, turnId: string, pane: RecordedPane) => {
      requireConversation(conversationId);
      const turn = turnOfConversation.get(turnId, conversationId);
      if (!turn) {
        throw new UserFacingError('That turn is no longer in this conversation.', 'not-found');
      }
      const now = clock.now();
      upsertPane.run(paneParams(conversationId, pane));
      touchConversation.run(now, conversationId);
      return { messageId: newAnswer(conversationId, turn.id, pane, now), prompt: turn.prompt };
    },
  );

  const beginRegenerate = db.transaction((conversationId: string, pane: RecordedPane) => {
    requireConversation(conversationId);
    const turn = lastTurnOfPane.get(conversationId, pane.paneId);
    if (!turn) {
      throw new UserFacingError('This pane has no earlier prompt to answer again.', 'not-found');
    }
    const now = clock.now();
    // The earlier answer stays as a version the user can go back to.
    upsertPane.run(paneParams(conversationId, pane));
    touchConversation.run(now, conversationId);
    const messageId = newAnswer(conversationId, turn.id, pane, now);
    return { turnId: turn.id, messageId, prompt: turn.prompt, attachments: filesOfTurn(turn.id) };
  });

  const writeDeltas = db.transaction((batch: PendingDelta[]) => {
    const now = clock.now();
    for (const delta of batch) {
      if (delta.text !== '') appendText.run(delta.text, now, delta.messageId);
      if (delta.reasoning !== '') appendReasoning.run(delta.reasoning, now, delta.messageId);
    }
  });

  return {
    beginTurn: (input: BeginTurnInput): BeginTurnResult => beginTurn.immediate(input),
    beginRegenerate: (conversationId: string, pane: RecordedPane) =>
      beginRegenerate.immediate(conversationId, pane),
    beginSynthesis: (conversationId: string, turnId: string, pane: RecordedPane) =>
      beginSynthesis.immediate(conversationId, turnId, pane),
    turnAnswers: (conversationId: string, turnId: string): TurnAnswer[] => {
      if (!turnOfConversation.get(turnId, conversationId)) return [];
      return newestAnswers.all({ turnId, synthesis: SYNTHESIS_PANE_ID }).map((row) => ({
        paneId: row.paneId,
        providerName: row.providerName ?? 'Unknown provider',
        model: row.model ?? 'unknown model',
        content: row.content,
      }));
    },
    paneThread(conversationId: string, paneId: string, beforeTurnId: string): ChatMessage[] {
      const seq = turnSeq.get(beforeTurnId, conversationId);
      if (seq === undefined) return [];
      const thread: ChatMessage[] = [];
      for (const row of threadRows.all({ conversationId, paneId, seq })) {
        const answered =
          row.status === 'complete' && row.finishReason !== 'content-filter' && !!row.content;
        if (!answered) continue;
        const attachments = filesOfTurn(row.turnId);
        thread.push({
          role: 'user',
          content: row.prompt,
          ...(attachments.length > 0 ? { attachments } : {}),
        });
        thread.push({ role: 'assistant', content: row.content ?? '' });
      }
      return thread;
    },
    writeDeltas: (batch: PendingDelta[]): void => writeDeltas.immediate(batch),
    finish(messageId: string, outcome: StreamOutcome): void {
      finishMessage.run({
        id: messageId,
        now: clock.now(),
        ...messageParams(recordFieldsOfOutcome(outcome)),
      });
    },
  };
}

export type TurnRecorder = ReturnType<typeof createTurnRecorder>;
