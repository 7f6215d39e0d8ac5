// The closed stream-part union every provider maps its SDK's stream onto (modelled on the
// Vercel AI SDK's LanguageModelV2StreamPart). Errors are parts, not throws, so a failing pane
// keeps its partial text and the other panes go on.

export const FINISH_REASONS = [
  'stop',
  'length',
  'content-filter',
  'tool-calls',
  'error',
  'other',
] as const;
export type FinishReason = (typeof FINISH_REASONS)[number];

export const ERROR_KINDS = [
  'auth',
  'rate-limit',
  'quota',
  'content-filter',
  'context-length',
  'network',
  'timeout',
  'cancelled',
  'server',
  'bad-request',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  /** Reasoning tokens, where the cloud reports them (included in outputTokens). */
  reasoningTokens?: number;
  /** Input tokens read from the cloud's prompt cache, where it reports them (included in inputTokens). */
  cachedInputTokens?: number;
}

export interface StartPart {
  type: 'start';
  /** The model (or deployment / inference profile) that was asked for. */
  model: string;
  region?: string;
  /** The cloud's request id (x-request-id, x-amzn-requestid, apim-request-id), when it sends one. */
  requestId?: string;
}

export interface TextDeltaPart {
  type: 'text-delta';
  delta: string;
}

export interface ReasoningDeltaPart {
  type: 'reasoning-delta';
  delta: string;
}

export interface FinishPart {
  type: 'finish';
  finishReason: FinishReason;
  /** What the cloud literally said (e.g. `end_turn`, `max_tokens`), for the curious. */
  rawFinishReason?: string;
  usage?: Usage;
  /** The exact model id the server reported serving (e.g. `gpt-4o-2024-08-06`). */
  providerModelId?: string;
}

export interface ErrorPart {
  type: 'error';
  kind: ErrorKind;
  /** Plain words naming the cloud and the cause. Never contains a secret. */
  message: string;
  retryable: boolean;
  /** HTTP status when there was one. */
  status?: number;
  /** How long the cloud asked us to wait (retry-after), in milliseconds. */
  retryAfterMs?: number;
}

export type StreamPart = StartPart | TextDeltaPart | ReasoningDeltaPart | FinishPart | ErrorPart;

/** Figures measured in the main process for every stream. */
export interface StreamMetrics {
  /** Request sent to first text or reasoning delta, in ms; null when none arrived. */
  ttftMs: number | null;
  /** Request sent to the last part, in ms. */
  totalMs: number;
  /** Output tokens per second after the first token; null when it cannot be known. */
  tokensPerSecond: number | null;
  usage?: Usage;
}

export function isDeltaPart(part: StreamPart): part is TextDeltaPart | ReasoningDeltaPart {
  return part.type === 'text-delta' || part.type === 'reasoning-delta';
}
