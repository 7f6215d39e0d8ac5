// The provider form's editable draft: every field as text, turned into a profile on save. The
// zod schema in main has the last word; its messages come back next to the fields.
import {
  PROVIDER_LABELS,
  SUGGESTED_MODELS,
  type AwsAuthMode,
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
  region: string;
  authMode: AwsAuthMode;
  awsProfile: string;
  baseUrl: string;
  requiresKey: boolean;
}

function newId(): string {
  return `profile-${crypto.randomUUID()}`;
}

export function emptyDraft(kind: ProviderKind): ProfileDraft {
  return {
    kind,
    id: newId(),
    name: PROVIDER_LABELS[kind],
    endpoint: '',
    defaultModel: SUGGESTED_MODELS[kind][0]?.id ?? '',
    organization: '',
    project: '',
    resourceEndpoint: '',
    deployments: '',
    apiVersion: '2024-10-21',
    region: 'us-east-1',
    authMode: kind === 'openai-on-bedrock' ? 'api-key' : 'access-key',
    awsProfile: '',
    baseUrl: '',
    requiresKey: true,
  };
}

export function draftFromProfile(profile: ProviderProfile): ProfileDraft {
  const draft = emptyDraft(profile.kind);
  draft.id = profile.id;
  draft.name = profile.name;
  draft.endpoint = profile.endpoint ?? '';
  draft.defaultModel = profile.defaultModel ?? '';
  switch (profile.kind) {
    case 'openai':
      draft.organization = profile.organization ?? '';
      draft.project = profile.project ?? '';
      break;
    case 'azure-openai':
      draft.resourceEndpoint = profile.resourceEndpoint;
      draft.deployments = profile.deployments.join(', ');
      draft.apiVersion = profile.apiVersion;
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
        apiVersion: draft.apiVersion.trim() || '2024-10-21',
      };
    case 'bedrock':
    case 'openai-on-bedrock':
      return {
        kind: draft.kind,
        ...common,
        region: draft.region,
        authMode: draft.authMode,
        awsProfile: draft.authMode === 'profile' ? optional(draft.awsProfile) : undefined,
      };
    case 'openai-compatible':
      return {
        kind: 'openai-compatible',
        ...common,
        baseUrl: draft.baseUrl,
        requiresKey: draft.requiresKey,
      };
  }
}
