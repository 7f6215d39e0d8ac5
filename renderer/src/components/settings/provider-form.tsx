// Add or edit a provider profile: the fields its cloud needs, write-only key entry, and a
// connection test. Validation messages from main appear next to the fields they concern.
import { useState } from 'react';
import type { SecretStatus } from '../../../../shared/credentials';
import type { ConnectionTestResult, ProviderProfileView } from '../../../../shared/ipc';
import {
  AWS_AUTH_MODES,
  OPTIONAL_SECRET_FIELDS,
  SECRET_FIELD_LABELS,
  secretFieldsFor,
  type AwsAuthMode,
  type ProviderProfile,
  type SecretField,
} from '../../../../shared/providers';
import { errorMessage, fieldErrors } from '../../lib/api';
import { useAppStore } from '../../store/app-store';
import { TextField } from '../common/text-field';
import { draftFromProfile, emptyDraft, profileFromDraft, type ProfileDraft } from './profile-draft';

const AUTH_MODE_LABELS: Record<AwsAuthMode, string> = {
  'access-key': 'Access key ID and secret',
  profile: 'Named AWS profile (SSO included)',
  'api-key': 'Bedrock API key',
};

interface ProviderFormProps {
  kind: ProfileDraft['kind'];
  existing?: ProviderProfileView;
  submitLabel: string;
  onSaved?(view: ProviderProfileView): void;
  onCancel?(): void;
  /** Run a connection test right after saving (the guided setup does). */
  testAfterSave?: boolean;
}

function secretText(status: SecretStatus | undefined): string {
  if (!status?.set) return 'Not set';
  return status.hint ? `Set ${status.hint}` : 'Set';
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

      {draft.kind === 'openai' && (
        <>
          <TextField
            label="Organization (optional)"
            value={draft.organization}
            onChange={(v) => set('organization', v)}
            error={errors.organization}
          />
          <TextField
            label="Project (optional)"
            value={draft.project}
            onChange={(v) => set('project', v)}
            error={errors.project}
          />
        </>
      )}

      {draft.kind === 'azure-openai' && (
        <>
          <TextField
            label="Resource endpoint"
            placeholder="https://my-resource.openai.azure.com"
            value={draft.resourceEndpoint}
            onChange={(v) => set('resourceEndpoint', v)}
            error={errors.resourceEndpoint}
          />
          <TextField
            label="Deployments (comma separated)"
            placeholder="gpt-4o, gpt-4o-mini"
            value={draft.deployments}
            onChange={(v) => set('deployments', v)}
            error={errors.deployments}
          />
          <TextField
            label="API version"
            value={draft.apiVersion}
            onChange={(v) => set('apiVersion', v)}
            error={errors.apiVersion}
          />
        </>
      )}

      {(draft.kind === 'bedrock' || draft.kind === 'openai-on-bedrock') && (
        <>
          <TextField
            label="AWS region"
            placeholder="us-east-1"
            value={draft.region}
            onChange={(v) => set('region', v)}
            error={errors.region}
          />
          <div className="field">
            <label htmlFor={`${draft.id}-auth`}>Sign in with</label>
            <select
              id={`${draft.id}-auth`}
              value={draft.authMode}
              onChange={(event) => set('authMode', event.target.value as AwsAuthMode)}
            >
              {AWS_AUTH_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {AUTH_MODE_LABELS[mode]}
                </option>
              ))}
            </select>
          </div>
          {draft.authMode === 'profile' && (
            <TextField
              label="AWS profile name"
              placeholder="default"
              value={draft.awsProfile}
              onChange={(v) => set('awsProfile', v)}
              error={errors.awsProfile}
            />
          )}
        </>
      )}

      {draft.kind === 'openai-compatible' && (
        <>
          <TextField
            label="Base URL"
            placeholder="http://localhost:11434/v1"
            value={draft.baseUrl}
            onChange={(v) => set('baseUrl', v)}
            error={errors.baseUrl}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.requiresKey}
              onChange={(event) => set('requiresKey', event.target.checked)}
            />
            <span>This server needs an API key</span>
          </label>
        </>
      )}

      {secretFields.map((field) => {
        const status = saved?.secrets.find((s) => s.field === field);
        const optional = OPTIONAL_SECRET_FIELDS.includes(field);
        return (
          <div key={field} className="secret-field">
            <TextField
              label={`${SECRET_FIELD_LABELS[field]}${optional ? ' (optional)' : ''}`}
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder={status?.set ? 'Leave empty to keep the stored key' : 'Paste the key'}
              value={secrets[field] ?? ''}
              onChange={(v) => setSecrets((s) => ({ ...s, [field]: v }))}
              error={errors[field]}
              hint={`Stored in your keychain. ${secretText(status)}.`}
            />
            {status?.set && (
              <button
                type="button"
                className="ghost-button danger"
                aria-label={`Remove ${SECRET_FIELD_LABELS[field]}`}
                onClick={() => void store().deleteSecret(draft.id, field)}
              >
                Remove key
              </button>
            )}
          </div>
        );
      })}

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
