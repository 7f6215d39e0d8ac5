// Settings in a real JSON file in a temp folder: saved atomically, and a damaged file is kept
// aside (nothing lost) while the app starts with defaults.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createSettingsStore } from '../../../electron/main/settings/settings-store';
import { DEFAULT_SYNTHESIS_PROMPT } from '../../../shared/settings';
import { createTempDir, type TempDir } from '../../support/temp-dir';

const DEFAULTS = {
  theme: 'system',
  syncScroll: false,
  idleTimeoutMs: 60_000,
  envImportOffered: false,
  blindMode: false,
  synthesisPrompt: DEFAULT_SYNTHESIS_PROMPT,
  redactContent: false,
};

let dir: TempDir;
beforeEach(async () => {
  dir = await createTempDir();
});
afterEach(async () => {
  await dir.remove();
});

it('starts with defaults and keeps changes across a restart', async () => {
  const file = dir.file('settings.json');
  const store = createSettingsStore({ file });
  expect(store.get()).toEqual(DEFAULTS);
  expect(await store.update({ theme: 'dark', syncScroll: true })).toEqual({
    ...DEFAULTS,
    theme: 'dark',
    syncScroll: true,
  });
  await store.update({ idleTimeoutMs: 30_000 });
  expect(createSettingsStore({ file }).get()).toEqual({
    ...DEFAULTS,
    theme: 'dark',
    syncScroll: true,
    idleTimeoutMs: 30_000,
  });
  // No temp files left behind by the atomic writes.
  expect(await readdir(dir.path)).toEqual(['settings.json']);
});

it('keeps a corrupt file aside and starts with defaults', async () => {
  const file = dir.file('settings.json');
  await writeFile(file, '{"theme": "dark", ');
  const store = createSettingsStore({ file });
  expect(store.get()).toEqual(DEFAULTS);
  expect(store.recovered?.keptAs).toMatch(/settings\.json\.corrupt-/);
  const kept = (await readdir(dir.path)).find((n) => n.startsWith('settings.json.corrupt-'));
  expect(kept).toBeDefined();
  expect(await readFile(dir.file(kept ?? ''), 'utf8')).toBe('{"theme": "dark", ');
});

it('keeps an invalid file aside and says what was wrong', async () => {
  const file = dir.file('settings.json');
  await writeFile(file, JSON.stringify({ theme: 'purple', idleTimeoutMs: 5 }));
  const store = createSettingsStore({ file });
  expect(store.get()).toEqual(DEFAULTS);
  expect(store.recovered?.reason).toContain('theme');
  expect(store.recovered?.reason).toContain('idleTimeoutMs');
});

it('refuses an invalid change in words and keeps the old value', async () => {
  const store = createSettingsStore({ file: dir.file('settings.json') });
  await expect(store.update({ idleTimeoutMs: 10 })).rejects.toThrow(
    /^These settings were not saved: idleTimeoutMs: /,
  );
  expect(store.get().idleTimeoutMs).toBe(60_000);
});

it('lands concurrent changes in order', async () => {
  const file = dir.file('settings.json');
  const store = createSettingsStore({ file });
  await Promise.all([
    store.update({ theme: 'light' }),
    store.update({ syncScroll: true }),
    store.update({ theme: 'dark' }),
  ]);
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
    ...DEFAULTS,
    theme: 'dark',
    syncScroll: true,
  });
});
