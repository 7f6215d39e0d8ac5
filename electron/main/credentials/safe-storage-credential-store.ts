// Secrets encrypted with Electron's safeStorage (passed in: services never import electron) and
// kept as base64 blobs in a JSON file in the user-data folder, readable by the user only.
import { join } from 'node:path';
import { z } from 'zod';
import { createWriteQueue, writeFileAtomic } from '../settings/atomic-write';
import { readJsonFile } from '../settings/json-file';
import { safeStorageStatus } from './backend-status';
import type { CredentialStore } from './credential-store';
import { createCredentialStoreOver } from './credential-store-over';
import { secretAccount } from './secret-backend';

/** The slice of Electron's `safeStorage` this store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron: which store the encryption key lives in. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** On Linux these mean the key sits beside the data, i.e. keys would be plain text in effect. */
const PLAIN_TEXT_BACKENDS = new Set(['basic_text', 'unknown']);

export type SafeStorageCheck =
  | { usable: true; storageBackend?: string }
  | { usable: false; why: 'unavailable' | 'plain-text-only' };

export function checkSafeStorage(safeStorage: SafeStorageLike): SafeStorageCheck {
  if (!safeStorage.isEncryptionAvailable()) return { usable: false, why: 'unavailable' };
  let storageBackend: string | undefined;
  try {
    storageBackend = safeStorage.getSelectedStorageBackend?.();
  } catch {
    // Only Linux has this; elsewhere the OS keychain always backs safeStorage.
    storageBackend = undefined;
  }
  if (storageBackend !== undefined && PLAIN_TEXT_BACKENDS.has(storageBackend)) {
    return { usable: false, why: 'plain-text-only' };
  }
  return storageBackend === undefined ? { usable: true } : { usable: true, storageBackend };
}

export const ENCRYPTED_KEYS_FILE = 'encrypted-keys.json';

export const encryptedKeysFileSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), z.string()),
});

export interface SafeStorageCredentialStoreOptions {
  safeStorage: SafeStorageLike;
  userDataDir: string;
  platform?: NodeJS.Platform;
}

export function createSafeStorageCredentialStore(
  options: SafeStorageCredentialStoreOptions,
): CredentialStore {
  const { safeStorage } = options;
  const file = join(options.userDataDir, ENCRYPTED_KEYS_FILE);
  const read = readJsonFile(file, encryptedKeysFileSchema);
  const entries = new Map(Object.entries(read.status === 'ok' ? read.value.entries : {}));
  const queue = createWriteQueue();
  // Snapshot at call time, write in order: the last write always holds every change before it.
  const persist = () => {
    const content = JSON.stringify({ version: 1, entries: Object.fromEntries(entries) }, null, 2);
    return queue(() => writeFileAtomic(file, content, 0o600));
  };

  const check = checkSafeStorage(safeStorage);
  const storageBackend = check.usable ? check.storageBackend : undefined;
  return createCredentialStoreOver(
    {
      get: async (profileId, field) => {
        const blob = entries.get(secretAccount(profileId, field));
        return blob === undefined
          ? undefined
          : safeStorage.decryptString(Buffer.from(blob, 'base64'));
      },
      set: async (profileId, field, value) => {
        const blob = safeStorage.encryptString(value).toString('base64');
        entries.set(secretAccount(profileId, field), blob);
        await persist();
      },
      delete: async (profileId, field) => {
        if (entries.delete(secretAccount(profileId, field))) await persist();
      },
    },
    safeStorageStatus(options.platform ?? process.platform, storageBackend),
  );
}
