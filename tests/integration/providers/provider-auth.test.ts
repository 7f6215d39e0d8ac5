// The ways a user signs in, through the real SDKs against the simulator: AWS profiles from the
// AWS config files, SigV4 for Bedrock's OpenAI API, session tokens, wrong and missing secrets.
import { writeFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCloudSimulator } from '../../simulator/cloud-simulator';
import { createTempDir } from '../../support/temp-dir';
import { createProvider } from '../../../electron/main/providers/create-provider';
import { UserFacingError } from '../../../electron/main/ipc/user-facing-error';
import { runStream } from './run-stream';
import type { CloudSimulator } from '../../simulator/cloud-simulator';
import type { TempDir } from '../../support/temp-dir';
import type { ProviderProfile } from '../../../shared/providers';

let sim: CloudSimulator;
beforeAll(async () => {
  sim = await startCloudSimulator({ defaults: { ttftMs: 5, rate: 0 } });
});
afterAll(async () => {
  await sim.close();
});

const lastRequest = () => sim.requests.at(-1);

function bedrockProfile(
  overrides: Partial<Extract<ProviderProfile, { kind: 'bedrock' }>>,
): ProviderProfile {
  return {
    kind: 'bedrock',
    id: 'bedrock-test',
    name: 'Bedrock test',
    region: 'us-east-1',
    authMode: 'access-key',
    endpoint: sim.endpoints.bedrock,
    ...overrides,
  };
}

function mantleProfile(
  overrides: Partial<Extract<ProviderProfile, { kind: 'openai-on-bedrock' }>>,
): ProviderProfile {
  return {
    kind: 'openai-on-bedrock',
    api: 'chat-completions',
    id: 'mantle-test',
    name: 'Mantle test',
    region: 'us-west-2',
    authMode: 'access-key',
    endpoint: sim.endpoints['openai-on-bedrock'],
    ...overrides,
  };
}

describe('AWS profile from the AWS config files', () => {
  let dir: TempDir;
  const saved: Record<string, string | undefined> = {};
  const VARS = ['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_PROFILE'];

  beforeEach(async () => {
    dir = await createTempDir();
    for (const name of VARS) saved[name] = process.env[name];
    await writeFile(
      dir.file('credentials'),
      `[sim-dev]\naws_access_key_id = ${sim.credentials.awsAccessKeyId}\naws_secret_access_key = ${sim.credentials.awsSecretAccessKey}\n`,
    );
    await writeFile(dir.file('config'), '[profile sim-dev]\nregion = us-east-1\n');
    process.env.AWS_CONFIG_FILE = dir.file('config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = dir.file('credentials');
    delete process.env.AWS_PROFILE;
  });
  afterEach(async () => {
    for (const name of VARS) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await dir.remove();
  });

  it('signs Bedrock requests with the named profile’s keys', async () => {
    const provider = createProvider(
      bedrockProfile({ authMode: 'profile', awsProfile: 'sim-dev' }),
      {},
    );
    const run = await runStream(
      provider,
      '[[sim reply=echo]] from a profile',
      'amazon.nova-pro-v1:0',
    );
    expect(run.text).toBe('from a profile');
    expect(run.finish?.finishReason).toBe('stop');
    expect(lastRequest()?.auth).toBe('sigv4');
  });

  it('signs OpenAI-on-Bedrock requests with the named profile’s keys', async () => {
    const provider = createProvider(
      mantleProfile({ authMode: 'profile', awsProfile: 'sim-dev' }),
      {},
    );
    const run = await runStream(
      provider,
      '[[sim reply=echo]] mantle profile',
      'openai.gpt-oss-20b',
    );
    expect(run.text).toBe('mantle profile');
    expect(lastRequest()?.auth).toBe('sigv4');
  });

  it('says plainly when the named profile does not exist', async () => {
    const provider = createProvider(
      bedrockProfile({ authMode: 'profile', awsProfile: 'nobody' }),
      {},
    );
    const run = await runStream(provider, 'hello', 'amazon.nova-pro-v1:0');
    expect(run.error?.kind).toBe('auth');
    expect(run.error?.message).toContain('AWS profile "nobody"');
  });
});

describe('access keys', () => {
  it('signs OpenAI-on-Bedrock requests with SigV4 for the bedrock-mantle service', async () => {
    const provider = createProvider(mantleProfile({}), {
      accessKeyId: sim.credentials.awsAccessKeyId,
      secretAccessKey: sim.credentials.awsSecretAccessKey,
    });
    const run = await runStream(
      provider,
      '[[sim reply=echo]] signed mantle',
      'openai.gpt-oss-120b',
    );
    expect(run.text).toBe('signed mantle');
    expect(run.start?.region).toBe('us-west-2');
    expect(lastRequest()?.auth).toBe('sigv4');
    expect((await provider.listModels()).map((m) => m.id)).toContain('openai.gpt-oss-120b');
  });

  it('includes a session token in the signature', async () => {
    const provider = createProvider(bedrockProfile({}), {
      accessKeyId: sim.credentials.awsAccessKeyId,
      secretAccessKey: sim.credentials.awsSecretAccessKey,
      sessionToken: 'FwoGZXIvYXdzEXAMPLEsessiontoken',
    });
    const run = await runStream(
      provider,
      '[[sim reply=echo]] with a session',
      'amazon.nova-pro-v1:0',
    );
    expect(run.text).toBe('with a session');
    expect(lastRequest()?.headers['x-amz-security-token']).toBe('[redacted]');
  });

  it('reports a wrong secret key as an auth error without repeating any secret', async () => {
    const wrongSecret = 'wrongSecretKey/abcdefghijklmnopqrstuvwxyz';
    for (const profile of [bedrockProfile({}), mantleProfile({})]) {
      const provider = createProvider(profile, {
        accessKeyId: sim.credentials.awsAccessKeyId,
        secretAccessKey: wrongSecret,
      });
      const run = await runStream(provider, 'hello', 'openai.gpt-oss-120b');
      expect(run.error?.kind).toBe('auth');
      expect(run.error?.status).toBe(403);
      expect(run.error?.message).not.toContain(wrongSecret);
      expect(run.error?.message).not.toContain(sim.credentials.awsAccessKeyId);
      await expect(provider.listModels()).rejects.toBeInstanceOf(UserFacingError);
    }
  });
});

describe('API keys', () => {
  it('never repeats a rejected key, even though OpenAI quotes part of it back', async () => {
    const wrongKey = 'sk-proj-wrongwrongwrong1234567890';
    const provider = createProvider(
      {
        kind: 'openai',
        api: 'chat-completions',
        id: 'o',
        name: 'OpenAI',
        endpoint: sim.endpoints.openai,
      },
      { apiKey: wrongKey },
    );
    const run = await runStream(provider, 'hello', 'gpt-4o');
    expect(run.error?.kind).toBe('auth');
    expect(run.error?.message).toBe(
      'OpenAI rejected the API key (401). Check the API key in Settings.',
    );
    const listing = await provider.listModels().catch((error: unknown) => error);
    expect(listing).toBeInstanceOf(UserFacingError);
    expect((listing as Error).message).not.toContain('wrongwrong');
  });

  it('sends a key to a compatible server that requires one, and none when it does not', async () => {
    const profile: ProviderProfile = {
      kind: 'openai-compatible',
      api: 'chat-completions',
      id: 'c',
      name: 'Team gateway',
      baseUrl: sim.endpoints['openai-compatible'],
      requiresKey: true,
    };
    const withKey = await runStream(
      createProvider(profile, { apiKey: sim.credentials.compatibleKey }),
      '[[sim reply=echo]] keyed',
      'qwen2.5:7b',
    );
    expect(withKey.text).toBe('keyed');
    expect(lastRequest()?.auth).toBe('bearer');

    const wrong = await runStream(
      createProvider(profile, { apiKey: 'not-the-key-1234' }),
      'hi',
      'qwen2.5:7b',
    );
    expect(wrong.error?.kind).toBe('auth');
    expect(wrong.error?.message).toContain('Team gateway');

    const keyless = await runStream(
      createProvider({ ...profile, requiresKey: false }, {}),
      '[[sim reply=echo]] keyless',
      'qwen2.5:7b',
    );
    expect(keyless.text).toBe('keyless');
    expect(lastRequest()?.auth).toBe('none');
  });
});

describe('missing credentials', () => {
  it('ends the stream with an auth error saying which keys to set, without calling the cloud', async () => {
    const before = sim.requests.length;
    const provider = createProvider(bedrockProfile({}), {
      accessKeyId: sim.credentials.awsAccessKeyId,
    });
    const run = await runStream(provider, 'hello', 'amazon.nova-pro-v1:0');
    expect(run.parts).toHaveLength(1);
    expect(run.error?.kind).toBe('auth');
    expect(run.error?.message).toBe(
      'AWS Bedrock needs the AWS secret access key for “Bedrock test”. Set it in Settings.',
    );
    await expect(provider.listModels()).rejects.toThrow('AWS secret access key');
    expect(sim.requests.length).toBe(before);
  });

  it('names the API key for the key-based clouds', async () => {
    const provider = createProvider(
      {
        kind: 'azure-openai',
        api: 'chat-completions',
        id: 'a',
        name: 'Prod Azure',
        resourceEndpoint: sim.endpoints['azure-openai'],
        deployments: ['gpt-4o'],
        apiVersion: '2024-10-21',
      },
      { apiKey: '   ' },
    );
    const run = await runStream(provider, 'hello', 'gpt-4o');
    expect(run.error?.message).toBe(
      'Azure OpenAI needs the API key for “Prod Azure”. Set it in Settings.',
    );
  });
});
