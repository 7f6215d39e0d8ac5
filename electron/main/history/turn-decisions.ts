// Decisions on a turn's answers, kept with the answers themselves (their extras): which one the
// conversation continues from, and how each fared in a vote; and a branch of a conversation at
// a turn, made through the export and import paths so it is copied exactly as they copy (the
// prompts' files included: the branch's turns hold the same stored files, released only when
// neither conversation holds them).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ChooseAnswerInput, BranchInput, VoteInput } from '../../../shared/decisions';
import type { ConversationDetail } from '../../../shared/history';
import { UserFacingError } from '../ipc/user-facing-error';
import type { AttachmentStore } from './attachment-store';
import { buildHistoryExport, toExportedConversation } from './history-export';

export interface TurnDecisions {
  choose(input: ChooseAnswerInput): void;
  vote(input: VoteInput): void;
  /** The new conversation's id. */
  branch(input: BranchInput, detail: ConversationDetail): string;
}

export function createTurnDecisions(
  db: Database.Database,
  importFile: (content: string) => unknown,
  now: () => number,
  readBytes: AttachmentStore['storedBytes'],
): TurnDecisions {
  const turnMessages = db.prepare<[string, string], { id: string; status: string }>(
    `SELECT m.id, m.status FROM messages m JOIN turns t ON t.id = m.turn_id
     WHERE m.turn_id = ? AND t.conversation_id = ?`,
  );
  const setExtra = db.prepare<[string, string, string]>(
    `UPDATE messages SET extras_json = json_set(coalesce(extras_json, '{}'), ?, json(?)) WHERE id = ?`,
  );
  const clearExtra = db.prepare<[string, string]>(
    `UPDATE messages SET extras_json = nullif(json_remove(coalesce(extras_json, '{}'), ?), '{}')
     WHERE id = ?`,
  );

  const messagesOf = (conversationId: string, turnId: string) => {
    const rows = turnMessages.all(turnId, conversationId);
    if (rows.length === 0) {
      throw new UserFacingError('That turn is no longer in this conversation.', 'not-found');
    }
    return rows;
  };

  const choose = db.transaction((input: ChooseAnswerInput) => {
    const rows = messagesOf(input.conversationId, input.turnId);
    const chosen = rows.find((row) => row.id === input.messageId);
    if (input.messageId !== null && chosen?.status !== 'complete') {
      throw new UserFacingError(
        'Only a complete answer of this turn can be continued.',
        'invalid-input',
      );
    }
    for (const row of rows) {
      if (row.id === input.messageId) setExtra.run('$.chosen', 'true', row.id);
      else clearExtra.run('$.chosen', row.id);
    }
  });

  const vote = db.transaction((input: VoteInput) => {
    const rows = messagesOf(input.conversationId, input.turnId);
    if (input.messageId !== undefined && !rows.some((row) => row.id === input.messageId)) {
      throw new UserFacingError('That answer is not one of this turn\u2019s.', 'invalid-input');
    }
    for (const row of rows) {
      const result =
        input.verdict === 'best'
          ? row.id === input.messageId
            ? 'best'
            : 'not-best'
          : input.verdict;
      setExtra.run('$.vote', JSON.stringify(result), row.id);
      setExtra.run('$.votedBlind', input.blind ? 'true' : 'false', row.id);
    }
  });

  return {
    choose: (input) => choose(input),
    vote: (input) => vote(input),
    branch(input, detail) {
      const cut = detail.turns.findIndex((turn) => turn.id === input.turnId);
      if (cut < 0)
        throw new UserFacingError('That turn is no longer in this conversation.', 'not-found');
      const exported = toExportedConversation(detail);
      const turnIds = new Map(exported.turns.slice(0, cut + 1).map((t) => [t.id, randomUUID()]));
      const conversationId = randomUUID();
      const at = now();
      const file = buildHistoryExport({
        exportedAt: new Date(at).toISOString(),
        contentLeftOut: false,
        readBytes,
        conversations: [
          {
            ...exported,
            id: conversationId,
            title: `${exported.title} (branch)`.slice(0, 200),
            createdAt: at,
            updatedAt: at,
            pinned: false,
            archived: false,
            turns: exported.turns
              .filter((turn) => turnIds.has(turn.id))
              .map((turn) => ({ ...turn, id: turnIds.get(turn.id) as string })),
            messages: exported.messages
              .filter((message) => turnIds.has(message.turnId))
              .map((message) => ({
                ...message,
                id: randomUUID(),
                turnId: turnIds.get(message.turnId) as string,
              })),
          },
        ],
      });
      importFile(JSON.stringify(file));
      return conversationId;
    },
  };
}
