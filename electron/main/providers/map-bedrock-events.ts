// ConverseStream events → stream parts. Exceptions inside the stream are thrown by the SDK and
// mapped by map-bedrock-error; this handles the events.
import { mapBedrockStopReason } from './map-bedrock-stop-reason';
import { errorPart } from './error-part';
import type { ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import type { StreamPart, Usage } from '../../../shared/stream';

export interface BedrockEventMapper {
  map(event: ConverseStreamOutput): StreamPart[];
  end(): StreamPart | undefined;
}

export function createBedrockEventMapper(label: string, modelId: string): BedrockEventMapper {
  let stopReason: string | undefined;
  let usage: Usage | undefined;
  return {
    map(event) {
      if (event.contentBlockDelta?.delta) {
        const delta = event.contentBlockDelta.delta;
        const parts: StreamPart[] = [];
        const reasoning = delta.reasoningContent?.text;
        if (reasoning) parts.push({ type: 'reasoning-delta', delta: reasoning });
        if (delta.text) parts.push({ type: 'text-delta', delta: delta.text });
        return parts;
      }
      if (event.messageStop) stopReason = event.messageStop.stopReason;
      if (event.metadata?.usage) {
        const u = event.metadata.usage;
        const input = u.inputTokens ?? 0;
        const output = u.outputTokens ?? 0;
        usage = {
          inputTokens: input,
          outputTokens: output,
          totalTokens: u.totalTokens ?? input + output,
        };
      }
      return [];
    },
    end() {
      if (stopReason === undefined) return undefined;
      const finishReason = mapBedrockStopReason(stopReason);
      if (finishReason === 'content-filter') {
        return errorPart(
          'content-filter',
          stopReason === 'guardrail_intervened'
            ? `A guardrail on ${label} stopped the answer.`
            : `${label}'s content filter stopped the answer.`,
        );
      }
      // Bedrock reports no served-model id; the id asked for (model or inference profile) is exact.
      return {
        type: 'finish',
        finishReason,
        rawFinishReason: stopReason,
        ...(usage ? { usage } : {}),
        providerModelId: modelId,
      };
    },
  };
}
