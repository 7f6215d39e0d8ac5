// One contract for secrets, one implementation per backend (OS keychain via keytar, Electron
// safeStorage, memory for this session only). Values are only ever read in main.
import type { CredentialBackendStatus, SecretStatus } from '../../../shared/credentials';
import type { SecretField } from '../../../shared/providers';

export interface CredentialStore {
  status(): CredentialBackendStatus;
  set(profileId: string, field: SecretField, value: string): Promise<void>;
  /** Main process only: read at the moment a provider client is built. */
  get(profileId: string, field: SecretField): Promise<string | undefined>;
  delete(profileId: string, field: SecretField): Promise<void>;
  /** Removes every secret of a profile (when the provider is deleted). */
  deleteAll(profileId: string): Promise<void>;
  /** Whether each field is set, with a masked hint such as "…a1b2". */
  describe(profileId: string, fields: readonly SecretField[]): Promise<SecretStatus[]>;
}
