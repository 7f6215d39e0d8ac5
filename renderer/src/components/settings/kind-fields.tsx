// The fields each kind of cloud needs, beyond a name and a default model.
import {
  AWS_AUTH_MODES,
  AZURE_AUTH_MODES,
  AZURE_DEPLOYMENT_TYPE_LABELS,
  AZURE_DEPLOYMENT_TYPES,
  AZURE_V1_API,
  BEDROCK_REGIONS,
  OPENAI_API_LABELS,
  OPENAI_APIS,
  type AwsAuthMode,
  type AzureAuthMode,
  type OpenAiApi,
} from '../../../../shared/providers';
import { SelectField } from '../common/select-field';
import { TextField } from '../common/text-field';
import { suggestBaseUrl } from './draft-checks';
import type { ProfileDraft } from './profile-draft';

const AUTH_MODE_LABELS: Record<AwsAuthMode, string> = {
  'access-key': 'Access key ID and secret',
  profile: 'Named AWS profile (SSO included)',
  'api-key': 'Bedrock API key',
};

const AZURE_AUTH_LABELS: Record<AzureAuthMode, string> = {
  'api-key': 'API key',
  'entra-id': 'Microsoft Entra ID',
};

function azureVersionHint(apiVersion: string, api: OpenAiApi): string {
  const version = apiVersion.trim();
  if (version === '' || version === AZURE_V1_API)
    return 'v1 uses the /openai/v1/ routes and needs no dated version.';
  // Dated versions before this one have no Responses route: Azure answers "API version not supported".
  if (api === 'responses' && version < '2025-03-01-preview')
    return 'The Responses API needs v1 or a dated version from 2025-03-01-preview on; choose Chat Completions for older ones.';
  return 'A dated version (such as 2024-10-21) uses the deployment routes. Enter v1 for the current API.';
}

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
            placeholder="team-gpt-5, gpt-4o-mini"
            value={draft.deployments}
            onChange={(v) => set('deployments', v)}
            error={errors.deployments}
            hint="The names you gave your deployments in the Azure portal (Deployments page), not model names: a deployment called team-gpt-5 may run gpt-5. Every one is offered in the panes."
          />
          <TextField
            label="API version"
            placeholder={AZURE_V1_API}
            value={draft.apiVersion}
            onChange={(v) => set('apiVersion', v)}
            error={errors.apiVersion}
            hint={azureVersionHint(draft.apiVersion, draft.api)}
            spellCheck={false}
          />
          <SelectField
            label="Sign in with"
            value={draft.azureAuthMode}
            options={AZURE_AUTH_MODES}
            labels={AZURE_AUTH_LABELS}
            onChange={(v) => set('azureAuthMode', v)}
            hint={
              draft.azureAuthMode === 'entra-id'
                ? 'Uses your Azure sign-in on this computer (az login, AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET, or a managed identity). No key is stored; the account needs the Cognitive Services OpenAI User role.'
                : undefined
            }
          />
          <SelectField
            label="Deployment type"
            value={draft.azureDeploymentType}
            options={AZURE_DEPLOYMENT_TYPES}
            labels={AZURE_DEPLOYMENT_TYPE_LABELS}
            onChange={(v) => set('azureDeploymentType', v)}
            hint="As in the Azure portal. Data Zone and Regional deployments cost 10% more than Global; answers are priced accordingly."
          />
          {draft.azureAuthMode === 'entra-id' && (
            <TextField
              label="Tenant ID (optional)"
              placeholder="Your account's home tenant"
              value={draft.tenantId}
              onChange={(v) => set('tenantId', v)}
              error={errors.tenantId}
              spellCheck={false}
            />
          )}
        </>
      )}

      {(draft.kind === 'bedrock' || draft.kind === 'openai-on-bedrock') && (
        <>
          <SelectField
            label="AWS region"
            value={draft.region}
            options={regionOptions(draft.region)}
            labels={regionLabels(draft.region)}
            onChange={(v) => set('region', v)}
            hint="The Bedrock regions; your account needs model access in the one you pick."
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
            spellCheck={false}
          />
          <BaseUrlSuggestion value={draft.baseUrl} onUse={(url) => set('baseUrl', url)} />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.requiresKey}
              onChange={(event) => set('requiresKey', event.target.checked)}
            />
            <span>This server needs an API key</span>
          </label>
          {!draft.requiresKey && (
            <p className="field__hint">
              Left unticked, this server is used without a key (Ollama and LM Studio need none).
            </p>
          )}
        </>
      )}

      {draft.kind !== 'bedrock' && (
        <SelectField
          label="API"
          value={draft.api}
          options={OPENAI_APIS}
          labels={OPENAI_API_LABELS}
          onChange={(v) => set('api', v)}
          hint="Chat Completions is for servers without the Responses API."
        />
      )}
    </>
  );
}

/** The Bedrock regions, plus a region saved before the list existed so it is not lost. */
function regionOptions(current: string): string[] {
  const known: readonly string[] = BEDROCK_REGIONS;
  return current && !known.includes(current) ? [current, ...known] : [...known];
}

function regionLabels(current: string): Record<string, string> {
  return Object.fromEntries(regionOptions(current).map((r) => [r, r]));
}

function BaseUrlSuggestion({ value, onUse }: { value: string; onUse(url: string): void }) {
  const suggestion = suggestBaseUrl(value);
  if (!suggestion) return null;
  return (
    <p className="field__suggestion">
      <span>Did you mean {suggestion}?</span>
      <button type="button" className="ghost-button" onClick={() => onUse(suggestion)}>
        Use {suggestion}
      </button>
    </p>
  );
}
