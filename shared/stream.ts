// The closed stream-part union every provider maps its SDK's stream onto (modelled on the
// Vercel AI SDK's LanguageModelV2StreamPart). Errors are parts, not throws, so a failing pane
// keeps its partial text and the other panes go on.
import type { Usage } from './answer';
import type { ProviderKind } from './providers';

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
  // The app did not send the request: the model or cloud cannot take an attached file (its
  // type, size or count). Not the cloud's failure, so the leaderboard leaves it out.
  'unsupported-input',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

// Token counts are part of the canonical answer (answer.ts), defined there once.
export type { Usage } from './answer';

export interface StartPart {
  type: 'start';
  /** The model (or deployment / inference profile) that was asked for. */
  model: string;
  region?: string;
  /** The cloud's request id (x-request-id, x-amzn-requestid, apim-request-id), when it sends one. */
  requestId?: string;
}

/**
 * The exact model id the server reported serving, sent as soon as the stream names it (before the
 * finish), so an answer stopped mid-way still knows what served it and can be priced.
 */
export interface ServedModelPart {
  type: 'served-model';
  providerModelId: string;
  /** OpenAI's backend configuration fingerprint (Chat Completions), where sent. */
  systemFingerprint?: string;
  /** The processing tier that served it (`default`, `flex`, `priority`, …), where sent. */
  serviceTier?: string;
}

/**
 * The pane's cloud failed before its first token and the next fallback is being asked: what
 * failed, how, and who answers instead. Only streams with fallbacks send it.
 */
export interface FailoverPart {
  type: 'failover';
  failed: {
    providerKind: ProviderKind;
    providerName: string;
    model: string;
    region?: string;
    errorKind: ErrorKind;
    status?: number;
    message: string;
    requestId?: string;
    /** From the attempt's request to its failure, ms. */
    elapsedMs: number;
  };
  next: {
    profileId: string;
    providerKind: ProviderKind;
    providerName: string;
    model: string;
    region?: string;
  };
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

export type StreamPart =
  | StartPart
  | ServedModelPart
  | FailoverPart
  | TextDeltaPart
  | ReasoningDeltaPart
  | FinishPart
  | ErrorPart;

/** Figures measured in the main process for every stream (defined with the answer, answer.ts). */
export type { StreamMetrics } from './answer';

export function isDeltaPart(part: StreamPart): part is TextDeltaPart | ReasoningDeltaPart {
  return part.type === 'text-delta' || part.type === 'reasoning-delta';
}
