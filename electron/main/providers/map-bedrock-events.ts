// ConverseStream events → stream parts. Exceptions inside the stream are thrown by the SDK and
// mapped by map-bedrock-error; this handles the events.
import { mapBedrockStopReason } from './map-bedrock-stop-reason';
import type { ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import type { StreamPart, Usage } from '../../../shared/stream';

export interface BedrockEventMapper {
  map(event: ConverseStreamOutput): StreamPart[];
  end(): StreamPart | undefined;
}

export function createBedrockEventMapper(modelId: string): BedrockEventMapper {
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
      // guardrail_intervened and content_filtered end the answer as a finish: what streamed was
      // billed, so usage (and so the cost) is kept; the pane says plainly what stopped it.
      const finishReason = mapBedrockStopReason(stopReason);
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
