// The history store: every turn of every pane saved as it streams, browsable and searchable with
// no network. It is the chat service's ChatRecorder plus the queries behind the history IPC.
import { randomUUID } from 'node:crypto';
import type {
  AuditExportInput,
  ConversationDetail,
  ConversationSummary,
  ExportResult,
  ImportResult,
  LeaderboardInput,
  LeaderboardResult,
  SearchHit,
  SearchInput,
} from '../../../shared/history';
import type { Paged } from '../../../shared/ipc';
import type { BranchInput } from '../../../shared/decisions';
import type { ChatRecorder } from '../chat/chat-recorder';
import { createAttachmentStore, type AttachmentStore } from './attachment-store';
import { createAuditExport, type AuditEndpointLookup } from './audit-export';
import {
  createConversationQueries,
  type GetConversationInput,
  type ListConversationsInput,
} from './conversation-queries';
import { createDeltaBuffer } from './delta-buffer';
import { createHistoryExport } from './history-export';
import { createHistoryImport } from './history-import';
import { createHistorySearch } from './history-search';
import { createLeaderboardQuery } from './leaderboard-query';
import { openHistoryDatabase } from './open-history-database';
import { createTurnDecisions, type TurnDecisions } from './turn-decisions';
import { createTurnRecorder } from './turn-recorder';

export const HISTORY_FILE_NAME = 'history.sqlite';

export interface HistoryStoreOptions {
  /** The SQLite file, normally `history.sqlite` in the app's user-data folder. */
  file: string;
  /** Longest time streamed text waits in memory before it is written. */
  flushIntervalMs?: number;
  /** Pending characters that trigger a write before the interval is up. */
  flushChars?: number;
  /** Clock and id source, replaceable so tests can order records exactly. */
  now?: () => number;
  newId?: () => string;
  /** A background write failed (there is no caller to throw to). */
  onError?: (error: unknown) => void;
  /** Matches ranked per search before only the newest are kept (see RANKED_WINDOW). */
  rankedSearchWindow?: number;
}

export interface HistoryStore extends ChatRecorder {
  /** Files attached to prompts: added, held until sent, read back (attachment-store.ts). */
  attachments: AttachmentStore;
  listConversations(input: ListConversationsInput): Paged<ConversationSummary>;
  getConversation(input: GetConversationInput): ConversationDetail;
  search(input: SearchInput): Paged<SearchHit>;
  rename(conversationId: string, title: string): void;
  setPinned(conversationId: string, pinned: boolean): void;
  setArchived(conversationId: string, archived: boolean): void;
  /** Removes the conversation with its panes, turns, answers and search rows. */
  deleteConversation(conversationId: string): void;
  /** `redactContent` leaves prompt and answer text out (Settings: redactContent). */
  exportHistory(input: {
    conversationId?: string;
    format: 'markdown' | 'json';
    redactContent?: boolean;
  }): ExportResult;
  /** Aggregates by model family × cloud × region (leaderboard-aggregate.ts). */
  leaderboard(input: LeaderboardInput): LeaderboardResult;
  /** One row per answer, no text; `endpointOf` names each profile's host and API. */
  exportAudit(input: AuditExportInput, endpointOf: AuditEndpointLookup): ExportResult;
  importHistory(content: string): ImportResult;
  /** Continue-with choices, votes and branches (turn-decisions.ts). */
  decisions: Pick<TurnDecisions, 'choose' | 'vote'> & { branch(input: BranchInput): string };
  /** Writes pending streamed text now (one answer's, or all when omitted). */
  flush(messageId?: string): void;
  close(): void;
}

export const DEFAULT_FLUSH_INTERVAL_MS = 250;
export const DEFAULT_FLUSH_CHARS = 4096;

export function openHistoryStore(options: HistoryStoreOptions): HistoryStore {
  const db = openHistoryDatabase(options.file);
  const clock = { now: options.now ?? Date.now, newId: options.newId ?? randomUUID };
  const recorder = createTurnRecorder(db, clock);
  const attachments = createAttachmentStore(db);
  const queries = createConversationQueries(db);
  const search = createHistorySearch(db, options.rankedSearchWindow);
  const importHistory = createHistoryImport(db, clock.now);
  const allIds = db
    .prepare<[], string>(`SELECT id FROM conversations ORDER BY created_at, rid`)
    .pluck();
  const exportHistory = createHistoryExport(
    queries,
    () => allIds.all(),
    clock.now,
    attachments.storedBytes,
  );
  const leaderboard = createLeaderboardQuery(db);
  const auditExport = createAuditExport(db, clock.now);
  const decisions = createTurnDecisions(db, importHistory, clock.now, attachments.storedBytes);
  const buffer = createDeltaBuffer({
    flushIntervalMs: options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS,
    flushChars: options.flushChars ?? DEFAULT_FLUSH_CHARS,
    write: recorder.writeDeltas,
    onError: options.onError ?? ((error) => console.error('Could not save streamed text:', error)),
  });

  /** Shows text still waiting in the buffer, so a reopened conversation is never behind. */
  const withPending = (detail: ConversationDetail): ConversationDetail => ({
    ...detail,
    messages: detail.messages.map((message) => {
      const pending = message.status === 'streaming' ? buffer.pending(message.id) : undefined;
      if (!pending) return message;
      const reasoning = (message.reasoning ?? '') + pending.reasoning;
      return {
        ...message,
        content: message.content + pending.text,
        ...(reasoning === '' ? {} : { reasoning }),
      };
    }),
  });

  let closed = false;
  return {
    attachments,
    beginTurn: (input) => recorder.beginTurn(input),
    beginRegenerate: (conversationId, pane) => recorder.beginRegenerate(conversationId, pane),
    beginSynthesis: (conversationId, turnId, pane) =>
      recorder.beginSynthesis(conversationId, turnId, pane),
    turnAnswers(conversationId, turnId) {
      buffer.flush();
      return recorder.turnAnswers(conversationId, turnId);
    },
    paneThread: (conversationId, paneId, beforeTurnId) =>
      recorder.paneThread(conversationId, paneId, beforeTurnId),
    appendDelta: (messageId, text, reasoning) => buffer.append(messageId, text, reasoning),
    finish(messageId, outcome) {
      buffer.flush(messageId);
      recorder.finish(messageId, outcome);
    },
    listConversations: (input) => queries.list(input),
    getConversation: (input) => withPending(queries.get(input)),
    search: (input) => search(input),
    rename: (conversationId, title) => queries.rename(conversationId, title),
    setPinned: (conversationId, pinned) => queries.setPinned(conversationId, pinned),
    setArchived: (conversationId, archived) => queries.setArchived(conversationId, archived),
    deleteConversation: (conversationId) => {
      queries.remove(conversationId);
    },
    exportHistory(input) {
      buffer.flush();
      return exportHistory(input);
    },
    importHistory: (content) => importHistory(content),
    leaderboard: (input) => leaderboard(input),
    exportAudit(input, endpointOf) {
      buffer.flush();
      return auditExport(input, endpointOf);
    },
    decisions: {
      choose: (input) => decisions.choose(input),
      vote: (input) => decisions.vote(input),
      branch(input) {
        buffer.flush();
        const detail = queries.get({
          conversationId: input.conversationId,
          limit: Number.MAX_SAFE_INTEGER,
        });
        return decisions.branch(input, detail);
      },
    },
    flush: (messageId) => buffer.flush(messageId),
    close() {
      if (closed) return;
      closed = true;
      try {
        buffer.flush();
      } finally {
        buffer.dispose();
        db.close();
      }
    },
  };
}
