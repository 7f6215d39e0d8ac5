// Keys in memory for this session only: used when no keychain answers and the only alternative
// would be plain text on disk. Nothing is refused, nothing is persisted.
import type { CredentialBackendStatus } from '../../../shared/credentials';
import type { CredentialStore } from './credential-store';
import { createCredentialStoreOver } from './credential-store-over';
import { secretAccount } from './secret-backend';

export function createSessionCredentialStore(status: CredentialBackendStatus): CredentialStore {
  const values = new Map<string, string>();
  return createCredentialStoreOver(
    {
      get: async (profileId, field) => values.get(secretAccount(profileId, field)),
      set: async (profileId, field, value) => {
        values.set(secretAccount(profileId, field), value);
      },
      delete: async (profileId, field) => {
        values.delete(secretAccount(profileId, field));
      },
    },
    status,
  );
}
