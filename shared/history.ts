// The history model as the renderer sees it. Stored in SQLite by electron/main/history.
import { z } from 'zod';
import type { MessageRecord } from './answer';
import type { PaneSettings } from './chat';
import type { ProviderKind } from './providers';

export interface ConversationSummary {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  pinned: boolean;
  archived: boolean;
  messageCount: number;
}

export interface PaneRecord {
  paneId: string;
  position: number;
  profileId: string;
  /** Kept so history reads well after a profile is deleted. */
  providerKind: ProviderKind;
  providerName: string;
  model: string;
  region?: string;
  settings: PaneSettings;
}

export interface TurnRecord {
  id: string;
  conversationId: string;
  prompt: string;
  createdAt: number;
  /** The panes this prompt was sent to. */
  paneIds: string[];
}

/** An answer as history keeps it (derived from the canonical answer in answer.ts). */
export type { MessageRecord } from './answer';

export interface ConversationDetail {
  conversation: ConversationSummary;
  panes: PaneRecord[];
  turns: TurnRecord[];
  /** Assistant messages, oldest first (user prompts are the turns). */
  messages: MessageRecord[];
  /** True when older messages were left out (see `before`). */
  hasOlder: boolean;
}

export interface SearchHit {
  conversationId: string;
  conversationTitle: string;
  messageId?: string;
  paneId?: string;
  /** Snippet with matches wrapped in \u0002 … \u0003 so the renderer can highlight without HTML. */
  snippet: string;
  providerKind?: ProviderKind;
  model?: string;
  createdAt: number;
}

export const SNIPPET_MARK_START = '\u0002';
export const SNIPPET_MARK_END = '\u0003';

const conversationId = z.string().min(1).max(100);

export const listConversationsInputSchema = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  /** Cursor: updatedAt of the last conversation already shown. */
  before: z.number().int().optional(),
  includeArchived: z.boolean().default(false),
});

export const getConversationInputSchema = z.object({
  conversationId,
  /** Newest messages to load; older ones come on demand. */
  limit: z.number().int().min(1).max(5000).default(200),
  /** Cursor: createdAt of the oldest message already loaded. */
  before: z.number().int().optional(),
});

export const searchInputSchema = z.object({
  query: z.string().trim().min(1, 'Type something to search for.').max(500),
  providerKind: z.string().max(40).optional(),
  model: z.string().max(200).optional(),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).default(0),
});
export type SearchInput = z.infer<typeof searchInputSchema>;

export const renameInputSchema = z.object({
  conversationId,
  title: z.string().trim().min(1, 'A title cannot be empty.').max(200),
});
export const pinInputSchema = z.object({ conversationId, pinned: z.boolean() });
export const archiveInputSchema = z.object({ conversationId, archived: z.boolean() });
export const conversationRefSchema = z.object({ conversationId });

export const exportInputSchema = z.object({
  /** Omit to export all history. */
  conversationId: conversationId.optional(),
  format: z.enum(['markdown', 'json']),
});
export interface ExportResult {
  fileName: string;
  mimeType: string;
  content: string;
}

export const importInputSchema = z.object({
  /** The text of a JSON export file. */
  content: z.string().min(1).max(200_000_000),
});
export interface ImportResult {
  conversationsAdded: number;
  conversationsSkipped: number;
  messagesAdded: number;
}
