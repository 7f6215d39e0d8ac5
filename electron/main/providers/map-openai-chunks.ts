// Chat Completions chunks → stream parts. One mapper for OpenAI, Azure OpenAI, Bedrock's
// OpenAI API and compatible servers: they share the wire format.
import { mapOpenAiFinishReason } from './map-openai-finish-reason';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { StreamPart, Usage } from '../../../shared/stream';

export interface OpenAiChunkMapper {
  map(chunk: ChatCompletionChunk): StreamPart[];
  /** The closing part once the stream is over; undefined when no finish reason ever came. */
  end(): StreamPart | undefined;
}

/** Reasoning text under the names servers use that the SDK's types do not list. */
function reasoningOf(delta: object): string | undefined {
  for (const key of ['reasoning_content', 'reasoning']) {
    const value: unknown = (delta as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return undefined;
}

export function createOpenAiChunkMapper(): OpenAiChunkMapper {
  let rawFinishReason: string | undefined;
  let usage: Usage | undefined;
  let providerModelId: string | undefined;

  return {
    map(chunk) {
      const parts: StreamPart[] = [];
      // Azure's first chunk has an empty model; keep the first real one.
      if (chunk.model && providerModelId === undefined) {
        providerModelId = chunk.model;
        parts.push({
          type: 'served-model',
          providerModelId,
          ...(chunk.system_fingerprint ? { systemFingerprint: chunk.system_fingerprint } : {}),
          ...(chunk.service_tier ? { serviceTier: chunk.service_tier } : {}),
        });
      }
      if (chunk.usage) {
        const reasoningTokens = chunk.usage.completion_tokens_details?.reasoning_tokens;
        usage = {
          inputTokens: chunk.usage.prompt_tokens,
          outputTokens: chunk.usage.completion_tokens,
          totalTokens: chunk.usage.total_tokens,
          ...(reasoningTokens ? { reasoningTokens } : {}),
        };
      }
      for (const choice of chunk.choices ?? []) {
        if (choice.index !== 0) continue;
        const reasoning = choice.delta ? reasoningOf(choice.delta) : undefined;
        if (reasoning) parts.push({ type: 'reasoning-delta', delta: reasoning });
        const text = choice.delta?.content;
        if (text) parts.push({ type: 'text-delta', delta: text });
        if (choice.finish_reason) rawFinishReason = choice.finish_reason;
      }
      return parts;
    },
    end() {
      if (rawFinishReason === undefined) return undefined;
      // A content filter that stops the answer mid-way is a finish, not a failure: the tokens
      // were billed, so usage and the served model (and so the cost) are kept with the text.
      const finishReason = mapOpenAiFinishReason(rawFinishReason);
      return {
        type: 'finish',
        finishReason,
        rawFinishReason,
        ...(usage ? { usage } : {}),
        ...(providerModelId ? { providerModelId } : {}),
      };
    },
  };
}
