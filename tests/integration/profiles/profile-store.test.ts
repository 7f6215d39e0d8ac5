// Provider profiles in a real JSON file: validated on read and on save, never holding a secret.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createProfileStore } from '../../../electron/main/profiles/profile-store';
import type { ProviderProfile } from '../../../shared/providers';
import { createTempDir, type TempDir } from '../../support/temp-dir';

const openai: ProviderProfile = {
  kind: 'openai',
  api: 'chat-completions',
  id: 'openai-1',
  name: 'OpenAI',
};
const azure: ProviderProfile = {
  kind: 'azure-openai',
  api: 'chat-completions',
  id: 'azure-1',
  name: 'Azure prod',
  resourceEndpoint: 'https://my-resource.openai.azure.com',
  deployments: ['gpt-4o'],
  apiVersion: '2024-10-21',
};

let dir: TempDir;
beforeEach(async () => {
  dir = await createTempDir();
});
afterEach(async () => {
  await dir.remove();
});

it('saves, replaces and deletes profiles, and reads them back after a restart', async () => {
  const file = dir.file('providers.json');
  const store = createProfileStore({ file });
  expect(store.list()).toEqual([]);
  await store.save(openai);
  await store.save(azure);
  await store.save({ ...openai, name: 'OpenAI personal' });
  expect(store.list().map((p) => p.name)).toEqual(['OpenAI personal', 'Azure prod']);

  const reopened = createProfileStore({ file });
  expect(reopened.get('azure-1')).toEqual(azure);
  expect(await reopened.delete('openai-1')).toBe(true);
  expect(await reopened.delete('openai-1')).toBe(false);
  expect(createProfileStore({ file }).list()).toEqual([azure]);
  expect((await stat(file)).mode & 0o777).toBe(0o600);
});

it('never writes a secret, even when one is passed along with the profile', async () => {
  const file = dir.file('providers.json');
  const store = createProfileStore({ file });
  await store.save({ ...openai, apiKey: 'sk-should-never-be-on-disk-1234' });
  expect(await readFile(file, 'utf8')).not.toContain('sk-should-never');
  expect(store.get('openai-1')).not.toHaveProperty('apiKey');
});

it('refuses invalid settings with words naming the cloud and the field', async () => {
  const store = createProfileStore({ file: dir.file('providers.json') });
  await expect(store.save({ ...azure, deployments: [] })).rejects.toThrow(
    'The Azure OpenAI settings were not saved: deployments: Add at least one deployment.',
  );
  await expect(
    store.save({ kind: 'bedrock', id: 'b', name: 'B', region: 'mars-1', authMode: 'access-key' }),
  ).rejects.toThrow(
    'The AWS Bedrock settings were not saved: region: Enter an AWS region such as us-east-1.',
  );
  expect(store.list()).toEqual([]);
});

it('keeps a corrupt file aside and starts empty', async () => {
  const file = dir.file('providers.json');
  await writeFile(file, 'not json at all');
  const store = createProfileStore({ file });
  expect(store.list()).toEqual([]);
  const names = await readdir(dir.path);
  expect(names.some((n) => n.startsWith('providers.json.corrupt-'))).toBe(true);
});

it('keeps the valid profiles of a partly invalid file, and the original aside', async () => {
  const file = dir.file('providers.json');
  const original = JSON.stringify({
    version: 1,
    profiles: [openai, { kind: 'openai', api: 'chat-completions', id: 'bad', name: '' }, azure],
  });
  await writeFile(file, original);
  const store = createProfileStore({ file });
  expect(store.list()).toEqual([openai, azure]);
  expect(store.recovered?.reason).toContain('profile 2: name: Give the provider a name.');
  const kept = (await readdir(dir.path)).find((n) => n.startsWith('providers.json.corrupt-'));
  expect(await readFile(dir.file(kept ?? ''), 'utf8')).toBe(original);
  // The surviving profiles are still there after the next start.
  expect(createProfileStore({ file }).list()).toEqual([openai, azure]);
});

it('gives profiles saved before the API choice existed the API they spoke, and writes it down', async () => {
  const file = dir.file('providers.json');
  const saved = [
    { kind: 'openai', id: 'o', name: 'OpenAI' },
    {
      kind: 'openai-on-bedrock',
      id: 'm',
      name: 'Mantle',
      region: 'us-east-2',
      authMode: 'api-key',
    },
    { ...azure, api: undefined, id: 'dated' },
    { ...azure, api: undefined, id: 'v1', apiVersion: 'v1' },
    { kind: 'openai-compatible', id: 'c', name: 'Ollama', baseUrl: 'http://127.0.0.1:11434/v1' },
    { kind: 'bedrock', id: 'b', name: 'Bedrock', region: 'us-east-1', authMode: 'api-key' },
  ];
  await writeFile(file, JSON.stringify({ version: 1, profiles: saved }));
  const store = createProfileStore({ file });
  const apis = store.list().map((p) => [p.id, 'api' in p ? p.api : 'converse']);
  expect(apis).toEqual([
    ['o', 'responses'],
    ['m', 'responses'],
    ['dated', 'chat-completions'],
    ['v1', 'responses'],
    ['c', 'chat-completions'],
    ['b', 'converse'],
  ]);
  const onDisk = JSON.parse(await readFile(file, 'utf8')) as { profiles: { api?: string }[] };
  expect(onDisk.profiles.map((p) => p.api)).toEqual([
    'responses',
    'responses',
    'chat-completions',
    'responses',
    'chat-completions',
    undefined,
  ]);
});
