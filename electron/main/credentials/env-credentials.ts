// Credentials found in the environment (what CLI users already have set). They are offered,
// described by variable name only, and imported only when the user says so.
import type { EnvCredentialOffer } from '../../../shared/credentials';
import { AZURE_V1_API, defaultApiFor } from '../../../shared/providers';
import type { ProviderProfile, SecretField } from '../../../shared/providers';

export type Env = Record<string, string | undefined>;

export interface EnvImport {
  offer: EnvCredentialOffer;
  /** The profile to create; its id is fixed per offer, so an import is never offered twice. */
  profile: ProviderProfile;
  secrets: Partial<Record<SecretField, string>>;
}

const value = (env: Env, name: string): string | undefined => {
  const v = env[name]?.trim();
  return v ? v : undefined;
};

function present(env: Env, names: string[]): string[] {
  return names.filter((n) => value(env, n) !== undefined);
}

function awsRegion(env: Env): string {
  return value(env, 'AWS_REGION') ?? value(env, 'AWS_DEFAULT_REGION') ?? 'us-east-1';
}

function openAiImport(env: Env): EnvImport | undefined {
  const apiKey = value(env, 'OPENAI_API_KEY');
  if (!apiKey) return undefined;
  const endpoint = value(env, 'OPENAI_BASE_URL');
  return {
    offer: {
      id: 'env-openai',
      kind: 'openai',
      description: 'An OpenAI API key is set in your environment.',
      variables: present(env, ['OPENAI_API_KEY', 'OPENAI_BASE_URL']),
    },
    profile: {
      kind: 'openai',
      id: 'env-openai',
      name: 'OpenAI (from environment)',
      api: defaultApiFor('openai'),
      ...(endpoint ? { endpoint } : {}),
    },
    secrets: { apiKey },
  };
}

function azureImport(env: Env): EnvImport | undefined {
  const apiKey = value(env, 'AZURE_OPENAI_API_KEY');
  const resourceEndpoint = value(env, 'AZURE_OPENAI_ENDPOINT');
  if (!apiKey || !resourceEndpoint) return undefined;
  const deployment =
    value(env, 'AZURE_OPENAI_DEPLOYMENT') ?? value(env, 'AZURE_OPENAI_DEPLOYMENT_NAME');
  const apiVersion = value(env, 'OPENAI_API_VERSION');
  return {
    offer: {
      id: 'env-azure-openai',
      kind: 'azure-openai',
      description: deployment
        ? 'An Azure OpenAI key and endpoint are set in your environment.'
        : 'An Azure OpenAI key and endpoint are set in your environment. No deployment name is set, so "gpt-4o" is assumed: check it in Settings after adding.',
      variables: present(env, [
        'AZURE_OPENAI_API_KEY',
        'AZURE_OPENAI_ENDPOINT',
        'AZURE_OPENAI_DEPLOYMENT',
        'AZURE_OPENAI_DEPLOYMENT_NAME',
        'OPENAI_API_VERSION',
      ]),
    },
    profile: {
      kind: 'azure-openai',
      id: 'env-azure-openai',
      name: 'Azure OpenAI (from environment)',
      resourceEndpoint,
      deployments: [deployment ?? 'gpt-4o'],
      apiVersion: apiVersion ?? AZURE_V1_API,
      api: defaultApiFor('azure-openai', apiVersion ?? AZURE_V1_API),
    },
    secrets: { apiKey },
  };
}

function bedrockApiKeyImport(env: Env): EnvImport | undefined {
  const apiKey = value(env, 'AWS_BEARER_TOKEN_BEDROCK');
  if (!apiKey) return undefined;
  return {
    offer: {
      id: 'env-bedrock-api-key',
      kind: 'bedrock',
      description: `A Bedrock API key is set in your environment (region ${awsRegion(env)}).`,
      variables: present(env, ['AWS_BEARER_TOKEN_BEDROCK', 'AWS_REGION', 'AWS_DEFAULT_REGION']),
    },
    profile: {
      kind: 'bedrock',
      id: 'env-bedrock-api-key',
      name: 'AWS Bedrock (API key from environment)',
      region: awsRegion(env),
      authMode: 'api-key',
    },
    secrets: { apiKey },
  };
}

function bedrockProfileImport(env: Env): EnvImport | undefined {
  const awsProfile = value(env, 'AWS_PROFILE');
  if (!awsProfile) return undefined;
  return {
    offer: {
      id: 'env-bedrock-profile',
      kind: 'bedrock',
      description: `An AWS profile ("${awsProfile}") is selected in your environment (region ${awsRegion(env)}). Its keys stay in your AWS configuration.`,
      variables: present(env, ['AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION']),
    },
    profile: {
      kind: 'bedrock',
      id: 'env-bedrock-profile',
      name: `AWS Bedrock (profile ${awsProfile})`,
      region: awsRegion(env),
      authMode: 'profile',
      awsProfile,
    },
    secrets: {},
  };
}

function bedrockAccessKeyImport(env: Env): EnvImport | undefined {
  const accessKeyId = value(env, 'AWS_ACCESS_KEY_ID');
  const secretAccessKey = value(env, 'AWS_SECRET_ACCESS_KEY');
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = value(env, 'AWS_SESSION_TOKEN');
  return {
    offer: {
      id: 'env-bedrock-access-key',
      kind: 'bedrock',
      description: sessionToken
        ? `AWS access keys with a session token are set in your environment (region ${awsRegion(env)}). Session tokens expire, so this provider will stop working when it does.`
        : `AWS access keys are set in your environment (region ${awsRegion(env)}).`,
      variables: present(env, [
        'AWS_ACCESS_KEY_ID',
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        'AWS_REGION',
        'AWS_DEFAULT_REGION',
      ]),
    },
    profile: {
      kind: 'bedrock',
      id: 'env-bedrock-access-key',
      name: 'AWS Bedrock (access keys from environment)',
      region: awsRegion(env),
      authMode: 'access-key',
    },
    secrets: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
  };
}

/** Everything importable from this environment, in the order it is offered. */
export function findEnvImports(env: Env): EnvImport[] {
  return [
    openAiImport(env),
    azureImport(env),
    bedrockApiKeyImport(env),
    bedrockProfileImport(env),
    bedrockAccessKeyImport(env),
  ].filter((found): found is EnvImport => found !== undefined);
}

/** The offers alone: names of variables and words, never a value. */
export function findEnvCredentialOffers(env: Env): EnvCredentialOffer[] {
  return findEnvImports(env).map((found) => found.offer);
}
