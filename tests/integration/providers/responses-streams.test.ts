// The Responses API through the real `openai` SDK against the simulator, on every path that
// serves it: OpenAI, OpenAI on Bedrock (Mantle) with a Bedrock API key and with SigV4, and an
// OpenAI-compatible server that chose it. A normal answer with reasoning, each fault, and the
// content filter and output limit ending the answer as a finish that keeps its usage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudSimulator } from '../../simulator/cloud-simulator';
import { createProvider } from '../../../electron/main/providers/create-provider';
import { REFUSAL_PREFIX } from '../../../electron/main/providers/map-responses-events';
import { REFUSAL_REPLY } from '../../simulator/sim-replies';
import { runStream, terminalParts } from './run-stream';
import { echoPrompt, ECHO, eventually, expectEndsWithError, FIRST_THREE } from './stream-checks';
import type { CloudSimulator } from '../../simulator/cloud-simulator';
import type { ProviderCredentials } from '../../../electron/main/providers/provider';
import type { ProviderProfile } from '../../../shared/providers';
import type { StreamRun } from './run-stream';

let sim: CloudSimulator;
beforeAll(async () => {
  sim = await startCloudSimulator({ defaults: { ttftMs: 10, rate: 0 } });
});
afterAll(async () => {
  await sim.close();
});

interface ResponsesPath {
  name: string;
  profile: () => ProviderProfile;
  credentials: () => ProviderCredentials;
  model: string;
  /** The model id the cloud reports serving. */
  reported: string;
  region?: string;
}

const PATHS: ResponsesPath[] = [
  {
    name: 'OpenAI',
    profile: () => ({
      kind: 'openai',
      api: 'responses',
      id: 'r-openai',
      name: 'OpenAI',
      endpoint: sim.endpoints.openai,
    }),
    credentials: () => ({ apiKey: sim.credentials.openaiKey }),
    model: 'gpt-5.5',
    reported: 'gpt-5.5-2026-04-23',
  },
  {
    name: 'OpenAI on Bedrock with a Bedrock API key',
    profile: () => ({
      kind: 'openai-on-bedrock',
      api: 'responses',
      id: 'r-mantle-key',
      name: 'Mantle',
      region: 'us-east-2',
      authMode: 'api-key',
      endpoint: sim.endpoints['openai-on-bedrock'],
    }),
    credentials: () => ({ apiKey: sim.credentials.bedrockApiKey }),
    model: 'openai.gpt-5.5',
    reported: 'openai.gpt-5.5',
    region: 'us-east-2',
  },
  {
    name: 'OpenAI on Bedrock with SigV4 access keys',
    profile: () => ({
      kind: 'openai-on-bedrock',
      api: 'responses',
      id: 'r-mantle-sigv4',
      name: 'Mantle',
      region: 'us-west-2',
      authMode: 'access-key',
      endpoint: sim.endpoints['openai-on-bedrock'],
    }),
    credentials: () => ({
      accessKeyId: sim.credentials.awsAccessKeyId,
      secretAccessKey: sim.credentials.awsSecretAccessKey,
    }),
    model: 'openai.gpt-5.4',
    reported: 'openai.gpt-5.4',
    region: 'us-west-2',
  },
  {
    name: 'OpenAI-compatible server on the Responses API',
    profile: () => ({
      kind: 'openai-compatible',
      api: 'responses',
      id: 'r-compatible',
      name: 'vLLM',
      baseUrl: sim.endpoints['openai-compatible'],
      requiresKey: false,
    }),
    credentials: () => ({}),
    model: 'qwen2.5:7b',
    reported: 'qwen2.5:7b',
  },
];

const prompt = echoPrompt;
const expectError = (run: StreamRun, kind: string, text: string) =>
  expectEndsWithError(run, kind, text, sim.credentials);

describe.each(PATHS)('$name', (path) => {
  const provider = (idleTimeoutMs?: number) =>
    createProvider(path.profile(), path.credentials(), idleTimeoutMs ? { idleTimeoutMs } : {});
  const requestsWith = (marker: string) =>
    sim.requests.filter((r) => r.lastUserText?.includes(marker));
  const reasoningOf = (run: StreamRun) =>
    run.parts.map((p) => (p.type === 'reasoning-delta' ? p.delta : '')).join('');

  it('streams an answer through /responses, statelessly, with usage and the served model', async () => {
    const { text, marker } = prompt('ttft=20');
    const run = await runStream(provider(), text, path.model);
    expect(run.parts[0]?.type).toBe('start');
    expect(run.start?.model).toBe(path.model);
    expect(run.start?.requestId).toBeTruthy();
    expect(run.start?.region).toBe(path.region);
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(terminalParts(run)).toHaveLength(1);
    expect(run.finish).toMatchObject({ finishReason: 'stop', providerModelId: path.reported });
    expect(run.finish?.usage?.outputTokens).toBe(9);
    expect(run.finish?.usage?.inputTokens).toBeGreaterThan(0);
    expect(run.metrics.ttftMs).toBeGreaterThan(0);

    const [request] = requestsWith(marker);
    expect(request?.path).toMatch(/\/v1\/responses$/);
    expect(request?.body).toMatchObject({ model: path.model, stream: true, store: false });
    // The whole thread goes as `input`; nothing refers to state kept on the cloud.
    expect(request?.body).not.toHaveProperty('previous_response_id');
    expect(request?.outcome).toBe('completed');
  });

  it('sends the reasoning effort and streams the reasoning summary apart from the answer', async () => {
    const { text, marker } = prompt('');
    const run = await runStream(provider(), text, path.model, {
      settings: { reasoningEffort: 'high', temperature: 1, maxOutputTokens: 500 },
    });
    expect(requestsWith(marker)[0]?.body).toMatchObject({
      reasoning: { effort: 'high', summary: 'auto' },
      temperature: 1,
      max_output_tokens: 500,
    });
    expect(reasoningOf(run)).toBe(
      'Thinking at high effort about what was asked. Then answering it plainly.',
    );
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(run.finish?.usage?.reasoningTokens).toBeGreaterThan(0);
    // Reasoning tokens are billed as output.
    expect(run.finish?.usage?.outputTokens).toBe(9 + (run.finish?.usage?.reasoningTokens ?? 0));
  });

  it('asks for no summary when the effort is none', async () => {
    const { text, marker } = prompt('');
    const run = await runStream(provider(), text, path.model, {
      settings: { reasoningEffort: 'none' },
    });
    expect(requestsWith(marker)[0]?.body).toMatchObject({ reasoning: { effort: 'none' } });
    expect(reasoningOf(run)).toBe('');
  });

  it('shows a refusal as a labelled quote, not as the answer', async () => {
    const run = await runStream(provider(), '[[sim reply=refusal]] please', path.model);
    expect(run.text).toBe(`${REFUSAL_PREFIX}${REFUSAL_REPLY}`);
    expect(run.finish?.finishReason).toBe('stop');
  });

  it('ends at the output limit with finish reason "length", keeping usage', async () => {
    const run = await runStream(provider(), prompt('').text, path.model, { maxOutputTokens: 3 });
    expect(run.text).toBe(FIRST_THREE);
    expect(run.finish).toMatchObject({
      finishReason: 'length',
      rawFinishReason: 'max_output_tokens',
      providerModelId: path.reported,
    });
    expect(run.finish?.usage?.outputTokens).toBe(3);
  });

  it('ends a filtered answer as a finish that keeps the text, usage and served model', async () => {
    const run = await runStream(provider(), prompt('fault=content-filter at=3').text, path.model);
    expect(terminalParts(run)).toHaveLength(1);
    expect(run.text).toBe(FIRST_THREE);
    expect(run.finish).toMatchObject({
      finishReason: 'content-filter',
      rawFinishReason: 'content_filter',
      providerModelId: path.reported,
    });
    expect(run.finish?.usage?.outputTokens).toBe(3);
  });

  it('reports a rejected key as an auth error naming the cloud', async () => {
    const run = await runStream(provider(), prompt('fault=auth').text, path.model);
    expectError(run, 'auth', '');
    expect(run.error?.message).toContain(provider().label);
  });

  it('reports a 429 with its retry-after', async () => {
    const { text, marker } = prompt('fault=rate-limit retryAfter=3');
    const run = await runStream(provider(), text, path.model);
    expectError(run, 'rate-limit', '');
    expect(run.error?.retryAfterMs).toBe(3000);
    expect(run.error?.message).toContain('3 s');
    expect(requestsWith(marker)).toHaveLength(1);
  });

  it('reports a 500 as a retryable server error', async () => {
    const run = await runStream(provider(), prompt('fault=server').text, path.model);
    expectError(run, 'server', '');
    expect(run.error?.status).toBe(500);
    expect(run.error?.retryable).toBe(true);
  });

  it('reports an error event in the middle of the stream, keeping the partial text', async () => {
    const run = await runStream(provider(), prompt('fault=midstream at=3').text, path.model);
    expectError(run, 'server', FIRST_THREE);
    expect(run.error?.message).toContain('in the middle of the answer');
    expect(run.error?.message).toContain('The answer so far is kept.');
  });

  it('reports response.failed with the kind its code names, keeping the partial text', async () => {
    const run = await runStream(provider(), prompt('fault=failed at=3').text, path.model);
    expectError(run, 'rate-limit', FIRST_THREE);
    expect(run.error?.message).toContain('Request too large');
  });

  it('keeps the partial text when the connection drops', async () => {
    const run = await runStream(provider(), prompt('fault=drop at=3').text, path.model);
    expectError(run, 'network', FIRST_THREE);
  });

  it('ends a stalled stream with a timeout and tears the request down', async () => {
    const { text, marker } = prompt('fault=stall at=3');
    const run = await runStream(provider(800), text, path.model);
    expectError(run, 'timeout', FIRST_THREE);
    expect(await eventually(() => requestsWith(marker)[0]?.outcome === 'client-closed')).toBe(true);
  });

  it('reports a malformed event as a server error, keeping the partial text', async () => {
    const run = await runStream(provider(), prompt('fault=malformed at=3').text, path.model);
    expectError(run, 'server', FIRST_THREE);
  });

  it('sends a multi-turn thread with its system prompt as input messages', async () => {
    const marker = echoPrompt('').marker;
    const run = await new Promise<StreamRun>((resolve, reject) => {
      const controller = new AbortController();
      void (async () => {
        const parts = [];
        let text = '';
        for await (const part of provider().stream(
          {
            model: path.model,
            messages: [
              { role: 'system', content: 'Be brief.' },
              { role: 'user', content: 'first question' },
              { role: 'assistant', content: 'first answer' },
              { role: 'user', content: `[[sim reply=echo]] second ${marker}` },
            ],
          },
          controller.signal,
        )) {
          parts.push(part);
          if (part.type === 'text-delta') text += part.delta;
        }
        resolve({ parts, text, metrics: { ttftMs: null, totalMs: 0, tokensPerSecond: null } });
      })().catch(reject);
    });
    expect(run.text).toBe(`second ${marker}`);
    expect(requestsWith(marker)[0]?.body).toMatchObject({
      input: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'first question' },
        { role: 'assistant', content: 'first answer' },
        { role: 'user', content: `[[sim reply=echo]] second ${marker}` },
      ],
    });
  });
});

describe('GPT-5.x on Bedrock', () => {
  it('answers only through the Responses API: Chat Completions gets a plain refusal', async () => {
    const mantle = PATHS[1];
    if (!mantle) throw new Error('paths missing');
    const profile = mantle.profile();
    if (profile.kind !== 'openai-on-bedrock') throw new Error('not a Mantle profile');
    const chat = createProvider({ ...profile, api: 'chat-completions' }, mantle.credentials());
    const run = await runStream(chat, 'hello', 'openai.gpt-5.5');
    expect(run.error?.kind).toBe('bad-request');
    expect(run.error?.message).toContain('Responses API');
  });

  it('lists the GPT-5.x and gpt-oss models Mantle serves', async () => {
    const mantle = PATHS[1];
    if (!mantle) throw new Error('paths missing');
    const ids = (await createProvider(mantle.profile(), mantle.credentials()).listModels()).map(
      (m) => m.id,
    );
    expect(ids).toEqual(
      expect.arrayContaining(['openai.gpt-5.5', 'openai.gpt-5.4', 'openai.gpt-oss-120b']),
    );
  });
});
