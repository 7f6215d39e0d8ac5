// One pane's answer to one turn, defined once: what the chat service folds a stream into, what
// the stream's end reports, what history keeps and exports, and what the renderer shows are all
// derived from these schemas, so a new figure is added here and in the fold, not in every layer.
import { z } from 'zod';
import { paneSettingsSchema } from './chat';
import { ANSWER_VOTES } from './decisions';
import { PROVIDER_KINDS } from './providers';
import { ERROR_KINDS, FINISH_REASONS, type StreamPart } from './stream';

const id = z.string().min(1).max(100);
const count = z.number().int().nonnegative();

/** The protocols an answer can come over: OpenAI's two APIs, or Bedrock's Converse. */
export const ANSWER_APIS = ['responses', 'chat-completions', 'converse'] as const;
export type AnswerApi = (typeof ANSWER_APIS)[number];
const figure = z.number().nonnegative();

/** How the app counts tokens the cloud did not report: OpenAI's o200k tokenizer, or characters. */
export const TOKEN_COUNTERS = ['o200k', 'chars'] as const;
export type TokenCounter = (typeof TOKEN_COUNTERS)[number];

export const usageSchema = z.object({
  inputTokens: count,
  outputTokens: count,
  totalTokens: count,
  /** Reasoning tokens, where the cloud reports them (included in outputTokens). */
  reasoningTokens: count.optional(),
  /** Input tokens read from the cloud's prompt cache, where it reports them (included in inputTokens). */
  cachedInputTokens: count.optional(),
});
export type Usage = z.infer<typeof usageSchema>;

export const costSchema = z.object({
  currency: z.literal('USD'),
  input: figure,
  output: figure,
  total: figure,
  /** The date of the price table row that was used, so old answers stay explainable. */
  priceDate: z.string().max(40),
  /** Where the rates came from, in words ("genai-prices 0.1.8", or the user's own source). */
  source: z.string().max(200).optional(),
  /** The user's price-overrides.json priced it: shown as "your price", never as list price. */
  byUser: z.boolean().optional(),
  /** The rates applied, USD per 1M tokens (after any long-prompt tier), for the hover text. */
  rates: z
    .object({
      inputPerMillion: figure,
      outputPerMillion: figure,
      cachedInputPerMillion: figure.optional(),
    })
    .optional(),
  /** Set when the cloud reported no usage (a stopped or cut answer): the app counted the tokens. */
  estimatedTokens: z
    .object({
      input: count,
      output: count,
      /** How: the model family's own tokenizer, or about four characters a token. */
      counter: z.enum(TOKEN_COUNTERS).optional(),
      /**
       * Files sent with the thread, not in `input`: their tokens depend on how each cloud reads
       * them (an image's size in tiles or pixels), which only the cloud reports.
       */
      filesLeftOut: count.optional(),
    })
    .optional(),
});
export type Cost = z.infer<typeof costSchema>;

export const MESSAGE_STATUSES = ['streaming', 'complete', 'stopped', 'error'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const answerErrorSchema = z.object({
  kind: z.enum(ERROR_KINDS),
  /** Plain words naming the cloud and the cause. Never contains a secret. */
  message: z.string(),
  retryable: z.boolean().optional(),
});

/** A cloud a pane tried before the one that answered: who, how it failed, and how long it took. */
export const failedAttemptSchema = z.object({
  providerKind: z.enum(PROVIDER_KINDS),
  providerName: z.string().max(200),
  model: z.string().max(200),
  region: z.string().max(40).optional(),
  errorKind: z.enum(ERROR_KINDS),
  status: z.number().int().optional(),
  message: z.string().max(2000),
  requestId: z.string().max(200).optional(),
  elapsedMs: figure,
});
export type FailedAttempt = z.infer<typeof failedAttemptSchema>;

/**
 * Figures measured in main for every stream (electron/main/providers/stream-metrics.ts). A new
 * figure added here is stored (history's extras), exported and shown with no other shape to edit.
 */
export const answerMetricsSchema = z.object({
  /** Request sent to first text or reasoning delta, in ms; null when none arrived. */
  ttftMs: figure.nullable(),
  /** Request sent to the last part, in ms; null until the stream ended (or cut off by a crash). */
  totalMs: figure.nullable(),
  /** Output tokens per second after the first token; null when it cannot be known. */
  tokensPerSecond: figure.nullable(),
  usage: usageSchema.optional(),
});
const measuredMetricsSchema = answerMetricsSchema.extend({ totalMs: figure });
/** What main measured once a stream has ended. */
export type StreamMetrics = z.infer<typeof measuredMetricsSchema>;

/** What an answer's cloud is called when the answer does not name its provider profile. */
export const UNKNOWN_CLOUD = 'Unknown provider';

/** The canonical answer. */
export const answerSchema = z.object({
  messageId: id,
  conversationId: id,
  turnId: id,
  paneId: id,
  /** What was asked to answer (a pane may switch model between turns). */
  providerKind: z.enum(PROVIDER_KINDS).optional(),
  providerName: z.string().max(200).optional(),
  model: z.string().max(200).optional(),
  /** The pane settings this answer was asked with; absent for answers saved before they were kept. */
  settings: paneSettingsSchema.optional(),
  text: z.string(),
  reasoning: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  finishReason: z.enum(FINISH_REASONS).optional(),
  error: answerErrorSchema.optional(),
  metrics: answerMetricsSchema,
  cost: costSchema.optional(),
  /** Why a billed answer has no cost, in words ("No price is known for x on OpenAI."). */
  unpricedReason: z.string().max(300).optional(),
  /** The exact model id the cloud reported serving (e.g. `gpt-4o-2024-08-06`). */
  providerModelId: z.string().max(200).optional(),
  region: z.string().max(40).optional(),
  requestId: z.string().max(200).optional(),
  /** The wire protocol the answer came over. */
  api: z.enum(ANSWER_APIS).optional(),
  /** OpenAI's system fingerprint and service tier, where the cloud sent them: parity evidence. */
  systemFingerprint: z.string().max(100).optional(),
  serviceTier: z.string().max(40).optional(),
  /** Clouds tried before this one failed over to the cloud that answered, oldest first. */
  attempts: z.array(failedAttemptSchema).optional(),
  /** The turn continues from this answer in every pane ("Continue with this answer"). */
  chosen: z.boolean().optional(),
  /** How this answer fared in its turn's vote, and whether clouds were hidden when it was cast. */
  vote: z.enum(ANSWER_VOTES).optional(),
  votedBlind: z.boolean().optional(),
});
export type Answer = z.infer<typeof answerSchema>;

/** How a stream ended: the answer's outcome and figures, sent once per stream after its last part. */
export const streamOutcomeSchema = answerSchema
  .pick({
    // Who was asked, so a live answer names its cloud like one reopened from history does.
    providerKind: true,
    api: true,
    systemFingerprint: true,
    serviceTier: true,
    attempts: true,
    providerName: true,
    model: true,
    text: true,
    reasoning: true,
    finishReason: true,
    error: true,
    metrics: true,
    cost: true,
    unpricedReason: true,
    providerModelId: true,
    region: true,
    requestId: true,
  })
  .extend({
    status: z.enum(['complete', 'stopped', 'error']),
    metrics: measuredMetricsSchema,
  });
export type StreamOutcome = z.infer<typeof streamOutcomeSchema>;

/**
 * An answer as history keeps and exports it (export format v1's message): the answer's fields
 * under the names the file format has always used, plus when it was written.
 */
export const messageRecordSchema = answerSchema
  .pick({
    conversationId: true,
    turnId: true,
    paneId: true,
    providerKind: true,
    providerName: true,
    model: true,
    settings: true,
    status: true,
    finishReason: true,
    cost: true,
    unpricedReason: true,
    providerModelId: true,
    region: true,
    requestId: true,
    api: true,
    systemFingerprint: true,
    serviceTier: true,
    attempts: true,
    chosen: true,
    vote: true,
    votedBlind: true,
  })
  .extend({
    id,
    role: z.enum(['user', 'assistant']),
    content: answerSchema.shape.text,
    reasoning: answerSchema.shape.reasoning.optional(),
    errorKind: answerErrorSchema.shape.kind.optional(),
    errorMessage: answerErrorSchema.shape.message.optional(),
    // The answer's metrics, flat as export v1 has them (ttftMs, totalMs, …, usage).
    ...answerMetricsSchema.partial().shape,
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
  });
export type MessageRecord = z.infer<typeof messageRecordSchema>;

/** A new answer, before any part of its stream arrived. */
export function emptyAnswer(
  identity: Pick<Answer, 'messageId' | 'conversationId' | 'turnId' | 'paneId'> &
    Partial<Pick<Answer, 'providerKind' | 'providerName' | 'model' | 'settings' | 'region'>>,
): Answer {
  return {
    ...identity,
    text: '',
    reasoning: '',
    status: 'streaming',
    metrics: { ttftMs: null, totalMs: null, tokensPerSecond: null },
  };
}

/**
 * The one fold of stream parts into an answer, in main and in the renderer. Pure: returns the
 * same object when nothing changed, so a store keeps its references. Deltas are joined once per
 * call rather than per part, since a batch may hold hundreds of them.
 */
export function foldStreamParts(answer: Answer, parts: readonly StreamPart[]): Answer {
  let next = answer;
  let text = '';
  let reasoning = '';
  for (const part of parts) {
    switch (part.type) {
      case 'text-delta':
        text += part.delta;
        break;
      case 'reasoning-delta':
        reasoning += part.delta;
        break;
      case 'start':
        next = {
          ...next,
          region: part.region ?? next.region,
          ...(part.requestId !== undefined ? { requestId: part.requestId } : {}),
        };
        break;
      case 'failover': {
        // The next cloud answers: the answer is now its, and the failed try is kept with it.
        const { region: _old, requestId: _oldRequest, ...rest } = next;
        next = {
          ...rest,
          providerKind: part.next.providerKind,
          providerName: part.next.providerName,
          model: part.next.model,
          ...(part.next.region !== undefined ? { region: part.next.region } : {}),
          attempts: [...(next.attempts ?? []), part.failed],
        };
        break;
      }
      case 'served-model':
        next = {
          ...next,
          providerModelId: part.providerModelId,
          ...(part.systemFingerprint !== undefined
            ? { systemFingerprint: part.systemFingerprint }
            : {}),
          ...(part.serviceTier !== undefined ? { serviceTier: part.serviceTier } : {}),
        };
        break;
      case 'finish': {
        // A finish after an error means the stream recovered and ended well: the last word wins.
        const { error: _cleared, ...rest } = next;
        next = {
          ...rest,
          finishReason: part.finishReason,
          ...(part.providerModelId !== undefined ? { providerModelId: part.providerModelId } : {}),
          ...(part.usage !== undefined ? { metrics: { ...next.metrics, usage: part.usage } } : {}),
        };
        break;
      }
      case 'error':
        next = {
          ...next,
          error: { kind: part.kind, message: part.message, retryable: part.retryable },
        };
        break;
    }
  }
  if (text !== '' || reasoning !== '') {
    next = { ...next, text: next.text + text, reasoning: next.reasoning + reasoning };
  }
  return next;
}

/** What a text or reasoning delta changes in an answer; every other field stays the same object. */
const GROWING_FIELDS: ReadonlySet<string> = new Set<keyof Answer>(['text', 'reasoning']);

/**
 * Whether two versions of an answer differ at most in what deltas grow (its text and reasoning):
 * a view of everything else need not render again for a token.
 */
export function sameApartFromGrowth<T extends Answer>(a: T | undefined, b: T | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof T & string)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => GROWING_FIELDS.has(key) || Object.is(a[key], b[key]));
}

/** Whether the folded parts said how the stream ended (a finish or an error part). */
function ended(answer: Answer): boolean {
  return answer.error !== undefined || answer.finishReason !== undefined;
}

/**
 * The done step in main: the stream's measured figures, and its status from how it ended. A
 * stream that ends with neither finish nor error was cut short somewhere we could not see.
 */
export function finishAnswer(answer: Answer, metrics: StreamMetrics): Answer {
  const finished: Answer = { ...answer, metrics: { ...metrics } };
  if (finished.metrics.usage === undefined) delete finished.metrics.usage;
  if (!ended(answer)) {
    return {
      ...finished,
      status: 'error',
      error: {
        kind: 'network',
        message: 'The answer ended without saying it was finished.',
        retryable: true,
      },
    };
  }
  const error = answer.error;
  if (error === undefined) return { ...finished, status: 'complete' };
  // A stop the user asked for is not a failure: the partial answer is simply kept.
  return { ...finished, status: error.kind === 'cancelled' ? 'stopped' : 'error' };
}

/** The outcome part of a finished answer, as the stream's end reports it. */
export function outcomeOf(answer: Answer): StreamOutcome {
  // Every field the outcome schema has, taken from the answer when set, so a field added to the
  // schema reaches history without another edit here.
  const fields: Partial<Record<(typeof OUTCOME_KEYS)[number], unknown>> = {};
  for (const key of OUTCOME_KEYS) if (answer[key] !== undefined) fields[key] = answer[key];
  return {
    ...(fields as Omit<StreamOutcome, 'status' | 'metrics'>),
    status: answer.status === 'streaming' ? 'error' : answer.status,
    metrics: { ...answer.metrics, totalMs: answer.metrics.totalMs ?? 0 },
  };
}

const OUTCOME_KEYS = streamOutcomeSchema.keyof().options;

/** The done step in the renderer: the stream's outcome is what history keeps, so it wins. */
export function applyOutcome(answer: Answer, outcome: StreamOutcome): Answer {
  const next: Answer = {
    ...answer,
    ...outcome,
    finishReason: outcome.finishReason ?? answer.finishReason,
    providerModelId: outcome.providerModelId ?? answer.providerModelId,
    region: outcome.region ?? answer.region,
    requestId: outcome.requestId ?? answer.requestId,
    error: outcome.error ?? (outcome.status === 'error' ? answer.error : undefined),
    metrics: { ...outcome.metrics, usage: outcome.metrics.usage ?? answer.metrics.usage },
  };
  return next;
}

const METRIC_KEYS = answerMetricsSchema.keyof().options;

function metricsOfRecord(record: MessageRecord): Answer['metrics'] {
  const metrics: Answer['metrics'] = { ttftMs: null, totalMs: null, tokensPerSecond: null };
  for (const key of METRIC_KEYS) {
    if (record[key] !== undefined) Object.assign(metrics, { [key]: record[key] });
  }
  return metrics;
}

/** The record fields of a finished stream's outcome, as history stores them. */
export function recordFieldsOfOutcome(
  outcome: StreamOutcome,
): Omit<
  MessageRecord,
  'id' | 'conversationId' | 'turnId' | 'paneId' | 'role' | 'createdAt' | 'updatedAt'
> {
  const { text, reasoning, error, metrics, ...rest } = outcome;
  return {
    ...rest,
    ...metrics,
    content: text,
    reasoning,
    ...(error ? { errorKind: error.kind, errorMessage: error.message } : {}),
  };
}

/** An answer from its history record. */
export function answerFromRecord(record: MessageRecord): Answer {
  const answer: Answer = {
    messageId: record.id,
    conversationId: record.conversationId,
    turnId: record.turnId,
    paneId: record.paneId,
    text: record.content,
    reasoning: record.reasoning ?? '',
    status: record.status,
    metrics: metricsOfRecord(record),
  };
  for (const key of [
    'providerKind',
    'providerName',
    'model',
    'settings',
    'finishReason',
    'cost',
    'unpricedReason',
    'providerModelId',
    'region',
    'requestId',
    'api',
    'systemFingerprint',
    'serviceTier',
    'attempts',
    'chosen',
    'vote',
    'votedBlind',
  ] as const) {
    if (record[key] !== undefined) Object.assign(answer, { [key]: record[key] });
  }
  if (record.errorKind && record.errorMessage) {
    answer.error = { kind: record.errorKind, message: record.errorMessage };
  }
  return answer;
}
