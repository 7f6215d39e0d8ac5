// The history model as the renderer sees it. Stored in SQLite by electron/main/history.
import { z } from 'zod';
import type { AttachmentRef } from './attachments';
import type { MessageRecord } from './answer';
import type { PaneSettings } from './chat';
import { PROVIDER_KINDS, type ProviderKind } from './providers';
import type { ErrorKind } from './stream';

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
  /** Files sent with the prompt, in order (their bytes: readAttachment). */
  attachments: AttachmentRef[];
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
  /** The answer that matched, so the renderer can scroll to it (absent for prompts and titles). */
  messageId?: string;
  turnId?: string;
  paneId?: string;
  /**
   * Snippet with matches wrapped in \u0002 … \u0003 so the renderer can highlight without HTML;
   * Markdown syntax (`**`, `#`, backticks, link brackets) is already taken out.
   */
  snippet: string;
  providerKind?: ProviderKind;
  model?: string;
  region?: string;
  status?: SearchStatus;
  /** The answer's cost in USD, where it was priced. */
  costUsd?: number;
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

/** The answer statuses search can filter on (a streaming answer is not searchable yet). */
export const SEARCH_STATUSES = ['complete', 'stopped', 'error'] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];

const usd = z.number().min(0).max(1_000_000);

/**
 * A history search: text, facets, or both. Facets (cloud, region, model, status, cost) keep
 * answers only, since prompts and titles have none. Hits of one page come grouped by
 * conversation: each conversation's hits are next to each other, the groups in the order of
 * their best hit (a group may continue on the next page).
 */
export const searchInputSchema = z
  .object({
    query: z.string().trim().max(500).default(''),
    providerKind: z.enum(PROVIDER_KINDS).optional(),
    region: z.string().trim().min(1).max(40).optional(),
    model: z.string().max(200).optional(),
    status: z.enum(SEARCH_STATUSES).optional(),
    minCostUsd: usd.optional(),
    maxCostUsd: usd.optional(),
    from: z.number().int().optional(),
    to: z.number().int().optional(),
    limit: z.number().int().min(1).max(100).default(20),
    offset: z.number().int().min(0).default(0),
  })
  .refine((input) => input.query !== '' || hasSearchFacet(input), {
    message: 'Type something to search for.',
    path: ['query'],
  });
export type SearchInput = z.infer<typeof searchInputSchema>;

/** Whether a search narrows answers by more than its text (then an empty text is allowed). */
export function hasSearchFacet(input: {
  providerKind?: string | undefined;
  region?: string | undefined;
  model?: string | undefined;
  status?: string | undefined;
  minCostUsd?: number | undefined;
  maxCostUsd?: number | undefined;
}): boolean {
  return (
    input.providerKind !== undefined ||
    input.region !== undefined ||
    (input.model !== undefined && input.model !== '') ||
    input.status !== undefined ||
    input.minCostUsd !== undefined ||
    input.maxCostUsd !== undefined
  );
}

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
  /** Files attached to the imported prompts (a file two prompts carry counts twice). */
  attachmentsAdded: number;
  /**
   * Files the prompts named whose bytes the export left out (an export without content): the
   * prompts were imported without them.
   */
  attachmentsLeftOut: number;
}

/** The leaderboard's filters; every one optional. `to` is inclusive (ms since the epoch). */
export const leaderboardInputSchema = z.object({
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  /** A model family as modelFamily() names it (`gpt-4o`, `claude-3-7-sonnet`). */
  family: z.string().trim().min(1).max(200).optional(),
  providerKind: z.enum(PROVIDER_KINDS).optional(),
  region: z.string().trim().min(1).max(40).optional(),
});
export type LeaderboardInput = z.infer<typeof leaderboardInputSchema>;

/** One model family on one cloud (provider kind and name) in one region, over history. */
export interface LeaderboardRow {
  family: string;
  providerKind: ProviderKind;
  providerName: string;
  /** Absent where the cloud reported none (OpenAI, most local servers). */
  region?: string;
  /** Finished answers (complete, stopped or failed). */
  answers: number;
  /** Over answers that measured a first token; null when none did. */
  ttftP50Ms: number | null;
  ttftP95Ms: number | null;
  tokensPerSecondP50: number | null;
  errors: number;
  /** errors / answers. */
  errorRate: number;
  errorsByKind: Partial<Record<ErrorKind, number>>;
  /** Sum of cost / sum of output tokens × 1000, over priced answers only; null when none. */
  costPer1kOutputUsd: number | null;
  /** Sum of the cost of every priced answer. */
  totalCostUsd: number;
  pricedAnswers: number;
  /** Answers voted best in their turn (issue 12's votes). */
  wins: number;
}

/** The first-token times of one cloud, for a distribution chart. */
export interface LeaderboardTtftSeries {
  providerKind: ProviderKind;
  providerName: string;
  /** Answers with a first-token time. */
  answers: number;
  /**
   * Their first-token times in ms, ascending. Past LEADERBOARD_TTFT_SAMPLE values this is an
   * evenly spaced sample of the sorted values (same shape, fewer points): scale bin counts by
   * answers / valuesMs.length to show answers.
   */
  valuesMs: number[];
}
export const LEADERBOARD_TTFT_SAMPLE = 2000;

export interface LeaderboardResult {
  /** Most answers first. */
  rows: LeaderboardRow[];
  ttftByCloud: LeaderboardTtftSeries[];
  /** The families, clouds and regions present in the range, for the filters' choices. */
  facets: { families: string[]; providerKinds: ProviderKind[]; regions: string[] };
}

/** The audit trail: one row per answer, for a date range or chosen conversations. */
export const auditExportInputSchema = z.object({
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  /** When given, only these conversations (else every conversation in the range). */
  conversationIds: z.array(conversationId).min(1).max(10_000).optional(),
  format: z.enum(['csv', 'jsonl']),
});
export type AuditExportInput = z.infer<typeof auditExportInputSchema>;
