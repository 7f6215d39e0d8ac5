// The provider form's editable draft: every field as text, turned into a profile on save. The
// zod schema in main has the last word; its messages come back next to the fields.
import {
  AZURE_V1_API,
  defaultApiFor,
  PROVIDER_LABELS,
  suggestedModelsFor,
  type AwsAuthMode,
  type AzureAuthMode,
  type AzureDeploymentType,
  type OpenAiApi,
  type ProviderKind,
  type ProviderProfile,
} from '../../../../shared/providers';

export interface ProfileDraft {
  kind: ProviderKind;
  id: string;
  name: string;
  endpoint: string;
  defaultModel: string;
  organization: string;
  project: string;
  resourceEndpoint: string;
  deployments: string;
  apiVersion: string;
  /** Azure: an API key, or Microsoft Entra ID (the computer's Azure sign-in, no stored key). */
  azureAuthMode: AzureAuthMode;
  /** Azure: how the deployments are sold, which sets their price. */
  azureDeploymentType: AzureDeploymentType;
  tenantId: string;
  region: string;
  authMode: AwsAuthMode;
  awsProfile: string;
  baseUrl: string;
  requiresKey: boolean;
  /** The OpenAI-family wire protocol; ignored for Bedrock's Converse kind. */
  api: OpenAiApi;
}

function newId(): string {
  return `profile-${crypto.randomUUID()}`;
}

export function emptyDraft(kind: ProviderKind): ProfileDraft {
  // GPT-5.5 on Bedrock is served in us-east-2: start OpenAI-on-Bedrock profiles where it is.
  const region = kind === 'openai-on-bedrock' ? 'us-east-2' : 'us-east-1';
  return {
    kind,
    id: newId(),
    name: PROVIDER_LABELS[kind],
    endpoint: '',
    defaultModel: suggestedModelsFor(kind, region)[0]?.id ?? '',
    organization: '',
    project: '',
    resourceEndpoint: '',
    deployments: '',
    apiVersion: AZURE_V1_API,
    azureAuthMode: 'api-key',
    azureDeploymentType: 'global',
    tenantId: '',
    region,
    authMode: kind === 'openai-on-bedrock' ? 'api-key' : 'access-key',
    awsProfile: '',
    baseUrl: '',
    // Most local servers (Ollama, LM Studio, vLLM) need no key: ticking the box is the exception.
    requiresKey: false,
    api: defaultApiFor(kind, AZURE_V1_API),
  };
}

export function draftFromProfile(profile: ProviderProfile): ProfileDraft {
  const draft = emptyDraft(profile.kind);
  draft.id = profile.id;
  draft.name = profile.name;
  draft.endpoint = profile.endpoint ?? '';
  draft.defaultModel = profile.defaultModel ?? '';
  if (profile.kind !== 'bedrock') draft.api = profile.api;
  switch (profile.kind) {
    case 'openai':
      draft.organization = profile.organization ?? '';
      draft.project = profile.project ?? '';
      break;
    case 'azure-openai':
      draft.resourceEndpoint = profile.resourceEndpoint;
      draft.deployments = profile.deployments.join(', ');
      draft.apiVersion = profile.apiVersion;
      draft.azureAuthMode = profile.authMode ?? 'api-key';
      draft.azureDeploymentType = profile.deploymentType ?? 'global';
      draft.tenantId = profile.tenantId ?? '';
      break;
    case 'bedrock':
    case 'openai-on-bedrock':
      draft.region = profile.region;
      draft.authMode = profile.authMode;
      draft.awsProfile = profile.awsProfile ?? '';
      break;
    case 'openai-compatible':
      draft.baseUrl = profile.baseUrl;
      draft.requiresKey = profile.requiresKey;
      break;
  }
  return draft;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function profileFromDraft(draft: ProfileDraft): ProviderProfile {
  const common = {
    id: draft.id,
    name: draft.name,
    endpoint: optional(draft.endpoint),
    defaultModel: optional(draft.defaultModel),
  };
  switch (draft.kind) {
    case 'openai':
      return {
        kind: 'openai',
        ...common,
        organization: optional(draft.organization),
        project: optional(draft.project),
        api: draft.api,
      };
    case 'azure-openai':
      return {
        kind: 'azure-openai',
        ...common,
        resourceEndpoint: draft.resourceEndpoint,
        deployments: draft.deployments
          .split(/[,\n]/)
          .map((d) => d.trim())
          .filter(Boolean),
        apiVersion: draft.apiVersion.trim() || AZURE_V1_API,
        api: draft.api,
        authMode: draft.azureAuthMode,
        tenantId: draft.azureAuthMode === 'entra-id' ? optional(draft.tenantId) : undefined,
        deploymentType: draft.azureDeploymentType,
      };
    case 'bedrock':
    case 'openai-on-bedrock': {
      const aws = {
        ...common,
        region: draft.region,
        authMode: draft.authMode,
        awsProfile: draft.authMode === 'profile' ? optional(draft.awsProfile) : undefined,
      };
      return draft.kind === 'bedrock'
        ? { kind: 'bedrock', ...aws }
        : { kind: 'openai-on-bedrock', ...aws, api: draft.api };
    }
    case 'openai-compatible':
      return {
        kind: 'openai-compatible',
        ...common,
        baseUrl: draft.baseUrl,
        requiresKey: draft.requiresKey,
        api: draft.api,
      };
  }
}
