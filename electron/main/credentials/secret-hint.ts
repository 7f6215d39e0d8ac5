// The only view of a secret that leaves main: whether it is set and, for long values, its last
// four characters. Short values get no hint: four characters of an 8-character token is half of it.
import type { SecretStatus } from '../../../shared/credentials';
import type { SecretField } from '../../../shared/providers';

export const HINT_MIN_LENGTH = 12;
const HINT_CHARS = 4;

export function secretStatus(field: SecretField, value: string | undefined): SecretStatus {
  if (!value) return { field, set: false };
  if (value.length < HINT_MIN_LENGTH) return { field, set: true };
  return { field, set: true, hint: `…${value.slice(-HINT_CHARS)}` };
}
