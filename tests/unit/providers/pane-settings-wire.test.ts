// The pane's settings on the wire: what Converse is sent for each model, a refused setting named
// in plain words, and a content filter that ends an answer as a finish that keeps its usage.
import { describe, expect, it } from 'vitest';
import { APIError } from 'openai';
import { ValidationException } from '@aws-sdk/client-bedrock-runtime';
import { converseSettings } from '../../../electron/main/providers/bedrock';
import {
  rejectedBedrockSetting,
  rejectedOpenAiSetting,
} from '../../../electron/main/providers/rejected-setting';
import { createOpenAiChunkMapper } from '../../../electron/main/providers/map-openai-chunks';
import { createBedrockEventMapper } from '../../../electron/main/providers/map-bedrock-events';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';

const CLAUDE = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';
const messages = [{ role: 'user' as const, content: 'hi' }];

describe('converseSettings', () => {
  it('turns an effort into Claude thinking with maxTokens above the budget', () => {
    expect(converseSettings({ model: CLAUDE, messages, reasoningEffort: 'medium' })).toEqual({
      inferenceConfig: { maxTokens: 8192 + 4096 },
      additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 8192 } },
      sent: ['thinking', 'maxTokens'],
    });
    expect(
      converseSettings({ model: CLAUDE, messages, reasoningEffort: 'low', maxOutputTokens: 500 })
        .inferenceConfig,
    ).toEqual({ maxTokens: 2048 + 500 });
  });

  it('sends no thinking for effort none, and the plain settings as they are', () => {
    expect(
      converseSettings({ model: CLAUDE, messages, reasoningEffort: 'none', temperature: 0.2 }),
    ).toEqual({ inferenceConfig: { temperature: 0.2 }, sent: ['temperature'] });
  });

  it('passes gpt-oss its reasoning_effort and other models nothing', () => {
    expect(
      converseSettings({ model: 'openai.gpt-oss-120b-1:0', messages, reasoningEffort: 'high' }),
    ).toEqual({
      additionalModelRequestFields: { reasoning_effort: 'high' },
      sent: ['reasoning_effort'],
    });
    expect(
      converseSettings({
        model: 'meta.llama3-1-70b-instruct-v1:0',
        messages,
        reasoningEffort: 'high',
      }),
    ).toEqual({ sent: [] });
  });
});

describe('a refused setting', () => {
  const context = { label: 'OpenAI', model: 'gpt-5.5', sent: ['temperature'], secrets: [] };

  it('names the parameter OpenAI refused and where to clear it', () => {
    const error = APIError.generate(
      400,
      {
        error: {
          message:
            "Unsupported value: 'temperature' does not support 0.3 with this model. Only the default (1) value is supported.",
          type: 'invalid_request_error',
          param: 'temperature',
          code: 'unsupported_value',
        },
      },
      undefined,
      new Headers(),
    );
    const part = rejectedOpenAiSetting(error, context);
    expect(part?.kind).toBe('bad-request');
    expect(part?.message).toMatch(
      /^OpenAI does not accept 'temperature' for gpt-5\.5\. Clear it in the pane settings\./,
    );
    // A parameter the pane did not send is not the pane's fault.
    expect(rejectedOpenAiSetting(error, { ...context, sent: [] })).toBeUndefined();
  });

  it('blames the setting a Bedrock ValidationException names first', () => {
    const error = new ValidationException({
      message:
        'The model returned the following errors: `temperature` may only be set to 1 when thinking is enabled.',
      $metadata: { httpStatusCode: 400 },
    });
    const part = rejectedBedrockSetting(error, {
      label: 'AWS Bedrock (us-east-1)',
      model: CLAUDE,
      sent: ['thinking', 'maxTokens', 'temperature'],
      secrets: [],
    });
    expect(part?.message).toContain(
      `AWS Bedrock (us-east-1) does not accept 'temperature' for ${CLAUDE}. Clear it in the pane settings.`,
    );
    expect(part?.status).toBe(400);
  });
});

describe('a content filter ends the answer as a finish', () => {
  it('keeps usage and the served model on Chat Completions', () => {
    const mapper = createOpenAiChunkMapper();
    const chunk = (extra: Partial<ChatCompletionChunk>): ChatCompletionChunk => ({
      id: 'c',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'gpt-4o-2024-08-06',
      choices: [],
      ...extra,
    });
    mapper.map(chunk({ choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null }] }));
    mapper.map(chunk({ choices: [{ index: 0, delta: {}, finish_reason: 'content_filter' }] }));
    mapper.map(chunk({ usage: { prompt_tokens: 4, completion_tokens: 1, total_tokens: 5 } }));
    expect(mapper.end()).toEqual({
      type: 'finish',
      finishReason: 'content-filter',
      rawFinishReason: 'content_filter',
      usage: { inputTokens: 4, outputTokens: 1, totalTokens: 5 },
      providerModelId: 'gpt-4o-2024-08-06',
    });
  });

  it('keeps usage for a Bedrock guardrail', () => {
    const mapper = createBedrockEventMapper(CLAUDE);
    mapper.map({ messageStop: { stopReason: 'guardrail_intervened' } });
    mapper.map({
      metadata: {
        usage: { inputTokens: 7, outputTokens: 3, totalTokens: 10 },
        metrics: { latencyMs: 1 },
      },
    });
    expect(mapper.end()).toEqual({
      type: 'finish',
      finishReason: 'content-filter',
      rawFinishReason: 'guardrail_intervened',
      usage: { inputTokens: 7, outputTokens: 3, totalTokens: 10 },
      providerModelId: CLAUDE,
    });
  });
});
