// Picks where keys live: the OS keychain if it answers, else Electron safeStorage when it is
// backed by a real key store, else memory for this session — and says which, in plain words,
// rather than silently writing keys as plain text (as VS Code does).
import { sessionOnlyStatus } from './backend-status';
import type { CredentialStore } from './credential-store';
import { createKeytarCredentialStore, probeKeychain } from './keytar-credential-store';
import { loadKeytar as loadRealKeytar, type KeytarLike } from './keytar-like';
import { migrateEncryptedKeys } from './migrate-encrypted-keys';
import {
  checkSafeStorage,
  createSafeStorageCredentialStore,
  type SafeStorageLike,
} from './safe-storage-credential-store';
import { createSessionCredentialStore } from './session-credential-store';

export interface CreateCredentialStoreOptions {
  /** Keychain service name: the app's own, or a unique one per test run. */
  serviceName: string;
  userDataDir: string;
  safeStorage?: SafeStorageLike;
  loadKeytar?: () => Promise<KeytarLike>;
  platform?: NodeJS.Platform;
  probeTimeoutMs?: number;
  /** Told why the keychain was not used, for the log (never shown with secrets: there are none). */
  onKeychainUnavailable?: (reason: string) => void;
}

async function tryKeychain(
  options: CreateCredentialStoreOptions,
): Promise<{ keytar: KeytarLike } | { reason: string }> {
  let keytar: KeytarLike;
  try {
    keytar = await (options.loadKeytar ?? loadRealKeytar)();
  } catch (error) {
    return { reason: `keytar could not be loaded: ${String(error)}` };
  }
  const probe = await probeKeychain(keytar, options.serviceName, options.probeTimeoutMs);
  return probe.ok ? { keytar } : { reason: probe.reason };
}

export async function createCredentialStore(
  options: CreateCredentialStoreOptions,
): Promise<CredentialStore> {
  const platform = options.platform ?? process.platform;
  const keychain = await tryKeychain(options);
  if ('keytar' in keychain) {
    const store = createKeytarCredentialStore({
      serviceName: options.serviceName,
      keytar: keychain.keytar,
      platform,
    });
    if (options.safeStorage && checkSafeStorage(options.safeStorage).usable) {
      // A failed move keeps the encrypted file for the next start: nothing is lost.
      await migrateEncryptedKeys({
        userDataDir: options.userDataDir,
        safeStorage: options.safeStorage,
        into: store,
      }).catch(() => 0);
    }
    return store;
  }
  options.onKeychainUnavailable?.(keychain.reason);

  const check = options.safeStorage ? checkSafeStorage(options.safeStorage) : undefined;
  if (options.safeStorage && check?.usable) {
    return createSafeStorageCredentialStore({
      safeStorage: options.safeStorage,
      userDataDir: options.userDataDir,
      platform,
    });
  }
  const why =
    check && !check.usable && check.why === 'plain-text-only' ? 'plain-text-only' : 'no-keychain';
  return createSessionCredentialStore(sessionOnlyStatus(platform, why));
}
