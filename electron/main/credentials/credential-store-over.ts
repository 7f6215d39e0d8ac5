// Builds the full CredentialStore contract over a small storage backend: operations on one
// profile's secrets are serialised, failures become plain words, and values never leak into them.
import type { CredentialBackendStatus } from '../../../shared/credentials';
import { SECRET_FIELD_LABELS, SECRET_FIELDS, type SecretField } from '../../../shared/providers';
import { UserFacingError } from '../ipc/user-facing-error';
import { redactSecrets } from '../security/redact-secrets';
import type { CredentialStore } from './credential-store';
import { createKeyedLock } from './keyed-lock';
import type { SecretBackend } from './secret-backend';
import { secretStatus } from './secret-hint';

function reasonOf(error: unknown, secret?: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  // Backends' messages are about the store, but never risk echoing what was being saved.
  return redactSecrets(raw, [secret]).trim().replace(/\.$/, '') || 'no reason was given';
}

export function createCredentialStoreOver(
  backend: SecretBackend,
  status: CredentialBackendStatus,
): CredentialStore {
  // One queue per profile: deleteAll and describe span several fields of the same profile.
  const lock = createKeyedLock();
  const where = status.backend === 'os-keychain' ? 'the system keychain' : 'the key store';

  const fail = (action: string, field: SecretField, error: unknown, secret?: string): never => {
    if (error instanceof UserFacingError) throw error;
    const reason = reasonOf(error, secret);
    const advice = /locked/i.test(reason) ? ' Unlock your system keychain and try again.' : '';
    throw new UserFacingError(
      `Could not ${action} the ${SECRET_FIELD_LABELS[field]} in ${where}: ${reason}.${advice}`,
    );
  };
  const read = async (profileId: string, field: SecretField) => {
    try {
      return await backend.get(profileId, field);
    } catch (error) {
      return fail('read', field, error);
    }
  };
  const remove = async (profileId: string, field: SecretField) => {
    try {
      await backend.delete(profileId, field);
    } catch (error) {
      fail('remove', field, error);
    }
  };

  return {
    status: () => ({ ...status }),
    set: (profileId, field, value) =>
      lock.run(profileId, async () => {
        if (!value) throw new UserFacingError('Paste the key first.', 'invalid-input');
        try {
          await backend.set(profileId, field, value);
        } catch (error) {
          fail('save', field, error, value);
        }
      }),
    get: (profileId, field) => lock.run(profileId, () => read(profileId, field)),
    delete: (profileId, field) => lock.run(profileId, () => remove(profileId, field)),
    deleteAll: (profileId) =>
      lock.run(profileId, async () => {
        for (const field of SECRET_FIELDS) await remove(profileId, field);
      }),
    describe: (profileId, fields) =>
      lock.run(profileId, async () => {
        const statuses = [];
        for (const field of fields)
          statuses.push(secretStatus(field, await read(profileId, field)));
        return statuses;
      }),
  };
}
