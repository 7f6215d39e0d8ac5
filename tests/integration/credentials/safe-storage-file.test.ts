// The safeStorage file is the user's data: a damaged one is set aside, never silently dropped.
import { readdir, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  createSafeStorageCredentialStore,
  ENCRYPTED_KEYS_FILE,
} from '../../../electron/main/credentials/safe-storage-credential-store';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { createAesSafeStorage } from './aes-safe-storage';

let dir: TempDir;
beforeEach(async () => {
  dir = await createTempDir();
});
afterEach(async () => {
  await dir.remove();
});

it('sets a corrupt key file aside and starts empty', async () => {
  await writeFile(dir.file(ENCRYPTED_KEYS_FILE), '{"version":1,"entries":{"p:apiKey":');
  const store = createSafeStorageCredentialStore({
    safeStorage: createAesSafeStorage(),
    userDataDir: dir.path,
  });
  expect(await store.get('p', 'apiKey')).toBeUndefined();
  const names = await readdir(dir.path);
  expect(names.some((n) => n.startsWith(`${ENCRYPTED_KEYS_FILE}.corrupt-`))).toBe(true);
});

it('says in words, without the key, when a key can no longer be decrypted', async () => {
  const userDataDir = dir.path;
  const first = createSafeStorageCredentialStore({
    safeStorage: createAesSafeStorage(),
    userDataDir,
  });
  await first.set('p', 'apiKey', 'sk-will-not-decrypt-0000');
  // A different OS key (e.g. the keyring was reset) cannot read the old blob.
  const second = createSafeStorageCredentialStore({
    safeStorage: createAesSafeStorage(),
    userDataDir,
  });
  const failure = second.get('p', 'apiKey');
  await expect(failure).rejects.toThrow(/^Could not read the API key in the key store: /);
  await expect(failure).rejects.not.toThrow(/sk-will-not/);
});
