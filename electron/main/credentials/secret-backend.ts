// The few operations a storage backend must offer; the rest of the CredentialStore contract
// (locking, deleteAll, describe, errors in words) is built once on top in credential-store-over.ts.
import type { SecretField } from '../../../shared/providers';

export interface SecretBackend {
  get(profileId: string, field: SecretField): Promise<string | undefined>;
  set(profileId: string, field: SecretField, value: string): Promise<void>;
  delete(profileId: string, field: SecretField): Promise<void>;
}

/** The account name a secret is stored under: one entry per profile and field. */
export function secretAccount(profileId: string, field: SecretField): string {
  return `${profileId}:${field}`;
}
