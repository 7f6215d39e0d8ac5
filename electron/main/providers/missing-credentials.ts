// Which required secrets a profile lacks, and the words that tell the user which to set.
import {
  OPTIONAL_SECRET_FIELDS,
  PROVIDER_LABELS,
  SECRET_FIELD_LABELS,
  secretFieldsFor,
} from '../../../shared/providers';
import type { ProviderProfile, SecretField } from '../../../shared/providers';
import type { ProviderCredentials } from './provider';

export function missingSecretFields(
  profile: ProviderProfile,
  credentials: ProviderCredentials,
): SecretField[] {
  return secretFieldsFor(profile).filter(
    (field) => !OPTIONAL_SECRET_FIELDS.includes(field) && !credentials[field]?.trim(),
  );
}

export function missingCredentialsMessage(
  profile: ProviderProfile,
  missing: readonly SecretField[],
): string {
  const names = missing.map((field) => SECRET_FIELD_LABELS[field]);
  const list =
    names.length > 1
      ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
      : (names[0] ?? 'key');
  return `${PROVIDER_LABELS[profile.kind]} needs the ${list} for “${profile.name}”. Set ${missing.length > 1 ? 'them' : 'it'} in Settings.`;
}
