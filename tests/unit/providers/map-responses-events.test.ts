// The Responses mapper fed event shapes recorded from real streams (summary parts, refusals,
// incomplete and failed responses), typed by the `openai` package's own ResponseStreamEvent.
import { describe, expect, it } from 'vitest';
import {
  createResponsesEventMapper,
  mapResponsesFailure,
  REFUSAL_PREFIX,
} from '../../../electron/main/providers/map-responses-events';
import type { Response, ResponseStreamEvent } from 'openai/resources/responses/responses';
import type { StreamPart } from '../../../shared/stream';

const SECRET = 'sk-proj-0123456789abcdefXYZW';

function response(fields: Partial<Response>): Response {
  return { id: 'resp_1', model: 'gpt-5.5-2026-04-23', usage: null, ...fields } as Response;
}

function feed(events: ResponseStreamEvent[]): { parts: StreamPart[]; end?: StreamPart } {
  const mapper = createResponsesEventMapper('OpenAI', [SECRET]);
  const parts = events.flatMap((e) => mapper.map(e));
  return { parts, end: mapper.end() };
}

const summary = (delta: string, summary_index: number) =>
  ({
    type: 'response.reasoning_summary_text.delta',
    delta,
    item_id: 'rs_1',
    output_index: 0,
    summary_index,
    sequence_number: 0,
  }) as ResponseStreamEvent;

describe('Responses events', () => {
  it('keeps summary parts apart as paragraphs', () => {
    const { parts } = feed([summary('**Plan**', 0), summary(' A', 0), summary('**Check**', 1)]);
    expect(parts.map((p) => (p.type === 'reasoning-delta' ? p.delta : ''))).toEqual([
      '**Plan**',
      ' A',
      '\n\n**Check**',
    ]);
  });

  it('labels a refusal once and keeps every line of it inside the quote', () => {
    const refusal = (delta: string) =>
      ({
        type: 'response.refusal.delta',
        delta,
        item_id: 'msg_1',
        output_index: 0,
        content_index: 0,
        sequence_number: 0,
      }) as ResponseStreamEvent;
    const { parts } = feed([refusal("I can't"), refusal(' help.\nSorry.')]);
    const text = parts.map((p) => (p.type === 'text-delta' ? p.delta : '')).join('');
    expect(text).toBe(`${REFUSAL_PREFIX}I can't help.\n> Sorry.`);
  });

  it('names the served snapshot once, as soon as the response is created', () => {
    const created = (type: 'response.created' | 'response.in_progress') =>
      ({ type, response: response({}), sequence_number: 0 }) as ResponseStreamEvent;
    const { parts, end } = feed([created('response.created'), created('response.in_progress')]);
    expect(parts).toEqual([{ type: 'served-model', providerModelId: 'gpt-5.5-2026-04-23' }]);
    // Cut off before any finish: nothing else, and the answer still knows what served it.
    expect(end).toBeUndefined();
  });

  it('finishes with usage, cached and reasoning tokens and the served snapshot', () => {
    const { end } = feed([
      {
        type: 'response.completed',
        sequence_number: 9,
        response: response({
          usage: {
            input_tokens: 120,
            input_tokens_details: { cached_tokens: 100, cache_write_tokens: 0 },
            output_tokens: 50,
            output_tokens_details: { reasoning_tokens: 20 },
            total_tokens: 170,
          },
        }),
      },
    ]);
    expect(end).toEqual({
      type: 'finish',
      finishReason: 'stop',
      rawFinishReason: 'completed',
      providerModelId: 'gpt-5.5-2026-04-23',
      usage: {
        inputTokens: 120,
        outputTokens: 50,
        totalTokens: 170,
        reasoningTokens: 20,
        cachedInputTokens: 100,
      },
    });
  });

  it('maps an incomplete response to length or content-filter', () => {
    const incomplete = (reason: 'max_output_tokens' | 'content_filter') =>
      feed([
        {
          type: 'response.incomplete',
          sequence_number: 1,
          response: response({ status: 'incomplete', incomplete_details: { reason } }),
        },
      ]).end;
    expect(incomplete('max_output_tokens')).toMatchObject({ finishReason: 'length' });
    expect(incomplete('content_filter')).toMatchObject({ finishReason: 'content-filter' });
  });

  it('turns a failed response into an error of the kind its code names, without secrets', () => {
    const { end } = feed([
      {
        type: 'response.failed',
        sequence_number: 1,
        response: response({
          status: 'failed',
          error: { code: 'rate_limit_exceeded', message: `Too many tokens for key ${SECRET}` },
        }),
      },
    ]);
    expect(end).toMatchObject({ type: 'error', kind: 'rate-limit', retryable: true });
    expect(end?.type === 'error' && end.message).not.toContain(SECRET);
  });

  it('names quota and server failures in words', () => {
    expect(mapResponsesFailure('Azure OpenAI', 'insufficient_quota', undefined)).toMatchObject({
      kind: 'quota',
      message: 'Azure OpenAI says this account has run out of quota. Check the plan and billing.',
    });
    expect(mapResponsesFailure('OpenAI', null, undefined).kind).toBe('server');
    expect(mapResponsesFailure('OpenAI', 'image_too_large', 'too big')).toMatchObject({
      kind: 'bad-request',
      message: 'OpenAI could not complete the answer (image_too_large). The server said: "too big"',
    });
  });
});
