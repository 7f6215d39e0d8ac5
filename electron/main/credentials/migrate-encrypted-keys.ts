// Keys saved with safeStorage while the keychain was out of reach (e.g. keytar failed to load)
// move into the keychain once it answers, so the user does not have to paste them again. The
// encrypted file is removed only when every key in it was moved.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SECRET_FIELDS, type SecretField } from '../../../shared/providers';
import type { CredentialStore } from './credential-store';
import {
  ENCRYPTED_KEYS_FILE,
  encryptedKeysFileSchema,
  type SafeStorageLike,
} from './safe-storage-credential-store';
import { readJsonFile } from '../settings/json-file';

function parseAccount(account: string): { profileId: string; field: SecretField } | undefined {
  const at = account.lastIndexOf(':');
  const field = SECRET_FIELDS.find((f) => f === account.slice(at + 1));
  return at > 0 && field ? { profileId: account.slice(0, at), field } : undefined;
}

/** Returns how many keys were moved; keys already in the keychain are left as they are. */
export async function migrateEncryptedKeys(options: {
  userDataDir: string;
  safeStorage: SafeStorageLike;
  into: CredentialStore;
}): Promise<number> {
  const file = join(options.userDataDir, ENCRYPTED_KEYS_FILE);
  const read = readJsonFile(file, encryptedKeysFileSchema);
  if (read.status !== 'ok') return 0;
  let moved = 0;
  for (const [account, blob] of Object.entries(read.value.entries)) {
    const key = parseAccount(account);
    // An entry this version cannot place: keep the file rather than lose it.
    if (!key) return moved;
    const value = options.safeStorage.decryptString(Buffer.from(blob, 'base64'));
    if ((await options.into.get(key.profileId, key.field)) === undefined) {
      await options.into.set(key.profileId, key.field, value);
      moved += 1;
    }
  }
  await rm(file, { force: true });
  return moved;
}
