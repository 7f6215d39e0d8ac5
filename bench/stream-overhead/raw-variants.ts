// The baselines: each cloud's official SDK used directly, the way a script would, with one
// client reused for every request. Nothing of the app runs here.
import OpenAI from 'openai';
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import type { StreamTiming, Variant } from './stream-sample';

export interface RawOpenAiTarget {
  baseURL: string;
  apiKey: string;
  model: string;
}

export function createRawOpenAiVariant(target: RawOpenAiTarget): Variant {
  const client = new OpenAI({ baseURL: target.baseURL, apiKey: target.apiKey, logLevel: 'off' });
  return {
    name: 'raw openai SDK',
    async run(prompt): Promise<StreamTiming> {
      const startedAt = performance.now();
      let ttftMs: number | null = null;
      let chars = 0;
      const stream = await client.chat.completions.create({
        model: target.model,
        messages: [{ role: 'user', content: prompt }],
        stream: true,
        stream_options: { include_usage: true },
      });
      for await (const chunk of stream) {
        const text = chunk.choices[0]?.delta.content;
        if (text) {
          ttftMs ??= performance.now() - startedAt;
          chars += text.length;
        }
      }
      return { ttftMs, totalMs: performance.now() - startedAt, chars };
    },
  };
}

/** The same SDK on the Responses API, stateless as the app sends it. */
export function createRawResponsesVariant(target: RawOpenAiTarget): Variant {
  const client = new OpenAI({ baseURL: target.baseURL, apiKey: target.apiKey, logLevel: 'off' });
  return {
    name: 'raw openai SDK (responses)',
    async run(prompt): Promise<StreamTiming> {
      const startedAt = performance.now();
      let ttftMs: number | null = null;
      let chars = 0;
      const stream = await client.responses.create({
        model: target.model,
        input: [{ role: 'user', content: prompt }],
        stream: true,
        store: false,
      });
      for await (const event of stream) {
        if (event.type === 'response.output_text.delta' && event.delta) {
          ttftMs ??= performance.now() - startedAt;
          chars += event.delta.length;
        }
      }
      return { ttftMs, totalMs: performance.now() - startedAt, chars };
    },
  };
}

export interface RawBedrockTarget {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  model: string;
}

export function createRawBedrockVariant(target: RawBedrockTarget): Variant {
  const client = new BedrockRuntimeClient({
    endpoint: target.endpoint,
    region: target.region,
    credentials: { accessKeyId: target.accessKeyId, secretAccessKey: target.secretAccessKey },
    maxAttempts: 1,
  });
  return {
    name: 'raw bedrock SDK',
    async run(prompt): Promise<StreamTiming> {
      const startedAt = performance.now();
      let ttftMs: number | null = null;
      let chars = 0;
      const output = await client.send(
        new ConverseStreamCommand({
          modelId: target.model,
          messages: [{ role: 'user', content: [{ text: prompt }] }],
        }),
      );
      for await (const event of output.stream ?? []) {
        const text = event.contentBlockDelta?.delta?.text;
        if (text) {
          ttftMs ??= performance.now() - startedAt;
          chars += text.length;
        }
      }
      return { ttftMs, totalMs: performance.now() - startedAt, chars };
    },
  };
}
