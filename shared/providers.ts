// Provider kinds, their non-secret settings and the secret fields each one needs. Secrets are
// never part of a profile: they live in the OS keychain under (profile id, field).
import { z } from 'zod';

export const PROVIDER_KINDS = [
  'openai',
  'azure-openai',
  'bedrock',
  'openai-on-bedrock',
  'openai-compatible',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const PROVIDER_LABELS: Record<ProviderKind, string> = {
  openai: 'OpenAI',
  'azure-openai': 'Azure OpenAI',
  bedrock: 'AWS Bedrock',
  'openai-on-bedrock': 'OpenAI on AWS Bedrock',
  'openai-compatible': 'OpenAI-compatible server',
};

export const SECRET_FIELDS = ['apiKey', 'accessKeyId', 'secretAccessKey', 'sessionToken'] as const;
export type SecretField = (typeof SECRET_FIELDS)[number];

export const SECRET_FIELD_LABELS: Record<SecretField, string> = {
  apiKey: 'API key',
  accessKeyId: 'AWS access key ID',
  secretAccessKey: 'AWS secret access key',
  sessionToken: 'AWS session token',
};

/**
 * The wire protocol an OpenAI-family profile speaks. Responses is the default where the cloud
 * serves it (GPT-5.x on Bedrock answers only Responses); Chat Completions stays for
 * OpenAI-compatible servers, many of which lack Responses, and for Azure's dated api-versions.
 */
export const OPENAI_APIS = ['responses', 'chat-completions'] as const;
export type OpenAiApi = (typeof OPENAI_APIS)[number];

export const OPENAI_API_LABELS: Record<OpenAiApi, string> = {
  responses: 'Responses API',
  'chat-completions': 'Chat Completions',
};

/** The kinds that speak OpenAI's protocols (and so have an `api`). */
export const OPENAI_FAMILY_KINDS = [
  'openai',
  'azure-openai',
  'openai-on-bedrock',
  'openai-compatible',
] as const satisfies readonly ProviderKind[];

/** The API a profile speaks when it does not say: what it spoke before the field existed. */
export function defaultApiFor(kind: ProviderKind, azureApiVersion?: string): OpenAiApi {
  if (kind === 'openai' || kind === 'openai-on-bedrock') return 'responses';
  if (kind === 'azure-openai' && azureApiVersion === AZURE_V1_API) return 'responses';
  return 'chat-completions';
}

/** Azure OpenAI's version-less v1 API (`/openai/v1/…`). */
export const AZURE_V1_API = 'v1';

/** A dated Azure api-version, kept for profiles that were saved with one. */
export const AZURE_DATED_API_VERSION = '2024-10-21';

/**
 * How an Azure profile signs in: a resource key, or Microsoft Entra ID through the machine's own
 * Azure sign-in (`az login`, environment variables, managed identity), so no secret is stored.
 */
export const AZURE_AUTH_MODES = ['api-key', 'entra-id'] as const;
export type AzureAuthMode = (typeof AZURE_AUTH_MODES)[number];

/** Azure's deployment types, which differ in where data is processed and in price. */
export const AZURE_DEPLOYMENT_TYPES = ['global', 'data-zone', 'regional'] as const;
export type AzureDeploymentType = (typeof AZURE_DEPLOYMENT_TYPES)[number];
export const AZURE_DEPLOYMENT_TYPE_LABELS: Record<AzureDeploymentType, string> = {
  global: 'Global',
  'data-zone': 'Data Zone',
  regional: 'Regional',
};

/** The regions Bedrock runs in (the runtime endpoints), offered as a choice. */
export const BEDROCK_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'us-gov-west-1',
  'ca-central-1',
  'sa-east-1',
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
] as const;

/** How a Bedrock profile authenticates. */
export const AWS_AUTH_MODES = ['access-key', 'profile', 'api-key'] as const;
export type AwsAuthMode = (typeof AWS_AUTH_MODES)[number];

const id = z.string().min(1).max(100);
const name = z.string().trim().min(1, 'Give the provider a name.').max(100);
const httpUrl = z
  .string()
  .trim()
  .url('Enter a full URL such as https://example.com.')
  .refine((u) => /^https?:\/\//i.test(u), 'Only http and https URLs are supported.');
const region = z
  .string()
  .trim()
  .regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'Enter an AWS region such as us-east-1.');
const timeouts = {
  /** Optional endpoint override: enterprise gateways, VPC endpoints, local simulators. */
  endpoint: httpUrl.optional(),
  /** A stream that sends nothing for this long ends with a timeout error. */
  idleTimeoutMs: z.number().int().min(1000).max(600_000).optional(),
  defaultModel: z.string().trim().max(200).optional(),
};

export const openAiProfileSchema = z.object({
  kind: z.literal('openai'),
  id,
  name,
  organization: z.string().trim().max(100).optional(),
  project: z.string().trim().max(100).optional(),
  api: z.enum(OPENAI_APIS),
  ...timeouts,
});

export const azureOpenAiProfileSchema = z.object({
  kind: z.literal('azure-openai'),
  id,
  name,
  /** The resource URL, e.g. https://my-resource.openai.azure.com */
  resourceEndpoint: httpUrl,
  /** Deployment names the user has created; each is offered as a model. */
  deployments: z.array(z.string().trim().min(1).max(100)).min(1, 'Add at least one deployment.'),
  /** `v1` (the version-less `/openai/v1/` API) or a dated api-version on deployment routes. */
  apiVersion: z.string().trim().min(1).max(40).default(AZURE_V1_API),
  api: z.enum(OPENAI_APIS),
  /** Absent means an API key: profiles saved before Entra ID existed all used one. */
  authMode: z.enum(AZURE_AUTH_MODES).optional(),
  /** How the deployments are sold (it sets their price); absent means Global. */
  deploymentType: z.enum(AZURE_DEPLOYMENT_TYPES).optional(),
  /** Entra ID only: the directory to sign in to, when the account belongs to several. */
  tenantId: z
    .string()
    .trim()
    .max(100)
    .regex(
      /^[0-9a-zA-Z.-]+$/,
      'Enter a tenant ID (a GUID) or a domain such as contoso.onmicrosoft.com.',
    )
    .optional(),
  ...timeouts,
});

export const bedrockProfileSchema = z.object({
  kind: z.literal('bedrock'),
  id,
  name,
  region,
  authMode: z.enum(AWS_AUTH_MODES),
  /** Named profile from ~/.aws/config (SSO profiles included), for authMode 'profile'. */
  awsProfile: z.string().trim().max(100).optional(),
  ...timeouts,
});

export const openAiOnBedrockProfileSchema = z.object({
  kind: z.literal('openai-on-bedrock'),
  id,
  name,
  region,
  authMode: z.enum(AWS_AUTH_MODES),
  awsProfile: z.string().trim().max(100).optional(),
  api: z.enum(OPENAI_APIS),
  ...timeouts,
});

export const openAiCompatibleProfileSchema = z.object({
  kind: z.literal('openai-compatible'),
  id,
  name,
  baseUrl: httpUrl,
  /** Some local servers need no key at all. */
  requiresKey: z.boolean().default(false),
  api: z.enum(OPENAI_APIS),
  ...timeouts,
});

const profileUnion = z.discriminatedUnion('kind', [
  openAiProfileSchema,
  azureOpenAiProfileSchema,
  bedrockProfileSchema,
  openAiOnBedrockProfileSchema,
  openAiCompatibleProfileSchema,
]);

/** Fills in `api` for profiles saved before it existed, from their kind and api-version. */
function withExplicitApi(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if (record.api !== undefined || typeof record.kind !== 'string') return input;
  if (!OPENAI_FAMILY_KINDS.some((k) => k === record.kind)) return input;
  const version = typeof record.apiVersion === 'string' ? record.apiVersion.trim() : undefined;
  return { ...record, api: defaultApiFor(record.kind as ProviderKind, version ?? AZURE_V1_API) };
}

export const providerProfileSchema = z.preprocess(withExplicitApi, profileUnion);
export type ProviderProfile = z.infer<typeof providerProfileSchema>;
export type ProviderProfileOf<K extends ProviderKind> = Extract<ProviderProfile, { kind: K }>;

/** Which secret fields a profile needs, given its settings. */
export function secretFieldsFor(profile: ProviderProfile): SecretField[] {
  switch (profile.kind) {
    case 'openai':
      return ['apiKey'];
    case 'azure-openai':
      return azureAuthMode(profile) === 'entra-id' ? [] : ['apiKey'];
    case 'openai-compatible':
      return profile.requiresKey ? ['apiKey'] : [];
    case 'bedrock':
    case 'openai-on-bedrock':
      if (profile.authMode === 'access-key')
        return ['accessKeyId', 'secretAccessKey', 'sessionToken'];
      if (profile.authMode === 'api-key') return ['apiKey'];
      return [];
  }
}

export function azureAuthMode(profile: ProviderProfileOf<'azure-openai'>): AzureAuthMode {
  return profile.authMode ?? 'api-key';
}

/** Secret fields that may be left empty. */
export const OPTIONAL_SECRET_FIELDS: readonly SecretField[] = ['sessionToken'];

export interface ModelInfo {
  id: string;
  label?: string;
  /** Bedrock: whether this id is a cross-region inference profile. */
  inferenceProfile?: boolean;
  /** The regions that serve it, where the cloud offers it in some regions only. */
  regions?: string[];
}

/** Models offered before the cloud has been asked (and where it cannot be). */
export const SUGGESTED_MODELS: Record<ProviderKind, ModelInfo[]> = {
  openai: [{ id: 'gpt-5.5' }, { id: 'gpt-5.4' }, { id: 'gpt-4.1' }, { id: 'gpt-4o' }],
  'azure-openai': [],
  // Current models first (the first is a new profile's default); the catalog's ids and profiles.
  bedrock: [
    { id: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0', inferenceProfile: true },
    { id: 'global.anthropic.claude-opus-4-5-20251101-v1:0', inferenceProfile: true },
    { id: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0', inferenceProfile: true },
    { id: 'us.amazon.nova-pro-v1:0', inferenceProfile: true },
    { id: 'openai.gpt-oss-120b-1:0' },
  ],
  // GPT-5.x on Bedrock answer only the Responses API, through the bedrock-mantle endpoint.
  'openai-on-bedrock': [
    { id: 'openai.gpt-5.5', regions: ['us-east-2'] },
    { id: 'openai.gpt-5.4', regions: ['us-east-2', 'us-west-2'] },
    { id: 'openai.gpt-oss-120b' },
    { id: 'openai.gpt-oss-20b' },
  ],
  'openai-compatible': [],
};

/** The suggested models a profile can use: those offered in its region, where that is known. */
export function suggestedModelsFor(kind: ProviderKind, region?: string): ModelInfo[] {
  return SUGGESTED_MODELS[kind].filter(
    (model) => !model.regions || region === undefined || model.regions.includes(region),
  );
}

/** The region a profile's requests go to, where the cloud has regions the user picks. */
export function profileRegion(profile: ProviderProfile): string | undefined {
  return profile.kind === 'bedrock' || profile.kind === 'openai-on-bedrock'
    ? profile.region
    : undefined;
}
