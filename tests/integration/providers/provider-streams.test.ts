// Every provider path, through its real SDK against the cloud simulator: a normal answer, each
// fault a cloud can throw at the user, Stop, and the model list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudSimulator } from '../../simulator/cloud-simulator';
import { simulatorProfiles } from '../../support/simulator-profiles';
import { createProvider } from '../../../electron/main/providers/create-provider';
import { runStream, terminalParts } from './run-stream';
import {
  echoPrompt,
  ECHO,
  eventually,
  expectEndsWithError,
  expectNoSecrets as checkNoSecrets,
  FIRST_THREE,
} from './stream-checks';
import type { CloudSimulator } from '../../simulator/cloud-simulator';
import type { SimulatorProfile } from '../../support/simulator-profiles';
import type { StreamRun } from './run-stream';

let sim: CloudSimulator;
let paths: SimulatorProfile[] = [];

beforeAll(async () => {
  sim = await startCloudSimulator({ defaults: { ttftMs: 10, rate: 0 } });
  paths = simulatorProfiles(sim);
});
afterAll(async () => {
  await sim.close();
});

const REPORTED: Record<string, string> = {
  'gpt-4o': 'gpt-4o-2024-08-06',
  'gpt-4o-prod': 'gpt-4o-2024-08-06',
};

const prompt = echoPrompt;
const expectNoSecrets = (run: StreamRun) => checkNoSecrets(run, sim.credentials);
const expectEndsWith = (run: StreamRun, kind: string, text: string) =>
  expectEndsWithError(run, kind, text, sim.credentials);

const PATH_NAMES = [
  'OpenAI',
  'Azure OpenAI',
  'Bedrock with access keys',
  'Bedrock with a Bedrock API key',
  'OpenAI on Bedrock',
  'OpenAI-compatible',
];

describe.each(PATH_NAMES.map((name, index) => ({ name, index })))('$name', ({ index }) => {
  const path = (): SimulatorProfile => {
    const found = paths[index];
    if (!found) throw new Error('simulator profiles missing');
    return found;
  };
  const provider = (idleTimeoutMs?: number) =>
    createProvider(path().profile, path().credentials, idleTimeoutMs ? { idleTimeoutMs } : {});
  const requestsWith = (marker: string) =>
    sim.requests.filter((r) => r.lastUserText?.includes(marker));

  it('streams an answer with usage, finish reason, the served model id and a measured TTFT', async () => {
    const { text, marker } = prompt('ttft=30');
    const run = await runStream(provider(), text, path().model);
    expect(run.parts[0]?.type).toBe('start');
    expect(run.start?.model).toBe(path().model);
    expect(run.start?.requestId).toBeTruthy();
    const profile = path().profile;
    // AWS paths report the profile's region; Azure names the one that served it (x-ms-region).
    const region =
      profile.kind === 'bedrock' || profile.kind === 'openai-on-bedrock'
        ? profile.region
        : profile.kind === 'azure-openai'
          ? 'swedencentral'
          : undefined;
    expect(run.start?.region).toBe(region);
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(terminalParts(run)).toHaveLength(1);
    expect(run.finish?.finishReason).toBe('stop');
    expect(run.finish?.usage?.outputTokens).toBe(ECHO.split(' ').length + 1);
    expect(run.finish?.usage?.inputTokens).toBeGreaterThan(0);
    expect(run.finish?.providerModelId).toBe(REPORTED[path().model] ?? path().model);
    expect(run.metrics.ttftMs).toBeGreaterThan(0);
    expect(run.metrics.usage?.outputTokens).toBe(9);
    expect(requestsWith(marker)).toHaveLength(1);
    expect(requestsWith(marker)[0]?.outcome).toBe('completed');
  });

  it('stops at the output limit with finish reason "length"', async () => {
    const run = await runStream(provider(), prompt('').text, path().model, { maxOutputTokens: 3 });
    expect(run.text).toBe(FIRST_THREE);
    expect(run.finish?.finishReason).toBe('length');
  });

  it('reports a rejected key (401/403) as an auth error that names the cloud', async () => {
    const run = await runStream(provider(), prompt('fault=auth').text, path().model);
    expectEndsWith(run, 'auth', '');
    expect(run.error?.message).toContain(provider().label);
    expect(run.error?.retryable).toBe(false);
  });

  it('reports a 429 with its retry-after and asks for no retry behind the user’s back', async () => {
    const { text, marker } = prompt('fault=rate-limit retryAfter=2');
    const run = await runStream(provider(), text, path().model);
    expectEndsWith(run, 'rate-limit', '');
    expect(run.error?.retryAfterMs).toBe(2000);
    expect(run.error?.status).toBe(429);
    expect(run.error?.message).toContain('2 s');
    expect(requestsWith(marker)).toHaveLength(1);
  });

  it('reports an exhausted quota as quota', async () => {
    const run = await runStream(provider(), prompt('fault=quota').text, path().model);
    expectEndsWith(run, 'quota', '');
  });

  it('reports a 500 as a retryable server error', async () => {
    const run = await runStream(provider(), prompt('fault=server').text, path().model);
    expectEndsWith(run, 'server', '');
    expect(run.error?.status).toBe(500);
    expect(run.error?.retryable).toBe(true);
  });

  it('reports a 400 validation error as bad-request with the server’s reason', async () => {
    const run = await runStream(provider(), prompt('fault=validation').text, path().model);
    expectEndsWith(run, 'bad-request', '');
    expect(run.error?.message).toMatch(/temperature/);
  });

  it('reports an over-long conversation as context-length', async () => {
    const run = await runStream(provider(), prompt('fault=context-length').text, path().model);
    expectEndsWith(run, 'context-length', '');
  });

  it('keeps the partial text when the cloud sends an error in the middle of the stream', async () => {
    const run = await runStream(provider(), prompt('fault=midstream at=3').text, path().model);
    expectEndsWith(run, 'server', FIRST_THREE);
  });

  it('keeps the partial text when the connection drops mid-answer', async () => {
    const run = await runStream(provider(), prompt('fault=drop at=3').text, path().model);
    expectEndsWith(run, 'network', FIRST_THREE);
  });

  it('ends a stalled stream with a timeout after the idle limit, keeping the partial text', async () => {
    const { text, marker } = prompt('fault=stall at=3');
    const run = await runStream(provider(800), text, path().model);
    expectEndsWith(run, 'timeout', FIRST_THREE);
    expect(requestsWith(marker)).toHaveLength(1);
    // The request itself is torn down, not left hanging on the server.
    expect(await eventually(() => requestsWith(marker)[0]?.outcome === 'client-closed')).toBe(true);
  });

  it('ends an answer the content filter stopped as a finish, keeping text, usage and model', async () => {
    const run = await runStream(provider(), prompt('fault=content-filter at=3').text, path().model);
    expect(terminalParts(run)).toHaveLength(1);
    expect(run.parts.at(-1)?.type).toBe('finish');
    expect(run.finish?.finishReason).toBe('content-filter');
    expect(run.text).toBe(FIRST_THREE);
    // The tokens were billed: usage and the served model stay, so the cost can be known.
    expect(run.finish?.usage?.outputTokens).toBe(3);
    expect(run.finish?.providerModelId).toBe(REPORTED[path().model] ?? path().model);
  });

  it('reports a filtered prompt as content-filter (a refusal up front stays an error)', async () => {
    const run = await runStream(provider(), prompt('fault=prompt-filter').text, path().model);
    expect(terminalParts(run)).toHaveLength(1);
    expectNoSecrets(run);
    if (path().profile.kind === 'bedrock') {
      // Bedrock's guardrail answers with its own message and ends the stream, billed as usual.
      expect(run.finish?.finishReason).toBe('content-filter');
      expect(run.finish?.rawFinishReason).toBe('guardrail_intervened');
      expect(run.finish?.usage?.inputTokens).toBeGreaterThan(0);
    } else {
      expect(run.error?.kind).toBe('content-filter');
      expect(run.error?.status).toBe(400);
    }
  });

  it('reports a malformed chunk as a server error, keeping the partial text', async () => {
    const run = await runStream(provider(), prompt('fault=malformed at=3').text, path().model);
    expectEndsWith(run, 'server', FIRST_THREE);
  });

  it('stops at once on abort, keeps the partial text and never retries', async () => {
    const { text, marker } = prompt('rate=40 tokens=200');
    const controller = new AbortController();
    const run = await runStream(provider(), text, path().model, {
      signal: controller.signal,
      onPart: (part, soFar) => {
        if (part.type === 'text-delta' && soFar.text.split(' ').length > 3) controller.abort();
      },
    });
    expect(run.error?.kind).toBe('cancelled');
    expect(terminalParts(run)).toHaveLength(1);
    expect(run.text.startsWith(FIRST_THREE)).toBe(true);
    expect(run.text.length).toBeLessThan(ECHO.length * 3);
    expect(requestsWith(marker)).toHaveLength(1);
    expect(await eventually(() => requestsWith(marker)[0]?.outcome === 'client-closed')).toBe(true);
  });

  it('lists models', async () => {
    const models = await provider().listModels();
    expect(models.length).toBeGreaterThan(0);
    const ids = models.map((m) => m.id);
    switch (path().profile.kind) {
      case 'openai':
        expect(ids).toContain('gpt-4o');
        expect(ids).not.toContain('text-embedding-3-small');
        break;
      case 'azure-openai':
        expect(ids).toEqual(['gpt-4o-prod', 'gpt-4o-mini-dev']);
        break;
      case 'bedrock':
        expect(ids).toContain('anthropic.claude-3-5-sonnet-20240620-v1:0');
        expect(ids).toContain('us.anthropic.claude-3-7-sonnet-20250219-v1:0');
        // Profile-only models are offered through their inference profile, embeddings not at all.
        expect(ids).not.toContain('anthropic.claude-3-7-sonnet-20250219-v1:0');
        expect(ids).not.toContain('amazon.titan-embed-text-v2:0');
        expect(models.find((m) => m.id.startsWith('us.'))?.inferenceProfile).toBe(true);
        break;
      case 'openai-on-bedrock':
        expect(ids).toContain('openai.gpt-oss-120b');
        break;
      case 'openai-compatible':
        expect(ids).toContain('llama3.1:8b');
        break;
    }
  });
});
