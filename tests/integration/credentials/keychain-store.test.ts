// The credential store against the REAL Secret Service (gnome-keyring under dbus-run-session in
// CI). Every entry lives under a service name unique to this run and is removed afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createCredentialStore } from '../../../electron/main/credentials/create-credential-store';
import {
  createSafeStorageCredentialStore,
  ENCRYPTED_KEYS_FILE,
} from '../../../electron/main/credentials/safe-storage-credential-store';
import type { CredentialStore } from '../../../electron/main/credentials/credential-store';
import {
  removeServiceEntries,
  requireSecretService,
  uniqueServiceName,
} from '../../support/keychain';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { createAesSafeStorage } from './aes-safe-storage';

const secretService = await requireSecretService();

describe.runIf(secretService.available)('credential store in the OS keychain', () => {
  const serviceName = uniqueServiceName();
  const keytar = secretService.available ? secretService.keytar : undefined;
  let dir: TempDir;
  let store: CredentialStore;

  beforeAll(async () => {
    dir = await createTempDir();
    store = await createCredentialStore({ serviceName, userDataDir: dir.path });
  });

  afterAll(async () => {
    if (keytar) await removeServiceEntries(keytar, serviceName);
    await dir.remove();
  });

  it('tells the user keys are kept in the system keychain', () => {
    expect(store.status()).toEqual({
      backend: 'os-keychain',
      description: 'Keys are kept in your system keychain (Secret Service).',
      persistent: true,
    });
  });

  it('stores a key in the keychain under the profile and field, and reads it back', async () => {
    await store.set('openai-1', 'apiKey', 'sk-test-abcdefghijklmnop1234');
    expect(await store.get('openai-1', 'apiKey')).toBe('sk-test-abcdefghijklmnop1234');
    // Really in the Secret Service, not in memory: a direct keytar read sees it.
    expect(await keytar?.getPassword(serviceName, 'openai-1:apiKey')).toBe(
      'sk-test-abcdefghijklmnop1234',
    );
    // And a store built afresh (as after a restart) finds it too.
    const again = await createCredentialStore({ serviceName, userDataDir: dir.path });
    expect(await again.get('openai-1', 'apiKey')).toBe('sk-test-abcdefghijklmnop1234');
  });

  it('overwrites a key', async () => {
    await store.set('overwrite', 'apiKey', 'first-value-000000000000');
    await store.set('overwrite', 'apiKey', 'second-value-11111111111');
    expect(await store.get('overwrite', 'apiKey')).toBe('second-value-11111111111');
    const entries = await keytar?.findCredentials(serviceName);
    expect(entries?.filter((e) => e.account === 'overwrite:apiKey')).toHaveLength(1);
  });

  it('deletes a key', async () => {
    await store.set('delete-me', 'apiKey', 'sk-delete-me-000000000000');
    await store.delete('delete-me', 'apiKey');
    expect(await store.get('delete-me', 'apiKey')).toBeUndefined();
    expect(await keytar?.getPassword(serviceName, 'delete-me:apiKey')).toBeNull();
    // Deleting what is not there is not an error.
    await expect(store.delete('delete-me', 'apiKey')).resolves.toBeUndefined();
  });

  it('describes a profile with set flags and a last-four hint only', async () => {
    await store.set('bedrock-1', 'accessKeyId', 'AKIAIOSFODNN7EXAMPLE');
    await store.set('bedrock-1', 'secretAccessKey', 'short-key');
    const described = await store.describe('bedrock-1', [
      'accessKeyId',
      'secretAccessKey',
      'sessionToken',
    ]);
    expect(described).toEqual([
      { field: 'accessKeyId', set: true, hint: '…MPLE' },
      { field: 'secretAccessKey', set: true },
      { field: 'sessionToken', set: false },
    ]);
  });

  it("deleteAll removes every key of one profile and leaves other profiles' keys", async () => {
    await store.set('gone', 'accessKeyId', 'AKIA-GONE-000000000000');
    await store.set('gone', 'secretAccessKey', 'gone-secret-000000000000');
    await store.set('gone', 'sessionToken', 'gone-token-000000000000');
    await store.set('kept', 'apiKey', 'kept-key-0000000000000000');
    await store.deleteAll('gone');
    const left = (await keytar?.findCredentials(serviceName))?.map((e) => e.account) ?? [];
    expect(left.filter((account) => account.startsWith('gone:'))).toEqual([]);
    expect(await store.get('kept', 'apiKey')).toBe('kept-key-0000000000000000');
  });

  it('keeps a 4 KB value with unicode intact', async () => {
    const unit = 'ключ-鍵-🔑-é-';
    const value = unit.repeat(Math.ceil(4096 / unit.length)).slice(0, 4096);
    expect(value.length).toBe(4096);
    await store.set('unicode', 'sessionToken', value);
    expect(await store.get('unicode', 'sessionToken')).toBe(value);
  });

  it('serialises concurrent writes so the last one asked for wins', async () => {
    const values = Array.from({ length: 12 }, (_, i) => `concurrent-value-${i}-abcdefgh`);
    await Promise.all(values.map((v) => store.set('race', 'apiKey', v)));
    expect(await store.get('race', 'apiKey')).toBe(values.at(-1));
  });

  it('makes a read wait for a pending write', async () => {
    const write = store.set('read-after-write', 'apiKey', 'value-being-written-1234');
    const read = store.get('read-after-write', 'apiKey');
    await write;
    expect(await read).toBe('value-being-written-1234');
  });

  it('moves keys saved with safeStorage into the keychain once it answers', async () => {
    const other = await createTempDir();
    try {
      const safeStorage = createAesSafeStorage();
      const fallback = createSafeStorageCredentialStore({ safeStorage, userDataDir: other.path });
      await fallback.set('moved', 'apiKey', 'sk-saved-while-keychain-was-away');
      await store.set('already', 'apiKey', 'keychain-value-wins-000000');
      await fallback.set('already', 'apiKey', 'older-fallback-value-000000');

      const keychainStore = await createCredentialStore({
        serviceName,
        userDataDir: other.path,
        safeStorage,
      });
      expect(keychainStore.status().backend).toBe('os-keychain');
      expect(await keytar?.getPassword(serviceName, 'moved:apiKey')).toBe(
        'sk-saved-while-keychain-was-away',
      );
      expect(await keychainStore.get('already', 'apiKey')).toBe('keychain-value-wins-000000');
      expect(existsSync(other.file(ENCRYPTED_KEYS_FILE))).toBe(false);
    } finally {
      await other.remove();
    }
  });
});
