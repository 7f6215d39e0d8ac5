// Tokens for an answer the cloud never reported usage for (stopped, cut off, failed mid-stream):
// they were still billed. OpenAI's models (GPT-4o, the o-series, GPT-5.x and gpt-oss, on any
// cloud) share the o200k tokenizer, so their tokens are counted with it; other families' own
// tokenizers are not published for offline use, so their count is the clouds' usual average of
// about four characters a token, and the cost says which of the two it is.
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { TokenCounter } from '../../../shared/answer';
import type { ChatMessage } from '../../../shared/chat';
import type { ProviderKind } from '../../../shared/providers';
import type { Usage } from '../../../shared/stream';
import { estimateTokens } from '../providers/stream-metrics';

// Text a model wrote may contain "<|endoftext|>" and the like: count them as the text they are.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

// Chat formats wrap every message in a few tokens of their own (role and separators), and the
// reply in a few more; OpenAI documents 3 and 3 for its current models.
const PER_MESSAGE = 3;
const PER_REPLY = 3;

/** Models tokenised with o200k: every OpenAI model since GPT-4o, under the ids each cloud uses. */
const O200K_MODEL = /(^|[./])(gpt-4o|gpt-4\.1|gpt-5|gpt-6|gpt-oss|o[1-9]\b|o[1-9]-|chatgpt-)/i;

export function tokenCounterFor(kind: ProviderKind, model: string): TokenCounter {
  if (kind === 'openai' || kind === 'azure-openai' || kind === 'openai-on-bedrock') return 'o200k';
  return O200K_MODEL.test(model) ? 'o200k' : 'chars';
}

function counter(kind: TokenCounter): (text: string) => number {
  return kind === 'o200k'
    ? (text) => (text.length === 0 ? 0 : countTokens(text, PLAIN_TEXT))
    : estimateTokens;
}

/** undefined when nothing streamed back: a request refused up front is not billed. */
export function estimateUsage(input: {
  kind: ProviderKind;
  model: string;
  messages: readonly ChatMessage[];
  text: string;
  reasoning: string;
}): { usage: Usage; counter: TokenCounter; filesLeftOut?: number } | undefined {
  if (input.text.length === 0 && input.reasoning.length === 0) return undefined;
  const kind = tokenCounterFor(input.kind, input.model);
  const count = counter(kind);
  const overhead = kind === 'o200k' ? PER_MESSAGE : 0;
  const inputTokens =
    input.messages.reduce((sum, m) => sum + count(m.content) + overhead, 0) +
    (kind === 'o200k' ? PER_REPLY : 0);
  const outputTokens = count(input.text) + count(input.reasoning);
  // An image's tokens follow from its pixels and each cloud's own rule: counted by the cloud
  // only, so an estimate names the files it could not count rather than guess.
  const files = input.messages.reduce((sum, m) => sum + (m.attachments?.length ?? 0), 0);
  return {
    usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
    counter: kind,
    ...(files > 0 ? { filesLeftOut: files } : {}),
  };
}
