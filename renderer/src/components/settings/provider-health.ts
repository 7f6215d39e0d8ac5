// Why a saved provider cannot work as it stands (a required key is missing), in words for the
// pane picker and the provider list; undefined when nothing is known to be wrong.
import type { ProviderProfileView } from '../../../../shared/ipc';
import { OPTIONAL_SECRET_FIELDS, SECRET_FIELD_LABELS } from '../../../../shared/providers';

export function whyProviderCannotWork(view: ProviderProfileView): string | undefined {
  const missing = view.secrets
    .filter((s) => !s.set && !OPTIONAL_SECRET_FIELDS.includes(s.field))
    .map((s) => SECRET_FIELD_LABELS[s.field]);
  if (missing.length === 0) return undefined;
  return `no ${missing.join(' or ')} saved: add it in Settings`;
}
