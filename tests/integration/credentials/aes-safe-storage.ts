// A stand-in for Electron's safeStorage that really encrypts (AES-256-GCM with a key held in
// memory), so tests can check that what lands on disk is not the key in clear.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SafeStorageLike } from '../../../electron/main/credentials/safe-storage-credential-store';

export function createAesSafeStorage(
  options: { storageBackend?: string; available?: boolean; key?: Buffer } = {},
): SafeStorageLike & { key: Buffer } {
  const key = options.key ?? randomBytes(32);
  return {
    key,
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.storageBackend ?? 'gnome_libsecret',
    encryptString(plainText) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(encrypted) {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}
