// The settings/provider/key handlers as the renderer calls them (through the same invoker the
// IPC registration uses), over real files and the real credential store of this machine.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpcInvoker, type IpcInvoker } from '../../../electron/main/ipc/invoke-handler';
import type { IpcHandlers } from '../../../shared/ipc';
import type { ProviderProfile } from '../../../shared/providers';
import { createHandlerFixture, type HandlerFixture } from './handler-fixture';

const OPENAI_KEY = 'sk-handler-test-key-abcdef0123456789';
const AWS_ID = 'AKIAHANDLERTEST00001';
const AWS_SECRET = 'handler/secret/access/key/0000000000';
const ENV = {
  OPENAI_API_KEY: 'sk-from-env-0000000000000000000042',
  AWS_BEARER_TOKEN_BEDROCK: 'ABSK-from-env-bedrock-token-0000077',
  AWS_REGION: 'us-west-2',
};
const ALL_SECRETS = [OPENAI_KEY, AWS_ID, AWS_SECRET, ...Object.values(ENV).slice(0, 2)];

const openai: ProviderProfile = {
  kind: 'openai',
  api: 'chat-completions',
  id: 'openai-1',
  name: 'My OpenAI',
};
const bedrock: ProviderProfile = {
  kind: 'bedrock',
  id: 'bedrock-1',
  name: 'Bedrock',
  region: 'us-east-1',
  authMode: 'access-key',
};

let fx: HandlerFixture;
let invoke: IpcInvoker;
const results: unknown[] = [];

/** Calls a channel as the renderer would and keeps the whole result for the leak check. */
async function call(channel: keyof IpcHandlers, input?: unknown) {
  const result = await invoke(channel, input);
  results.push(result);
  return result;
}

beforeEach(async () => {
  fx = await createHandlerFixture({ env: ENV });
  // Only the channels under test; the rest are not this module's.
  invoke = createIpcInvoker(fx.handlers as unknown as IpcHandlers);
});
afterEach(async () => {
  // Whatever a test did, no result sent to the renderer may hold a key.
  const sent = JSON.stringify(results);
  for (const secret of ALL_SECRETS) expect(sent).not.toContain(secret);
  results.length = 0;
  await fx.cleanup();
});

describe('providers and their keys', () => {
  it('saves a provider, takes its key and shows only "set" and the last four characters', async () => {
    expect(await call('saveProvider', openai)).toEqual({
      ok: true,
      value: { profile: openai, secrets: [{ field: 'apiKey', set: false }] },
    });
    expect(
      await call('setSecret', { profileId: 'openai-1', field: 'apiKey', value: OPENAI_KEY }),
    ).toEqual({ ok: true, value: { field: 'apiKey', set: true, hint: '…6789' } });
    expect(await call('listProviders')).toEqual({
      ok: true,
      value: [{ profile: openai, secrets: [{ field: 'apiKey', set: true, hint: '…6789' }] }],
    });
    // The key is really stored (for main's use), just never returned.
    expect(await fx.credentials.get('openai-1', 'apiKey')).toBe(OPENAI_KEY);
    expect(await readFile(fx.dir.file('providers.json'), 'utf8')).not.toContain(OPENAI_KEY);
  });

  it('rejects invalid provider settings with a clear message', async () => {
    const result = await call('saveProvider', { ...bedrock, region: 'moon-base-1' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'region: Enter an AWS region such as us-east-1.' },
    });
    const noName = await call('saveProvider', { ...openai, name: '  ' });
    expect(noName).toMatchObject({
      ok: false,
      error: { message: 'name: Give the provider a name.' },
    });
    expect(await call('listProviders')).toEqual({ ok: true, value: [] });
  });

  it('deleting a provider removes its keys', async () => {
    await call('saveProvider', bedrock);
    await call('setSecret', { profileId: 'bedrock-1', field: 'accessKeyId', value: AWS_ID });
    await call('setSecret', {
      profileId: 'bedrock-1',
      field: 'secretAccessKey',
      value: AWS_SECRET,
    });
    expect(await call('deleteProvider', { profileId: 'bedrock-1' })).toEqual({ ok: true });
    expect(await fx.credentials.get('bedrock-1', 'accessKeyId')).toBeUndefined();
    expect(await fx.credentials.get('bedrock-1', 'secretAccessKey')).toBeUndefined();
    expect(await call('listProviders')).toEqual({ ok: true, value: [] });
  });

  it('switching how a provider signs in drops the keys it no longer uses', async () => {
    await call('saveProvider', bedrock);
    await call('setSecret', { profileId: 'bedrock-1', field: 'accessKeyId', value: AWS_ID });
    const switched = await call('saveProvider', { ...bedrock, authMode: 'api-key' });
    expect(switched).toMatchObject({
      ok: true,
      value: { secrets: [{ field: 'apiKey', set: false }] },
    });
    expect(await fx.credentials.get('bedrock-1', 'accessKeyId')).toBeUndefined();
  });

  it('deletes one key and says it is no longer set', async () => {
    await call('saveProvider', openai);
    await call('setSecret', { profileId: 'openai-1', field: 'apiKey', value: OPENAI_KEY });
    expect(await call('deleteSecret', { profileId: 'openai-1', field: 'apiKey' })).toEqual({
      ok: true,
      value: { field: 'apiKey', set: false },
    });
    expect(await fx.credentials.get('openai-1', 'apiKey')).toBeUndefined();
  });

  it('will not store a key for a provider that does not exist', async () => {
    const result = await call('setSecret', {
      profileId: 'ghost',
      field: 'apiKey',
      value: OPENAI_KEY,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await fx.credentials.get('ghost', 'apiKey')).toBeUndefined();
  });

  it('tells where keys are kept, in words', async () => {
    const result = await call('getCredentialBackend');
    expect(result).toMatchObject({ ok: true, value: { backend: fx.credentials.status().backend } });
    expect(JSON.stringify(result)).toMatch(/Keys are|keys are/);
  });

  it('asks for the missing key instead of calling the cloud when testing a connection', async () => {
    await call('saveProvider', openai);
    expect(await call('testConnection', { profileId: 'openai-1' })).toEqual({
      ok: true,
      value: {
        ok: false,
        kind: 'auth',
        message: 'Add the API key for OpenAI first, then test again.',
        latencyMs: 0,
      },
    });
  });
});

describe('settings', () => {
  it('reads and changes settings, refusing invalid values in words', async () => {
    expect(await call('getSettings')).toMatchObject({ ok: true, value: { theme: 'system' } });
    expect(await call('updateSettings', { theme: 'dark' })).toMatchObject({
      ok: true,
      value: { theme: 'dark' },
    });
    expect(await call('updateSettings', { idleTimeoutMs: 3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(fx.settings.get().theme).toBe('dark');
  });
});

describe('credentials from the environment', () => {
  it('offers them by name once, imports one on request and stores its key', async () => {
    const offers = await call('listEnvCredentials');
    expect(offers).toMatchObject({
      ok: true,
      value: [
        {
          id: 'env-openai',
          kind: 'openai',
          variables: ['OPENAI_API_KEY'],
        },
        { id: 'env-bedrock-api-key', kind: 'bedrock' },
      ],
    });
    // Nothing is imported without the user asking.
    expect(await call('listProviders')).toEqual({ ok: true, value: [] });

    const imported = await call('importEnvCredentials', { offerId: 'env-openai' });
    expect(imported).toMatchObject({
      ok: true,
      value: {
        // An imported OpenAI key speaks the Responses API, as a new profile does.
        profile: { kind: 'openai', api: 'responses', id: 'env-openai' },
        secrets: [{ set: true, hint: '…0042' }],
      },
    });
    expect(await fx.credentials.get('env-openai', 'apiKey')).toBe(ENV.OPENAI_API_KEY);
    // The imported one is no longer offered; the other still is.
    expect(await call('listEnvCredentials')).toMatchObject({
      ok: true,
      value: [{ id: 'env-bedrock-api-key' }],
    });
    expect(await call('importEnvCredentials', { offerId: 'env-openai' })).toMatchObject({
      ok: false,
    });
  });

  it('stops offering once dismissed, across a restart', async () => {
    expect(await call('dismissEnvCredentials')).toEqual({ ok: true });
    expect(await call('listEnvCredentials')).toEqual({ ok: true, value: [] });
    const { createSettingsStore } = await import('../../../electron/main/settings/settings-store');
    expect(createSettingsStore({ file: fx.dir.file('settings.json') }).get().envImportOffered).toBe(
      true,
    );
  });

  it('marks the offer as done when every offer has been imported', async () => {
    await call('importEnvCredentials', { offerId: 'env-openai' });
    expect(fx.settings.get().envImportOffered).toBe(false);
    const bedrockImport = await call('importEnvCredentials', { offerId: 'env-bedrock-api-key' });
    expect(bedrockImport).toMatchObject({
      ok: true,
      value: { profile: { kind: 'bedrock', region: 'us-west-2', authMode: 'api-key' } },
    });
    expect(fx.settings.get().envImportOffered).toBe(true);
  });
});
