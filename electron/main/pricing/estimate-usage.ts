// Tokens for an answer the cloud never reported usage for (stopped, cut off, failed mid-stream):
// they were still billed. Counted at about four characters per token, the clouds' usual average,
// and always shown as an estimate; a model's own tokenizer would be closer but is one more
// dependency per model family.
import type { ChatMessage } from '../../../shared/chat';
import type { Usage } from '../../../shared/stream';
import { estimateTokens } from '../providers/stream-metrics';

/** undefined when nothing streamed back: a request refused up front is not billed. */
export function estimateUsage(input: {
  messages: readonly ChatMessage[];
  text: string;
  reasoning: string;
}): Usage | undefined {
  if (input.text.length === 0 && input.reasoning.length === 0) return undefined;
  const inputTokens = input.messages.reduce((sum, m) => sum + estimateTokens(m.content), 0);
  const outputTokens = estimateTokens(input.text) + estimateTokens(input.reasoning);
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
}
