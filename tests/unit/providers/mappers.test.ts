// The small mappers, fed what the SDKs really produce: their own error classes and recorded
// chunk shapes.
import { describe, expect, it } from 'vitest';
import { APIError, APIUserAbortError } from 'openai';
import { ThrottlingException, ValidationException } from '@aws-sdk/client-bedrock-runtime';
import { mapOpenAiFinishReason } from '../../../electron/main/providers/map-openai-finish-reason';
import { mapBedrockStopReason } from '../../../electron/main/providers/map-bedrock-stop-reason';
import { mapOpenAiError } from '../../../electron/main/providers/map-openai-error';
import { mapBedrockError } from '../../../electron/main/providers/map-bedrock-error';
import { createOpenAiChunkMapper } from '../../../electron/main/providers/map-openai-chunks';
import { missingCredentialsMessage } from '../../../electron/main/providers/missing-credentials';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';

const openAi = {
  label: 'OpenAI',
  credentialName: 'API key',
  secrets: ['sk-proj-0123456789abcdefXYZW'],
};
const bedrock = {
  label: 'AWS Bedrock (us-east-1)',
  credentialName: 'AWS access keys',
  secrets: [],
};

describe('finish and stop reasons', () => {
  it('maps OpenAI finish reasons', () => {
    expect(mapOpenAiFinishReason('stop')).toBe('stop');
    expect(mapOpenAiFinishReason('length')).toBe('length');
    expect(mapOpenAiFinishReason('content_filter')).toBe('content-filter');
    expect(mapOpenAiFinishReason('tool_calls')).toBe('tool-calls');
    expect(mapOpenAiFinishReason('something_new')).toBe('other');
  });

  it('maps Bedrock stop reasons', () => {
    expect(mapBedrockStopReason('end_turn')).toBe('stop');
    expect(mapBedrockStopReason('stop_sequence')).toBe('stop');
    expect(mapBedrockStopReason('max_tokens')).toBe('length');
    expect(mapBedrockStopReason('guardrail_intervened')).toBe('content-filter');
    expect(mapBedrockStopReason('content_filtered')).toBe('content-filter');
    expect(mapBedrockStopReason('tool_use')).toBe('tool-calls');
    expect(mapBedrockStopReason(undefined)).toBe('other');
  });
});

describe('mapOpenAiError', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('reads retry-after-ms before retry-after', () => {
    const error = APIError.generate(
      429,
      { error: { message: 'slow down' } },
      undefined,
      headers({ 'retry-after-ms': '1500', 'retry-after': '9' }),
    );
    expect(mapOpenAiError(error, openAi)).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 1500,
      status: 429,
    });
  });

  it('tells quota from rate limit', () => {
    const error = APIError.generate(
      429,
      { error: { message: 'quota', code: 'insufficient_quota', type: 'insufficient_quota' } },
      undefined,
      headers({}),
    );
    expect(mapOpenAiError(error, openAi).kind).toBe('quota');
  });

  it('scrubs a key quoted back by the server out of the message', () => {
    const error = APIError.generate(
      400,
      { error: { message: 'Bad request for key sk-proj-0123456789abcdefXYZW' } },
      undefined,
      headers({}),
    );
    const part = mapOpenAiError(error, openAi);
    expect(part.kind).toBe('bad-request');
    expect(part.message).not.toContain('0123456789abcdef');
  });

  it('treats the SDK abort as cancelled', () => {
    expect(mapOpenAiError(new APIUserAbortError(), openAi).kind).toBe('cancelled');
  });
});

describe('mapBedrockError', () => {
  it('maps the SDK’s own exception classes', () => {
    const throttle = new ThrottlingException({
      message: 'Too many requests',
      $metadata: { httpStatusCode: 429 },
    });
    expect(mapBedrockError(throttle, bedrock)).toMatchObject({
      kind: 'rate-limit',
      status: 429,
      retryable: true,
    });
    const tooLong = new ValidationException({
      message: 'Input is too long for requested model.',
      $metadata: { httpStatusCode: 400 },
    });
    expect(mapBedrockError(tooLong, bedrock).kind).toBe('context-length');
    const invalid = new ValidationException({
      message: 'Malformed input request',
      $metadata: { httpStatusCode: 400 },
    });
    expect(mapBedrockError(invalid, bedrock)).toMatchObject({ kind: 'bad-request' });
  });

  it('explains an expired SSO sign-in', () => {
    const error = Object.assign(
      new Error('The SSO session associated with this profile has expired.'),
      { name: 'CredentialsProviderError' },
    );
    const part = mapBedrockError(error, { ...bedrock, credentialName: 'AWS profile "dev"' });
    expect(part.kind).toBe('auth');
    expect(part.message).toContain('aws sso login');
  });

  it('reports a refused connection as a network error that names the cloud', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    const part = mapBedrockError(error, bedrock);
    expect(part.kind).toBe('network');
    expect(part.message).toContain('AWS Bedrock (us-east-1)');
  });
});

describe('createOpenAiChunkMapper', () => {
  const chunk = (
    choices: ChatCompletionChunk['choices'],
    extra: Partial<ChatCompletionChunk> = {},
  ): ChatCompletionChunk => ({
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'gpt-4o-2024-08-06',
    choices,
    ...extra,
  });

  it('maps the served model (once, skipping Azure\u2019s empty one), text, reasoning, the finish reason and the trailing usage chunk', () => {
    const mapper = createOpenAiChunkMapper();
    const reasoningDelta = {
      role: 'assistant',
      reasoning_content: 'hmm',
    } as ChatCompletionChunk.Choice.Delta;
    const parts = [
      ...mapper.map(chunk([], { model: '' })),
      ...mapper.map(chunk([{ index: 0, delta: reasoningDelta, finish_reason: null }])),
      ...mapper.map(chunk([{ index: 0, delta: { content: 'Hi' }, finish_reason: null }])),
      ...mapper.map(chunk([{ index: 0, delta: {}, finish_reason: 'stop' }])),
      ...mapper.map(
        chunk([], { usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 } }),
      ),
    ];
    // The served model comes as soon as a chunk names it, so a stopped answer still has it.
    expect(parts).toEqual([
      { type: 'served-model', providerModelId: 'gpt-4o-2024-08-06' },
      { type: 'reasoning-delta', delta: 'hmm' },
      { type: 'text-delta', delta: 'Hi' },
    ]);
    expect(mapper.end()).toEqual({
      type: 'finish',
      finishReason: 'stop',
      rawFinishReason: 'stop',
      usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 },
      providerModelId: 'gpt-4o-2024-08-06',
    });
  });

  it('has no closing part when no finish reason came', () => {
    const mapper = createOpenAiChunkMapper();
    mapper.map(chunk([{ index: 0, delta: { content: 'Hi' }, finish_reason: null }]));
    expect(mapper.end()).toBeUndefined();
  });
});

describe('words for the user', () => {
  it('lists every missing key by name', () => {
    const message = missingCredentialsMessage(
      { kind: 'bedrock', id: 'b', name: 'Work AWS', region: 'eu-west-1', authMode: 'access-key' },
      ['accessKeyId', 'secretAccessKey'],
    );
    expect(message).toBe(
      'AWS Bedrock needs the AWS access key ID and AWS secret access key for “Work AWS”. Set them in Settings.',
    );
  });
});
