// What one compare turn is: a prompt broadcast to some panes, each pane streaming on its own.
import { z } from 'zod';
import { promptAttachmentsSchema, type AttachedFile } from './attachments';
import type { StreamOutcome } from './answer';
import type { StreamPart } from './stream';

export const CHAT_ROLES = ['system', 'user', 'assistant'] as const;
export type ChatRole = (typeof CHAT_ROLES)[number];

export interface ChatMessage {
  role: ChatRole;
  content: string;
  /** Files sent with a user message, after its text (see messageParts in attachments.ts). */
  attachments?: AttachedFile[];
}

/**
 * How hard a reasoning model thinks. The union of what the clouds accept: the Responses API's
 * `reasoning.effort`, Chat Completions' `reasoning_effort`, and for Bedrock's Claude models a
 * thinking budget derived from it. Each provider sends only the values its API takes.
 */
export const REASONING_EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] as const;
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];

export const paneSettingsSchema = z.object({
  systemPrompt: z.string().max(20_000).optional(),
  temperature: z.number().min(0).max(2).optional(),
  maxOutputTokens: z.number().int().min(1).max(200_000).optional(),
  reasoningEffort: z.enum(REASONING_EFFORTS).optional(),
});
export type PaneSettings = z.infer<typeof paneSettingsSchema>;

/** What a provider is asked: one model, one thread, and the pane's settings but its system prompt (already in `messages`). */
export interface ChatRequest extends Omit<PaneSettings, 'systemPrompt'> {
  model: string;
  messages: ChatMessage[];
}

/** Another cloud a pane may fail over to: a profile and the id of the same model there. */
export const paneFallbackSchema = z.object({
  profileId: z.string().min(1).max(100),
  model: z.string().trim().min(1).max(200),
});
export type PaneFallback = z.infer<typeof paneFallbackSchema>;

/** One pane of the compare workspace: which profile, model and region answer in it. */
export const paneSpecSchema = z.object({
  paneId: z.string().min(1).max(100),
  profileId: z.string().min(1).max(100),
  model: z.string().trim().min(1, 'Pick a model.').max(200),
  settings: paneSettingsSchema.default({}),
  /**
   * Opt-in failover, tried in order when the pane's cloud fails before its first token with a
   * rate limit, quota, server error, timeout or network error. Absent or empty: no failover.
   */
  fallbacks: z.array(paneFallbackSchema).max(3).optional(),
});
export type PaneSpec = z.infer<typeof paneSpecSchema>;

export const sendTurnInputSchema = z.object({
  /** Omit to start a new conversation. */
  conversationId: z.string().min(1).max(100).optional(),
  prompt: z.string().trim().min(1, 'Type a message first.').max(200_000),
  /** Files added with addAttachment, sent after the prompt's text to every pane. */
  attachments: promptAttachmentsSchema.default([]),
  /** The panes that receive this prompt (all panes, or the one the user picked). */
  panes: z.array(paneSpecSchema).min(1).max(4),
  /** An edited prompt: the conversation's last turn, which this one replaces with its answers. */
  replaceTurnId: z.string().min(1).max(100).optional(),
});
export type SendTurnInput = z.infer<typeof sendTurnInputSchema>;

/**
 * The pane a conversation's syntheses are recorded in ("Merge answers"): one per conversation,
 * never shown as a pane of the workspace.
 */
export const SYNTHESIS_PANE_ID = 'synthesis';

export const synthesizeInputSchema = z.object({
  conversationId: z.string().min(1).max(100),
  turnId: z.string().min(1).max(100),
  /** The model that reads the turn's answers and writes one. */
  profileId: z.string().min(1).max(100),
  model: z.string().trim().min(1, 'Pick a model.').max(200),
});
export type SynthesizeInput = z.infer<typeof synthesizeInputSchema>;

export const regenerateInputSchema = z.object({
  conversationId: z.string().min(1).max(100),
  pane: paneSpecSchema,
});
export type RegenerateInput = z.infer<typeof regenerateInputSchema>;

export interface StartedStream {
  paneId: string;
  streamId: string;
  messageId: string;
}

export interface SendTurnResult {
  conversationId: string;
  turnId: string;
  streams: StartedStream[];
}

// The answer's shapes are defined once in answer.ts; these names stay for the IPC contract.
export type { Cost, MessageStatus, StreamOutcome } from './answer';

/**
 * Which answer a stream event is about. Main knows it before the stream starts (history creates
 * the message first), so the renderer can place parts that arrive before sendTurn returns, or
 * for a conversation reopened mid-stream, without waiting to learn which stream is which.
 */
export interface StreamEventTarget {
  streamId: string;
  paneId: string;
  conversationId: string;
  turnId: string;
  messageId: string;
}

/** Main → renderer: one stream's parts in a streamParts message (deltas coalesced). */
export interface StreamPartsEvent extends StreamEventTarget {
  parts: StreamPart[];
}

/** Main → renderer: a stream has ended. */
export interface StreamDoneEvent extends StreamEventTarget {
  outcome: StreamOutcome;
}
