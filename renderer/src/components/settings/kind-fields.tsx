// The fields each kind of cloud needs, beyond a name and a default model.
import { AWS_AUTH_MODES, type AwsAuthMode } from '../../../../shared/providers';
import { TextField } from '../common/text-field';
import type { ProfileDraft } from './profile-draft';

const AUTH_MODE_LABELS: Record<AwsAuthMode, string> = {
  'access-key': 'Access key ID and secret',
  profile: 'Named AWS profile (SSO included)',
  'api-key': 'Bedrock API key',
};

interface KindFieldsProps {
  draft: ProfileDraft;
  set<K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]): void;
  errors: Record<string, string>;
}

export function KindFields({ draft, set, errors }: KindFieldsProps) {
  return (
    <>
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
    </>
  );
}
