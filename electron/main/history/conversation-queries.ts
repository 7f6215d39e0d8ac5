// Reading and managing conversations: the sidebar list (pinned first, then by recency), one
// conversation's newest messages with a cursor for older ones, rename, pin, archive, delete.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type {
  ConversationDetail,
  ConversationSummary,
  getConversationInputSchema,
  listConversationsInputSchema,
} from '../../../shared/history';
import type { Paged } from '../../../shared/ipc';
import { UserFacingError } from '../ipc/user-facing-error';
import {
  CONVERSATION_COLUMNS,
  MESSAGE_COLUMNS,
  toConversationSummary,
  toMessageRecord,
  toPaneRecord,
  toTurnRecord,
  TURN_ATTACHMENTS_SQL,
  type ConversationRow,
  type MessageRow,
  type PaneRow,
  type TurnRow,
} from './history-rows';

export type ListConversationsInput = z.output<typeof listConversationsInputSchema>;
export type GetConversationInput = z.output<typeof getConversationInputSchema>;

const NO_CURSOR = Number.MAX_SAFE_INTEGER;

export function notFound(): UserFacingError {
  return new UserFacingError(
    'That conversation was not found. It may have been deleted.',
    'not-found',
  );
}

export function createConversationQueries(db: Database) {
  const archivedFilter = `(c.archived = 0 OR @includeArchived = 1)`;
  const pinned = db.prepare<[{ includeArchived: number }], ConversationRow>(
    `SELECT ${CONVERSATION_COLUMNS} FROM conversations c
     WHERE c.pinned = 1 AND ${archivedFilter} ORDER BY c.updated_at DESC, c.rid DESC`,
  );
  const unpinnedPage = db.prepare<
    [{ includeArchived: number; before: number; limit: number }],
    ConversationRow
  >(
    `SELECT ${CONVERSATION_COLUMNS} FROM conversations c
     WHERE c.pinned = 0 AND ${archivedFilter} AND c.updated_at < @before
     ORDER BY c.updated_at DESC, c.rid DESC LIMIT @limit`,
  );
  const unpinnedAt = db.prepare<[{ includeArchived: number; at: number }], ConversationRow>(
    `SELECT ${CONVERSATION_COLUMNS} FROM conversations c
     WHERE c.pinned = 0 AND ${archivedFilter} AND c.updated_at = @at ORDER BY c.rid DESC`,
  );
  const conversation = db.prepare<[string], ConversationRow>(
    `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.id = ?`,
  );
  const panes = db.prepare<[string], PaneRow>(
    `SELECT * FROM panes WHERE conversation_id = ? ORDER BY position`,
  );
  // The createdAt of the `limit`-th newest message: the page starts there.
  const pageStart = db
    .prepare<[{ id: string; before: number; offset: number }], number>(
      `SELECT created_at FROM messages WHERE conversation_id = @id AND created_at < @before
       ORDER BY created_at DESC, rid DESC LIMIT 1 OFFSET @offset`,
    )
    .pluck();
  const messagesBetween = db.prepare<[{ id: string; from: number; before: number }], MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages
     WHERE conversation_id = @id AND created_at >= @from AND created_at < @before
     ORDER BY created_at, rid`,
  );
  const olderExists = db
    .prepare<[string, number], number>(
      `SELECT 1 FROM messages WHERE conversation_id = ? AND created_at < ? LIMIT 1`,
    )
    .pluck();
  const turnsFor = db.prepare<[{ id: string; from: number; before: number; ids: string }], TurnRow>(
    `SELECT id, conversation_id, seq, prompt, created_at, pane_ids_json, ${TURN_ATTACHMENTS_SQL}
     FROM turns t
     WHERE conversation_id = @id
       AND ((created_at >= @from AND created_at < @before)
         OR id IN (SELECT value FROM json_each(@ids)))
     ORDER BY seq`,
  );
  const rename = db.prepare(`UPDATE conversations SET title = ? WHERE id = ?`);
  const pin = db.prepare(`UPDATE conversations SET pinned = ? WHERE id = ?`);
  const archive = db.prepare(`UPDATE conversations SET archived = ? WHERE id = ?`);
  const remove = db.prepare(`DELETE FROM conversations WHERE id = ?`);

  const mustChange = (changes: number): void => {
    if (changes === 0) throw notFound();
  };

  return {
    /**
     * Pinned conversations all come on the first page (there are few by nature); the rest
     * follow by recency. A page never splits conversations updated in the same millisecond,
     * so the `updatedAt` cursor cannot skip one.
     */
    list(input: ListConversationsInput): Paged<ConversationSummary> {
      const includeArchived = input.includeArchived ? 1 : 0;
      const before = input.before ?? NO_CURSOR;
      const top = input.before === undefined ? pinned.all({ includeArchived }) : [];
      const rows = unpinnedPage.all({ includeArchived, before, limit: input.limit + 1 });
      let page = rows;
      let next: number | undefined;
      if (rows.length > input.limit) {
        page = rows.slice(0, input.limit);
        const edge = page[page.length - 1]?.updated_at ?? before;
        const seen = new Set(page.map((row) => row.id));
        page.push(...unpinnedAt.all({ includeArchived, at: edge }).filter((r) => !seen.has(r.id)));
        next = edge;
      }
      const items = [...top, ...page].map(toConversationSummary);
      return next === undefined ? { items } : { items, next };
    },

    /**
     * The newest `limit` messages before the cursor (oldest first), widened so messages created
     * in the same millisecond as the oldest one (one turn's panes) are never split across pages.
     */
    get(input: GetConversationInput): ConversationDetail {
      const row = conversation.get(input.conversationId);
      if (!row) throw notFound();
      const id = input.conversationId;
      const before = input.before ?? NO_CURSOR;
      const start = pageStart.get({ id, before, offset: input.limit - 1 });
      const from = start ?? Number.MIN_SAFE_INTEGER;
      const messages = messagesBetween.all({ id, from, before }).map(toMessageRecord);
      const hasOlder = start !== undefined && olderExists.get(id, start) !== undefined;
      const turnIds = [...new Set(messages.map((message) => message.turnId))];
      const turns = turnsFor
        .all({
          id,
          from: hasOlder ? from : Number.MIN_SAFE_INTEGER,
          before,
          ids: JSON.stringify(turnIds),
        })
        .map(toTurnRecord);
      return {
        conversation: toConversationSummary(row),
        panes: panes.all(id).map(toPaneRecord),
        turns,
        messages,
        hasOlder,
      };
    },

    exists: (conversationId: string): boolean => conversation.get(conversationId) !== undefined,
    rename: (conversationId: string, title: string): void =>
      mustChange(rename.run(title, conversationId).changes),
    setPinned: (conversationId: string, pinned: boolean): void =>
      mustChange(pin.run(pinned ? 1 : 0, conversationId).changes),
    setArchived: (conversationId: string, archived: boolean): void =>
      mustChange(archive.run(archived ? 1 : 0, conversationId).changes),
    /** Deleting twice is not an error: the result the user wanted holds. */
    remove: (conversationId: string): boolean => remove.run(conversationId).changes > 0,
  };
}

export type ConversationQueries = ReturnType<typeof createConversationQueries>;
