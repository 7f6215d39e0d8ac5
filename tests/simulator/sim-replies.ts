// Deterministic reply texts and the simulator's notion of a token (a word with its trailing
// space), so tests can predict exactly what arrives.
import type { SimKnobs } from './sim-knobs';

const MARKDOWN_REPLY = `## A short tour

Here is a paragraph of **bold**, *italic* and \`inline code\`, followed by a list:

- first item
- second item with [a link](https://example.com)
- third item

1. one
2. two

\`\`\`ts
export function add(a: number, b: number): number {
  return a + b;
}
\`\`\`

| Cloud | Region | Latency |
| --- | --- | --- |
| OpenAI | global | 320 ms |
| Bedrock | us-east-1 | 410 ms |

> A quote to finish.
`;

const HOSTILE_REPLY = `Careful: <img src=x onerror=alert(1)> and <script>alert('xss')</script> and [click me](javascript:alert(1)) should all render as harmless text.`;

export const REFUSAL_REPLY = "I'm sorry, but I can't help with that request.";

export interface ReplyContext {
  cloud: string;
  model: string;
  lastUserText: string;
}

/** Splits text into simulator tokens: each word keeps its trailing whitespace. */
export function tokenize(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? [];
}

/** A rough prompt-token count, about four characters per token as the clouds average. */
export function estimateInputTokens(texts: readonly string[]): number {
  return Math.max(1, Math.ceil(texts.join('\n').length / 4));
}

function baseReply(knobs: SimKnobs, context: ReplyContext): string {
  switch (knobs.reply) {
    case 'markdown':
      return MARKDOWN_REPLY;
    case 'hostile':
      return HOSTILE_REPLY;
    case 'echo':
      return context.lastUserText || '(empty)';
    case 'refusal':
      return REFUSAL_REPLY;
    case 'default':
      return `Hello from **${context.model}** on ${context.cloud}. This is the cloud simulator:\n\n- it streams tokens\n- it reports usage\n\nAsk again to see the same answer.`;
  }
}

/** The tokens the simulator will stream for this request. */
export function replyTokens(knobs: SimKnobs, context: ReplyContext): string[] {
  const tokens = tokenize(baseReply(knobs, context));
  if (knobs.tokens === undefined || tokens.length === 0) return tokens;
  const wanted = Math.floor(knobs.tokens);
  const out: string[] = [];
  while (out.length < wanted) {
    for (const token of tokens) {
      if (out.length >= wanted) break;
      out.push(token);
    }
    const last = out[out.length - 1];
    if (last !== undefined && !/\s$/.test(last)) out[out.length - 1] = `${last}\n\n`;
  }
  return out;
}
