// Write-only key entry: the form shows whether a key is stored and its masked hint, never the key.
import type { SecretStatus } from '../../../../shared/credentials';
import {
  OPTIONAL_SECRET_FIELDS,
  SECRET_FIELD_LABELS,
  type SecretField,
} from '../../../../shared/providers';
import { TextField } from '../common/text-field';

function secretText(status: SecretStatus | undefined): string {
  if (!status?.set) return 'Not set';
  return status.hint ? `Set ${status.hint}` : 'Set';
}

interface SecretFieldsProps {
  fields: SecretField[];
  statuses: SecretStatus[];
  values: Partial<Record<SecretField, string>>;
  errors: Record<string, string>;
  onChange(field: SecretField, value: string): void;
  onRemove(field: SecretField): void;
}

export function SecretFields({
  fields,
  statuses,
  values,
  errors,
  onChange,
  onRemove,
}: SecretFieldsProps) {
  return (
    <>
      {fields.map((field) => {
        const status = statuses.find((s) => s.field === field);
        const optional = OPTIONAL_SECRET_FIELDS.includes(field);
        return (
          <div key={field} className="secret-field">
            <TextField
              label={`${SECRET_FIELD_LABELS[field]}${optional ? ' (optional)' : ''}`}
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder={status?.set ? 'Leave empty to keep the stored key' : 'Paste the key'}
              value={values[field] ?? ''}
              onChange={(v) => onChange(field, v)}
              error={errors[field]}
              hint={`Stored in your keychain. ${secretText(status)}.`}
            />
            {status?.set && (
              <button
                type="button"
                className="ghost-button danger"
                aria-label={`Remove ${SECRET_FIELD_LABELS[field]}`}
                onClick={() => onRemove(field)}
              >
                Remove key
              </button>
            )}
          </div>
        );
      })}
    </>
  );
}
