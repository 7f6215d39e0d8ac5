// The pane's settings through each provider path's real SDK against the cloud simulator: a
// reasoning effort reaches the wire in the form each API takes, and a setting the cloud refuses
// comes back in plain words naming it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudSimulator } from '../../simulator/cloud-simulator';
import { simulatorProfiles } from '../../support/simulator-profiles';
import { createProvider } from '../../../electron/main/providers/create-provider';
import { runStream, terminalParts } from './run-stream';
import type { CloudSimulator } from '../../simulator/cloud-simulator';
import type { SimulatorProfile } from '../../support/simulator-profiles';
import type { RecordedRequest } from '../../simulator/sim-context';

let sim: CloudSimulator;
let paths: SimulatorProfile[] = [];

beforeAll(async () => {
  sim = await startCloudSimulator({ defaults: { ttftMs: 5, rate: 0 } });
  paths = simulatorProfiles(sim);
});
afterAll(async () => {
  await sim.close();
});

function providerFor(id: string) {
  const path = paths.find((p) => p.profile.id === id);
  if (!path) throw new Error(`no simulator profile ${id}`);
  return createProvider(path.profile, path.credentials);
}

let counter = 0;
function prompt(): { text: string; marker: string } {
  const marker = `s${++counter}x`;
  return { text: `[[sim reply=echo]] one two three ${marker}`, marker };
}

function requestWith(marker: string): RecordedRequest {
  const found = sim.requests.filter((r) => r.lastUserText?.includes(marker));
  expect(found).toHaveLength(1);
  return found[0] as RecordedRequest;
}

describe('a reasoning effort on the wire', () => {
  it('Chat Completions (OpenAI) sends reasoning_effort', async () => {
    const { text, marker } = prompt();
    const run = await runStream(providerFor('sim-openai'), text, 'o4-mini', {
      settings: { reasoningEffort: 'high' },
    });
    expect(run.finish?.finishReason, run.error?.message).toBe('stop');
    expect(requestWith(marker).body).toMatchObject({ model: 'o4-mini', reasoning_effort: 'high' });
  });

  it('Chat Completions (OpenAI on Bedrock, gpt-oss) sends reasoning_effort', async () => {
    const { text, marker } = prompt();
    const run = await runStream(providerFor('sim-openai-on-bedrock'), text, 'openai.gpt-oss-120b', {
      settings: { reasoningEffort: 'low' },
    });
    expect(run.finish?.finishReason, run.error?.message).toBe('stop');
    expect(requestWith(marker).body).toMatchObject({ reasoning_effort: 'low' });
  });

  it('Bedrock Converse gives Claude extended thinking and streams its reasoning', async () => {
    const { text, marker } = prompt();
    const run = await runStream(
      providerFor('sim-bedrock-api-key'),
      text,
      'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
      { settings: { reasoningEffort: 'medium', maxOutputTokens: 1000 } },
    );
    expect(run.finish?.finishReason, run.error?.message).toBe('stop');
    expect(requestWith(marker).body).toMatchObject({
      additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 8192 } },
      // maxTokens counts the thinking: the pane's 1,000 are left for the answer.
      inferenceConfig: { maxTokens: 9192 },
    });
    const reasoning = run.parts.map((p) => (p.type === 'reasoning-delta' ? p.delta : '')).join('');
    expect(reasoning).toBe('Thinking it over: the user wants an answer.');
    expect(run.text).toContain(marker);
    expect(run.finish?.usage?.outputTokens).toBeGreaterThan(run.text.split(' ').length);
  });

  it('Bedrock Converse passes gpt-oss its reasoning_effort', async () => {
    const { text, marker } = prompt();
    const run = await runStream(providerFor('sim-bedrock-keys'), text, 'openai.gpt-oss-120b-1:0', {
      settings: { reasoningEffort: 'medium' },
    });
    expect(run.finish?.finishReason, run.error?.message).toBe('stop');
    expect(requestWith(marker).body).toMatchObject({
      additionalModelRequestFields: { reasoning_effort: 'medium' },
    });
    expect(run.parts.some((p) => p.type === 'reasoning-delta')).toBe(true);
  });

  it('sends no effort at all to a Bedrock model that takes none', async () => {
    const { text, marker } = prompt();
    const run = await runStream(
      providerFor('sim-bedrock-keys'),
      text,
      'anthropic.claude-3-5-sonnet-20240620-v1:0',
      { settings: { reasoningEffort: 'high' } },
    );
    expect(run.finish?.finishReason, run.error?.message).toBe('stop');
    expect(requestWith(marker).body).not.toHaveProperty('additionalModelRequestFields');
  });
});

describe('a setting the cloud refuses', () => {
  it('OpenAI: a temperature on a GPT-5.x model', async () => {
    const { text, marker } = prompt();
    const run = await runStream(providerFor('sim-openai'), text, 'gpt-5.5', {
      settings: { temperature: 0.3 },
    });
    expect(terminalParts(run)).toHaveLength(1);
    expect(run.error?.kind).toBe('bad-request');
    expect(run.error?.status).toBe(400);
    expect(run.error?.message).toMatch(
      /^OpenAI does not accept 'temperature' for gpt-5\.5\. Clear it in the pane settings\./,
    );
    expect(requestWith(marker).status).toBe(400);
  });

  it('Azure OpenAI: a reasoning effort on a gpt-4o deployment', async () => {
    const run = await runStream(providerFor('sim-azure'), prompt().text, 'gpt-4o-prod', {
      settings: { reasoningEffort: 'low' },
    });
    expect(run.error?.message).toMatch(
      /^Azure OpenAI does not accept 'reasoning_effort' \(the pane's reasoning effort\) for gpt-4o-prod\. Clear it in the pane settings\./,
    );
  });

  it('OpenAI: an effort the model does not know', async () => {
    const run = await runStream(providerFor('sim-openai'), prompt().text, 'gpt-5.1', {
      settings: { reasoningEffort: 'minimal' },
    });
    expect(run.error?.message).toContain("does not accept 'reasoning_effort'");
    expect(run.error?.message).toContain(
      "Supported values are: 'none', 'low', 'medium', and 'high'",
    );
  });

  it('Bedrock: a temperature with Claude’s extended thinking', async () => {
    const { text, marker } = prompt();
    const run = await runStream(
      providerFor('sim-bedrock-keys'),
      text,
      'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
      { settings: { reasoningEffort: 'high', temperature: 0.5 } },
    );
    expect(terminalParts(run)).toHaveLength(1);
    expect(run.error?.kind).toBe('bad-request');
    expect(run.error?.message).toMatch(
      /^AWS Bedrock \(us-east-1\) does not accept 'temperature' for us\.anthropic\.claude-3-7-sonnet-20250219-v1:0\. Clear it in the pane settings\. AWS said: ".*may only be set to 1 when thinking is enabled/,
    );
    expect(requestWith(marker).status).toBe(400);
  });
});
