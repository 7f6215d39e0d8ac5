// "Test connection" through the handlers with the REAL providers (official SDKs) against the
// cloud simulator, keys going through the real credential store: success and failures in words.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProvider } from '../../../electron/main/providers/create-provider';
import type { ConnectionTestResult } from '../../../shared/ipc';
import type { ProviderProfile, SecretField } from '../../../shared/providers';
import { startCloudSimulator, type CloudSimulator } from '../../simulator/cloud-simulator';
import { allSecrets } from '../../simulator/sim-credentials';
import { simulatorProfiles, type SimulatorProfile } from '../../support/simulator-profiles';
import { createHandlerFixture, type HandlerFixture } from './handler-fixture';

let sim: CloudSimulator;
let fx: HandlerFixture;

beforeAll(async () => {
  sim = await startCloudSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(async () => {
  fx = await createHandlerFixture({ createProvider: (p, c) => createProvider(p, c) });
});
afterEach(async () => {
  await fx.cleanup();
});

/** Saves the profile and its keys the way the settings page does. */
async function addProvider(
  entry: SimulatorProfile,
  override: Partial<Record<SecretField, string>> = {},
) {
  await fx.handlers.saveProvider(entry.profile);
  const secrets = { ...entry.credentials, ...override };
  for (const [field, value] of Object.entries(secrets)) {
    if (value)
      await fx.handlers.setSecret({
        profileId: entry.profile.id,
        field: field as SecretField,
        value,
      });
  }
}

async function testConnection(profileId: string): Promise<ConnectionTestResult> {
  const result = await fx.handlers.testConnection({ profileId });
  // Whatever happened, the words shown never carry a key.
  for (const secret of allSecrets(sim.credentials))
    expect(JSON.stringify(result)).not.toContain(secret);
  return result;
}

function entry(id: string): SimulatorProfile {
  const found = simulatorProfiles(sim).find((e) => e.profile.id === id);
  if (!found) throw new Error(`No simulator profile ${id}`);
  return found;
}

describe('a working connection', () => {
  it.each([
    ['sim-openai', /^Connected to OpenAI: \d+ models? available\.$/],
    ['sim-bedrock-keys', /^Connected to AWS Bedrock \(us-east-1\): \d+ models? available\.$/],
    ['sim-bedrock-api-key', /^Connected to AWS Bedrock \(us-east-1\): \d+ models? available\.$/],
    [
      'sim-openai-on-bedrock',
      /^Connected to OpenAI on AWS Bedrock \(us-west-2\): \d+ models? available\.$/,
    ],
    ['sim-compatible', /^Connected to .*OpenAI-compatible.*: \d+ models? available\.$/],
  ])('%s lists its models and says how many', async (id, message) => {
    await addProvider(entry(id));
    const result = await testConnection(id);
    expect(result).toMatchObject({ ok: true });
    expect(result.message).toMatch(message);
    expect(result.message).not.toMatch(/: 0 models/);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('asks the first Azure deployment for a single token (Azure cannot list deployments)', async () => {
    const azure = entry('sim-azure');
    await addProvider(azure);
    const before = sim.requests.length;
    const result = await testConnection('sim-azure');
    expect(result).toMatchObject({
      ok: true,
      message: 'Connected to Azure OpenAI: deployment "gpt-4o-prod" answered.',
    });
    const sent = sim.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ route: 'azure-openai', auth: 'api-key' });
    expect(sent[0]?.path).toContain('/deployments/gpt-4o-prod/');
    expect(sent[0]?.body).toMatchObject({ max_completion_tokens: 1 });
  });
});

describe('a failing connection says why', () => {
  it('a wrong OpenAI key', async () => {
    await addProvider(entry('sim-openai'), { apiKey: 'sk-wrong-key-for-this-test-000000' });
    const result = await testConnection('sim-openai');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/OpenAI/);
    expect(result.message).toMatch(/key/i);
    expect(result.message).not.toContain('sk-wrong-key-for-this-test');
  });

  it('a wrong Azure key, from the one-token request', async () => {
    await addProvider(entry('sim-azure'), { apiKey: 'wrong-azure-key-000000000000' });
    const result = await testConnection('sim-azure');
    expect(result).toMatchObject({ ok: false, kind: 'auth' });
    expect(result.message).toMatch(/Azure OpenAI/);
  });

  it('wrong AWS secret keys', async () => {
    await addProvider(entry('sim-bedrock-keys'), {
      secretAccessKey: 'not/the/right/secret/key/000000000000',
    });
    const result = await testConnection('sim-bedrock-keys');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/AWS Bedrock/);
    expect(result.message).not.toContain('not/the/right/secret');
  });

  it('a rejected key is called an auth failure on every cloud, not only Azure', async () => {
    const withKeys = simulatorProfiles(sim).filter(
      (e) => Object.values(e.credentials).filter(Boolean).length > 0,
    );
    expect(withKeys.length).toBeGreaterThanOrEqual(4);
    for (const e of withKeys) {
      const wrong = Object.fromEntries(
        Object.entries(e.credentials).map(([field, value]) => [
          field,
          value ? `wrong-${field}-0000000000000000` : value,
        ]),
      );
      await addProvider(e, wrong);
      const result = await testConnection(e.profile.id);
      expect({ id: e.profile.id, ok: result.ok, kind: result.kind }).toEqual({
        id: e.profile.id,
        ok: false,
        kind: 'auth',
      });
    }
  });

  it('nothing listening at the endpoint', async () => {
    const closed = await startCloudSimulator();
    const endpoint = closed.endpoints.openai;
    await closed.close();
    const profile: ProviderProfile = {
      ...entry('sim-openai').profile,
      endpoint,
    } as ProviderProfile;
    await addProvider({ ...entry('sim-openai'), profile });
    const result = await testConnection('sim-openai');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/OpenAI/);
    expect(result.message).toMatch(/reach|connect|network/i);
  });

  it('a server that accepts the connection but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer(() => undefined);
    silent.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const slow = await createHandlerFixture({
        createProvider: (p, c) => createProvider(p, c),
        requestTimeoutMs: 300,
      });
      try {
        const openai = entry('sim-openai');
        await slow.handlers.saveProvider({
          ...openai.profile,
          endpoint: `http://127.0.0.1:${port}/v1`,
        });
        await slow.handlers.setSecret({
          profileId: openai.profile.id,
          field: 'apiKey',
          value: sim.credentials.openaiKey,
        });
        const result = await slow.handlers.testConnection({ profileId: openai.profile.id });
        expect(result).toMatchObject({
          ok: false,
          kind: 'timeout',
          message:
            'OpenAI did not answer within 1 s. Check the endpoint and your network connection.',
        });
      } finally {
        await slow.cleanup();
      }
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('a missing key, before any request is made', async () => {
    await fx.handlers.saveProvider(entry('sim-bedrock-keys').profile);
    const before = sim.requests.length;
    const result = await testConnection('sim-bedrock-keys');
    expect(result).toEqual({
      ok: false,
      kind: 'auth',
      message:
        'Add the AWS access key ID and AWS secret access key for AWS Bedrock first, then test again.',
      latencyMs: 0,
    });
    expect(sim.requests.length).toBe(before);
  });
});

it('lists models through the handler, and a bad key fails in words', async () => {
  await addProvider(entry('sim-openai'));
  const models = await fx.handlers.listModels({ profileId: 'sim-openai' });
  expect(models.length).toBeGreaterThan(0);
  expect(models.every((m) => typeof m.id === 'string' && m.id.length > 0)).toBe(true);

  await fx.handlers.setSecret({
    profileId: 'sim-openai',
    field: 'apiKey',
    value: 'sk-bad-000000000000000',
  });
  await expect(fx.handlers.listModels({ profileId: 'sim-openai' })).rejects.toThrow(/OpenAI/);
});

describe('testing what the form holds', () => {
  it('tests an unsaved draft with the key just typed, and lists the models found', async () => {
    const openai = entry('sim-openai');
    const result = await fx.handlers.testConnection({
      profile: openai.profile,
      secrets: { apiKey: openai.credentials.apiKey },
    });
    expect(result).toMatchObject({ ok: true });
    expect(result.models?.length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain(openai.credentials.apiKey);
  });

  it('uses the stored key for a saved profile when none is typed', async () => {
    await addProvider(entry('sim-openai'));
    const result = await fx.handlers.testConnection({
      profile: entry('sim-openai').profile,
      secrets: {},
    });
    expect(result).toMatchObject({ ok: true });
  });

  it('says nothing answers at a base URL whose model list is 404', async () => {
    const local = entry('sim-compatible');
    if (local.profile.kind !== 'openai-compatible') throw new Error('not a compatible profile');
    const wrong = { ...local.profile, baseUrl: `${local.profile.baseUrl}/nothing-here` };
    const result = await fx.handlers.testConnection({ profile: wrong, secrets: {} });
    expect(result).toMatchObject({
      ok: false,
      message: 'Nothing answers at this URL — check the base URL (does it end in /v1?).',
    });
  });
});
