// Reads the secrets a profile needs from the credential store, in main, at the moment a client is
// built. The result must never be sent to the renderer.
import { secretFieldsFor, type ProviderProfile } from '../../../shared/providers';
import type { CredentialStore } from '../credentials/credential-store';
import type { ProviderCredentials } from '../providers/provider';

export async function readProviderCredentials(
  profile: ProviderProfile,
  credentials: CredentialStore,
): Promise<ProviderCredentials> {
  const result: ProviderCredentials = {};
  for (const field of secretFieldsFor(profile)) {
    const value = await credentials.get(profile.id, field);
    if (value) result[field] = value;
  }
  return result;
}
