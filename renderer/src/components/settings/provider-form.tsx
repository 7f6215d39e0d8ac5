// Add or edit a provider profile: the fields its cloud needs, write-only key entry, and a
// connection test of what the form holds (saved or not). Every field that needs work is flagged
// at once; main's validation messages appear next to the fields they concern.
import { useState } from 'react';
import type { ConnectionTestResult, ProviderProfileView } from '../../../../shared/ipc';
import {
  secretFieldsFor,
  type ProviderProfile,
  type SecretField,
} from '../../../../shared/providers';
import { api, errorMessage, fieldErrors } from '../../lib/api';
import { useAppStore } from '../../store/app-store';
import { TextField } from '../common/text-field';
import { DefaultModelField } from './default-model-field';
import { checkDraft } from './draft-checks';
import { KindFields } from './kind-fields';
import { draftFromProfile, emptyDraft, profileFromDraft, type ProfileDraft } from './profile-draft';
import { SecretFields } from './secret-fields';

interface ProviderFormProps {
  kind: ProfileDraft['kind'];
  existing?: ProviderProfileView;
  submitLabel: string;
  onSaved?(view: ProviderProfileView): void;
  onCancel?(): void;
  /** Say "Saved" from the start (the form was just saved under another mode). */
  justSaved?: boolean;
}

type Secrets = Partial<Record<SecretField, string>>;

export function ProviderForm(props: ProviderFormProps) {
  const { kind, existing, submitLabel, onSaved, onCancel } = props;
  const [draft, setDraft] = useState<ProfileDraft>(() =>
    existing ? draftFromProfile(existing.profile) : emptyDraft(kind),
  );
  const [secrets, setSecrets] = useState<Secrets>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [savedNotice, setSavedNotice] = useState(props.justSaved ?? false);
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<ConnectionTestResult>();
  const views = useAppStore((s) => s.providers);
  const saved = views.find((v) => v.profile.id === draft.id);
  const store = useAppStore.getState;

  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setSavedNotice(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const shaped: ProviderProfile = profileFromDraft(draft);
  const secretFields = secretFieldsFor(shaped);

  /** Flags every field that needs work; true when the draft can go to main. */
  const checked = () => {
    const found = checkDraft(draft, secrets, saved?.secrets ?? []);
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const runTest = async () => {
    setFormError(undefined);
    if (!checked()) return;
    setTesting(true);
    setTest(undefined);
    try {
      // The form's own values, keys included: a key typed but not saved is tested too.
      setTest(await api.testConnection({ profile: shaped, secrets: typedSecrets(secrets) }));
    } catch (error) {
      setTest({ ok: false, message: errorMessage(error), latencyMs: 0 });
    } finally {
      setTesting(false);
    }
  };

  const save = async () => {
    setFormError(undefined);
    setSavedNotice(false);
    if (!checked()) return;
    setSaving(true);
    try {
      let view: ProviderProfileView;
      try {
        view = await store().saveProvider(shaped);
      } catch (error) {
        const byField: Record<string, string> = {};
        for (const [path, message] of Object.entries(fieldErrors(error))) {
          byField[path.split('.')[0] ?? path] ??= message;
        }
        setErrors(byField);
        if (Object.keys(byField).length === 0) setFormError(errorMessage(error));
        return;
      }
      const secretErrors: Record<string, string> = {};
      for (const field of secretFieldsFor(view.profile)) {
        const value = secrets[field]?.trim();
        if (!value) continue;
        try {
          await store().setSecret(view.profile.id, field, value);
        } catch (error) {
          secretErrors[field] = errorMessage(error);
        }
      }
      setErrors(secretErrors);
      // Keys are never kept in the form once stored.
      setSecrets({});
      if (Object.keys(secretErrors).length > 0) return;
      setSavedNotice(true);
      onSaved?.(view);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="provider-form"
      aria-label={existing ? `Edit ${existing.profile.name}` : 'New provider'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        label="Name"
        data-dialog-focus
        value={draft.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />

      <KindFields draft={draft} set={set} errors={errors} />

      <SecretFields
        fields={secretFields}
        statuses={saved?.secrets ?? []}
        values={secrets}
        errors={errors}
        onChange={(field, value) => {
          setSavedNotice(false);
          setSecrets((current) => ({ ...current, [field]: value }));
        }}
        onRemove={(field) => void store().deleteSecret(draft.id, field)}
      />

      <DefaultModelField
        draft={draft}
        found={test?.ok ? test.models : undefined}
        error={errors.defaultModel}
        onChange={(v) => set('defaultModel', v)}
      />
      {/* An OpenAI-compatible server's base URL already is its endpoint. */}
      {draft.kind !== 'openai-compatible' && (
        <details className="provider-form__advanced">
          <summary>Advanced</summary>
          <TextField
            label="Endpoint override (optional)"
            placeholder="Gateway, VPC endpoint or local server URL"
            value={draft.endpoint}
            onChange={(v) => set('endpoint', v)}
            error={errors.endpoint}
          />
        </details>
      )}

      {formError && (
        <p role="alert" className="notice notice--error">
          {formError}
        </p>
      )}
      {test && (
        <p
          role="status"
          className={`notice ${test.ok ? 'notice--ok' : 'notice--error'}`}
          aria-label="Connection test result"
        >
          {test.message}
        </p>
      )}
      {savedNotice && (
        <p role="status" className="notice notice--ok" aria-label="Save result">
          Saved
        </p>
      )}

      <div className="form-actions">
        {onCancel && (
          <button type="button" className="ghost-button" onClick={onCancel}>
            Cancel
          </button>
        )}
        {/* Not disabled while testing: a disabled button would drop the keyboard focus. */}
        <button
          type="button"
          className="button"
          aria-disabled={testing}
          onClick={() => {
            if (!testing) void runTest();
          }}
        >
          {testing ? 'Testing…' : 'Test connection'}
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

function typedSecrets(secrets: Secrets): Secrets {
  const out: Secrets = {};
  for (const [field, value] of Object.entries(secrets) as [SecretField, string][]) {
    if (value.trim()) out[field] = value.trim();
  }
  return out;
}
