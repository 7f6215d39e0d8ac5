// Where keys go when no Secret Service answers: safeStorage when it is backed by a real key store,
// memory for this session otherwise — and the user is told which, in plain words.
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCredentialStore } from '../../../electron/main/credentials/create-credential-store';
import type { KeytarLike } from '../../../electron/main/credentials/keytar-like';
import { ENCRYPTED_KEYS_FILE } from '../../../electron/main/credentials/safe-storage-credential-store';
import { uniqueServiceName } from '../../support/keychain';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { createAesSafeStorage } from './aes-safe-storage';

const run = promisify(execFile);

/** A keytar that fails the way the real one does when the session bus cannot be reached. */
function keytarWithoutSecretService(): KeytarLike {
  const fail = () => Promise.reject(new Error('Could not connect: No such file or directory'));
  return {
    getPassword: fail,
    setPassword: fail,
    deletePassword: fail,
    findCredentials: fail,
  };
}

const SESSION_ONLY_LINUX =
  'No system keychain was found, so keys are kept only until you quit. Install and unlock GNOME Keyring or KWallet to keep them.';

describe('credential backend when no Secret Service answers', () => {
  let dir: TempDir;
  beforeEach(async () => {
    dir = await createTempDir();
  });
  afterEach(async () => {
    await dir.remove();
  });

  // The real keytar's failure mode checked here is libsecret's, i.e. Linux.
  it.runIf(process.platform === 'linux')(
    'falls back to session-only with the real keytar when D-Bus is unreachable (child process)',
    async () => {
      const script = fileURLToPath(new URL('./fixtures/report-backend.ts', import.meta.url));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DBUS_SESSION_BUS_ADDRESS: `unix:path=${dir.file('no-bus-here')}`,
      };
      delete env.DISPLAY;
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', script, uniqueServiceName(), dir.path],
        { env, timeout: 25_000 },
      );
      const report = JSON.parse(stdout) as {
        status: { backend: string; description: string; persistent: boolean };
        reasons: string[];
        roundTrip: boolean;
      };
      expect(report.status).toEqual({
        backend: 'session-only',
        description: SESSION_ONLY_LINUX,
        persistent: false,
      });
      expect(report.reasons.join(' ')).toMatch(/connect/i);
      // Session-only still works for this session.
      expect(report.roundTrip).toBe(true);
    },
  );

  it('uses safeStorage backed by a real key store, encrypting keys in a private file', async () => {
    const safeStorage = createAesSafeStorage({ storageBackend: 'kwallet5' });
    const store = await createCredentialStore({
      serviceName: uniqueServiceName(),
      userDataDir: dir.path,
      safeStorage,
      loadKeytar: async () => keytarWithoutSecretService(),
      platform: 'linux',
    });
    expect(store.status()).toEqual({
      backend: 'safe-storage',
      description:
        "The system keychain could not be reached, so keys are encrypted by your system's key store (kwallet5) and saved in the app's data folder.",
      persistent: true,
    });

    await store.set('openai-1', 'apiKey', 'sk-safe-storage-0123456789abcdef');
    await store.set('bedrock-1', 'accessKeyId', 'AKIA-SAFE-STORAGE-0000');
    const file = dir.file(ENCRYPTED_KEYS_FILE);
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain('sk-safe-storage');
    expect(onDisk).not.toContain('AKIA-SAFE');
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    // After a restart (a new store over the same folder and the same OS key) the keys are back.
    const reopened = await createCredentialStore({
      serviceName: uniqueServiceName(),
      userDataDir: dir.path,
      safeStorage: createAesSafeStorage({ storageBackend: 'kwallet5', key: safeStorage.key }),
      loadKeytar: async () => keytarWithoutSecretService(),
      platform: 'linux',
    });
    expect(await reopened.get('openai-1', 'apiKey')).toBe('sk-safe-storage-0123456789abcdef');
    expect(await reopened.describe('bedrock-1', ['accessKeyId'])).toEqual([
      { field: 'accessKeyId', set: true, hint: '…0000' },
    ]);
    await reopened.deleteAll('bedrock-1');
    expect(await reopened.get('bedrock-1', 'accessKeyId')).toBeUndefined();
    expect(await readFile(file, 'utf8')).not.toContain('bedrock-1');
  });

  it('keeps concurrent saves of different profiles in the encrypted file', async () => {
    const safeStorage = createAesSafeStorage();
    const options = {
      serviceName: uniqueServiceName(),
      userDataDir: dir.path,
      safeStorage,
      loadKeytar: async () => keytarWithoutSecretService(),
    };
    const store = await createCredentialStore(options);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.set(`p${i}`, 'apiKey', `key-number-${i}-abcdef`)),
    );
    const reopened = await createCredentialStore(options);
    for (let i = 0; i < 8; i++) {
      expect(await reopened.get(`p${i}`, 'apiKey')).toBe(`key-number-${i}-abcdef`);
    }
  });

  it('refuses plain-text safeStorage (basic_text) and keeps keys for this session only', async () => {
    const store = await createCredentialStore({
      serviceName: uniqueServiceName(),
      userDataDir: dir.path,
      safeStorage: createAesSafeStorage({ storageBackend: 'basic_text' }),
      loadKeytar: async () => keytarWithoutSecretService(),
      platform: 'linux',
    });
    expect(store.status().backend).toBe('session-only');
    expect(store.status().persistent).toBe(false);
    expect(store.status().description).toContain('will not save keys as plain text');
    expect(store.status().description).toContain('kept only until you quit');

    await store.set('p', 'apiKey', 'sk-session-only-000000000');
    expect(await store.get('p', 'apiKey')).toBe('sk-session-only-000000000');
    // Nothing written to disk.
    await expect(stat(dir.file(ENCRYPTED_KEYS_FILE))).rejects.toThrow();
  });

  it('is session-only when there is no safeStorage and keytar cannot even load', async () => {
    const store = await createCredentialStore({
      serviceName: uniqueServiceName(),
      userDataDir: dir.path,
      loadKeytar: () => Promise.reject(new Error('libsecret-1.so.0: cannot open shared object')),
      platform: 'linux',
    });
    expect(store.status()).toEqual({
      backend: 'session-only',
      description: SESSION_ONLY_LINUX,
      persistent: false,
    });
  });

  it('treats a keychain that never answers as absent', async () => {
    const silent: KeytarLike = {
      ...keytarWithoutSecretService(),
      findCredentials: () => new Promise(() => undefined),
    };
    const reasons: string[] = [];
    const store = await createCredentialStore({
      serviceName: uniqueServiceName(),
      userDataDir: dir.path,
      safeStorage: createAesSafeStorage({ available: false }),
      loadKeytar: async () => silent,
      probeTimeoutMs: 50,
      onKeychainUnavailable: (reason) => reasons.push(reason),
      platform: 'darwin',
    });
    expect(store.status().backend).toBe('session-only');
    expect(store.status().description).toBe(
      'No system keychain was found, so keys are kept only until you quit. Make sure your system keychain is unlocked, then restart the app to keep them.',
    );
    expect(reasons).toEqual(['the keychain did not answer in time']);
  });
});
