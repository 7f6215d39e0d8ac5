// Responses API stream events → stream parts. One mapper for OpenAI, Azure OpenAI and OpenAI on
// Bedrock (Mantle): they send the same `ResponseStreamEvent`s. The start part comes from the
// response headers (request id), so it is not made here.
import { errorPart } from './error-part';
import { briefServerText } from '../security/redact-secrets';
import type {
  Response,
  ResponseStreamEvent,
  ResponseUsage,
} from 'openai/resources/responses/responses';
import type { ErrorPart, FinishPart, StreamPart, Usage } from '../../../shared/stream';

export interface ResponsesEventMapper {
  map(event: ResponseStreamEvent): StreamPart[];
  /** The closing part once the stream is over; undefined when the response never ended. */
  end(): StreamPart | undefined;
}

/** Marks a refusal so it reads apart from an answer (a Markdown quote, labelled). */
export const REFUSAL_PREFIX = '> **Refused:** ';

function usageOf(usage: ResponseUsage | null | undefined): Usage | undefined {
  if (!usage) return undefined;
  const reasoningTokens = usage.output_tokens_details?.reasoning_tokens;
  const cachedInputTokens = usage.input_tokens_details?.cached_tokens;
  return {
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    totalTokens: usage.total_tokens,
    ...(reasoningTokens ? { reasoningTokens } : {}),
    ...(cachedInputTokens ? { cachedInputTokens } : {}),
  };
}

/**
 * A failed response or an `error` event → an error part of the right kind. `code` is the
 * Responses API's error code (`rate_limit_exceeded`, `server_error`, `insufficient_quota`, …).
 */
export function mapResponsesFailure(
  label: string,
  code: string | null | undefined,
  said: string | undefined,
): ErrorPart {
  const detail = said ? ` The server said: "${said}"` : '';
  switch (code) {
    case 'rate_limit_exceeded':
      return errorPart(
        'rate-limit',
        `${label} is rate-limiting requests and stopped the answer. Wait a moment and try again.${detail}`,
      );
    case 'insufficient_quota':
      return errorPart(
        'quota',
        `${label} says this account has run out of quota. Check the plan and billing.`,
      );
    case 'context_length_exceeded':
      return errorPart(
        'context-length',
        `The conversation is too long for this model on ${label}. Start a new conversation or pick a model with a larger context.`,
      );
    case 'invalid_prompt':
    case 'bio_policy':
    case 'content_filter':
      return errorPart(
        'content-filter',
        `${label} refused the prompt under its usage policy. Rephrase it and try again.${detail}`,
      );
    case 'server_error':
    case null:
    case undefined:
      return errorPart(
        'server',
        `${label} reported an error in the middle of the answer. Try again.${detail}`,
      );
    default:
      return errorPart('bad-request', `${label} could not complete the answer (${code}).${detail}`);
  }
}

export function createResponsesEventMapper(
  label: string,
  secrets: readonly (string | undefined)[],
): ResponsesEventMapper {
  let ending: StreamPart | undefined;
  let providerModelId: string | undefined;
  let refusing = false;
  let lastSummary: string | undefined;

  const finish = (
    response: Response,
    part: Omit<FinishPart, 'type' | 'usage' | 'providerModelId'>,
  ): FinishPart => {
    const usage = usageOf(response.usage);
    const model = response.model || providerModelId;
    return {
      type: 'finish',
      ...part,
      ...(usage ? { usage } : {}),
      ...(model ? { providerModelId: model } : {}),
    };
  };

  return {
    map(event) {
      switch (event.type) {
        case 'response.created':
        case 'response.in_progress':
          if (!event.response.model || providerModelId !== undefined) return [];
          providerModelId = event.response.model;
          return [
            {
              type: 'served-model',
              providerModelId,
              ...(event.response.service_tier ? { serviceTier: event.response.service_tier } : {}),
            },
          ];
        case 'response.output_text.delta':
          refusing = false;
          return event.delta ? [{ type: 'text-delta', delta: event.delta }] : [];
        case 'response.refusal.delta': {
          if (!event.delta) return [];
          // Quote every line, so a refusal of several lines stays one labelled quote.
          const body = event.delta.replace(/\n/g, '\n> ');
          const delta = refusing ? body : `${REFUSAL_PREFIX}${body}`;
          refusing = true;
          return [{ type: 'text-delta', delta }];
        }
        case 'response.reasoning_summary_text.delta':
        case 'response.reasoning_text.delta': {
          if (!event.delta) return [];
          // Summaries come in parts (summary_index); keep them apart as paragraphs.
          const key = `${event.item_id}:${'summary_index' in event ? event.summary_index : event.content_index}`;
          const gap = lastSummary !== undefined && lastSummary !== key ? '\n\n' : '';
          lastSummary = key;
          return [{ type: 'reasoning-delta', delta: `${gap}${event.delta}` }];
        }
        case 'response.completed':
          ending = finish(event.response, { finishReason: 'stop', rawFinishReason: 'completed' });
          return [];
        case 'response.incomplete': {
          const reason = event.response.incomplete_details?.reason;
          ending = finish(event.response, {
            finishReason:
              reason === 'content_filter'
                ? 'content-filter'
                : reason === 'max_output_tokens'
                  ? 'length'
                  : 'other',
            rawFinishReason: reason ?? 'incomplete',
          });
          return [];
        }
        case 'response.failed': {
          const error = event.response.error;
          ending = mapResponsesFailure(
            label,
            error?.code,
            briefServerText(error?.message, secrets),
          );
          return [];
        }
        default:
          return [];
      }
    },
    end() {
      return ending;
    },
  };
}
