// Add or edit a provider profile: the fields its cloud needs, write-only key entry, and a
// connection test. Validation messages from main appear next to the fields they concern.
import { useState } from 'react';
import type { ConnectionTestResult, ProviderProfileView } from '../../../../shared/ipc';
import {
  secretFieldsFor,
  type ProviderProfile,
  type SecretField,
} from '../../../../shared/providers';
import { errorMessage, fieldErrors } from '../../lib/api';
import { useAppStore } from '../../store/app-store';
import { TextField } from '../common/text-field';
import { KindFields } from './kind-fields';
import { draftFromProfile, emptyDraft, profileFromDraft, type ProfileDraft } from './profile-draft';
import { SecretFields } from './secret-fields';

interface ProviderFormProps {
  kind: ProfileDraft['kind'];
  existing?: ProviderProfileView;
  submitLabel: string;
  onSaved?(view: ProviderProfileView): void;
  onCancel?(): void;
  /** Run a connection test right after saving (the guided setup does). */
  testAfterSave?: boolean;
}

export function ProviderForm(props: ProviderFormProps) {
  const { kind, existing, submitLabel, onSaved, onCancel, testAfterSave } = props;
  const [draft, setDraft] = useState<ProfileDraft>(() =>
    existing ? draftFromProfile(existing.profile) : emptyDraft(kind),
  );
  const [secrets, setSecrets] = useState<Partial<Record<SecretField, string>>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<ConnectionTestResult>();
  const views = useAppStore((s) => s.providers);
  const saved = views.find((v) => v.profile.id === draft.id);
  const store = useAppStore.getState;

  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  let shaped: ProviderProfile | undefined;
  try {
    shaped = profileFromDraft(draft);
  } catch {
    shaped = undefined;
  }
  const secretFields = shaped ? secretFieldsFor(shaped) : [];

  const runTest = async (profileId: string) => {
    setTesting(true);
    setTest(undefined);
    try {
      setTest(await store().testConnection(profileId));
    } catch (error) {
      setTest({ ok: false, message: errorMessage(error), latencyMs: 0 });
    } finally {
      setTesting(false);
    }
  };

  const save = async () => {
    setSaving(true);
    setErrors({});
    setFormError(undefined);
    setTest(undefined);
    try {
      let view: ProviderProfileView;
      try {
        view = await store().saveProvider(profileFromDraft(draft));
      } catch (error) {
        const found = fieldErrors(error);
        const byField: Record<string, string> = {};
        for (const [path, message] of Object.entries(found)) {
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
      if (testAfterSave) await runTest(view.profile.id);
      onSaved?.(view);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="provider-form"
      aria-label={existing ? `Edit ${existing.profile.name}` : 'New provider'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        label="Name"
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
        onChange={(field, value) => setSecrets((current) => ({ ...current, [field]: value }))}
        onRemove={(field) => void store().deleteSecret(draft.id, field)}
      />

      <TextField
        label="Default model"
        value={draft.defaultModel}
        onChange={(v) => set('defaultModel', v)}
        error={errors.defaultModel}
        spellCheck={false}
      />
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

      <div className="form-actions">
        {onCancel && (
          <button type="button" className="ghost-button" onClick={onCancel}>
            Cancel
          </button>
        )}
        {saved && (
          <button
            type="button"
            className="button"
            disabled={testing}
            onClick={() => void runTest(draft.id)}
          >
            {testing ? 'Testing…' : 'Test connection'}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
