// The figures the compare view exists to show, measured where the parts arrive (the main
// process), the same way for every cloud.
import type { StreamMetrics, StreamPart, Usage } from '../../../shared/stream';

export interface MeasuredStream {
  parts: AsyncIterable<StreamPart>;
  /** Figures so far; final once `parts` has been read to the end. */
  metrics(): StreamMetrics;
}

/** About four characters per token, the clouds' usual average, when a cloud reports no usage. */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.max(1, Math.round(text.length / 4));
}

export function measureStream(
  source: AsyncIterable<StreamPart>,
  now: () => number = () => performance.now(),
): MeasuredStream {
  let startedAt: number | undefined;
  let firstTokenAt: number | undefined;
  let lastTokenAt: number | undefined;
  let lastPartAt: number | undefined;
  let usage: Usage | undefined;
  let outputChars = '';

  async function* parts(): AsyncGenerator<StreamPart, void, undefined> {
    startedAt = now();
    for await (const part of source) {
      const at = now();
      lastPartAt = at;
      if (part.type === 'text-delta' || part.type === 'reasoning-delta') {
        if (part.delta.length > 0) {
          firstTokenAt ??= at;
          lastTokenAt = at;
          outputChars += part.delta;
        }
      } else if (part.type === 'finish' && part.usage) {
        usage = part.usage;
      }
      yield part;
    }
  }

  return {
    parts: parts(),
    metrics(): StreamMetrics {
      const start = startedAt ?? now();
      const totalMs = Math.max(0, (lastPartAt ?? start) - start);
      const ttftMs = firstTokenAt === undefined ? null : Math.max(0, firstTokenAt - start);
      let tokensPerSecond: number | null = null;
      if (firstTokenAt !== undefined && lastTokenAt !== undefined && lastTokenAt > firstTokenAt) {
        const outputTokens = usage?.outputTokens ?? estimateTokens(outputChars);
        // Tokens after the first one, over the time they took: TTFT is reported on its own.
        if (outputTokens > 1)
          tokensPerSecond = (outputTokens - 1) / ((lastTokenAt - firstTokenAt) / 1000);
      }
      return { ttftMs, totalMs, tokensPerSecond, ...(usage ? { usage } : {}) };
    },
  };
}
