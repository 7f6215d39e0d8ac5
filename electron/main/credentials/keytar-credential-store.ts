// Secrets in the OS keychain through keytar: one entry per (profile, field) under the service
// name the caller gives (the app's, or a unique one per test run).
import type { CredentialStore } from './credential-store';
import { osKeychainStatus } from './backend-status';
import { createCredentialStoreOver } from './credential-store-over';
import type { KeytarLike } from './keytar-like';
import { secretAccount, type SecretBackend } from './secret-backend';

export interface KeytarCredentialStoreOptions {
  serviceName: string;
  keytar: KeytarLike;
  platform?: NodeJS.Platform;
}

export type KeychainProbe = { ok: true } | { ok: false; reason: string };

/**
 * Asks the keychain once whether it answers. Without D-Bus or a Secret Service keytar rejects
 * (or, with a locked keyring and no prompter, may never answer), so a slow probe counts as no.
 * The search goes to a service name that holds no entries: searching one that does, while the
 * keyring is locked and the unlock prompt fails, crashes keytar's native code (node-keytar #477).
 */
export async function probeKeychain(
  keytar: KeytarLike,
  serviceName: string,
  timeoutMs = 5000,
): Promise<KeychainProbe> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<KeychainProbe>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: 'the keychain did not answer in time' }),
      timeoutMs,
    );
  });
  const probe = keytar.findCredentials(`${serviceName}.probe`).then(
    (): KeychainProbe => ({ ok: true }),
    (error: unknown): KeychainProbe => ({
      ok: false,
      reason: error instanceof Error ? error.message : String(error),
    }),
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function createKeytarCredentialStore(
  options: KeytarCredentialStoreOptions,
): CredentialStore {
  const { serviceName, keytar } = options;
  const backend: SecretBackend = {
    get: async (profileId, field) =>
      (await keytar.getPassword(serviceName, secretAccount(profileId, field))) ?? undefined,
    set: (profileId, field, value) =>
      keytar.setPassword(serviceName, secretAccount(profileId, field), value),
    delete: async (profileId, field) => {
      await keytar.deletePassword(serviceName, secretAccount(profileId, field));
    },
  };
  return createCredentialStoreOver(backend, osKeychainStatus(options.platform ?? process.platform));
}
