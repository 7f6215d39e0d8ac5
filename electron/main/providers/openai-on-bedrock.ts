// OpenAI models on AWS Bedrock through the `openai` SDK pointed at Bedrock's OpenAI-compatible
// (Mantle) endpoint, with the SDK's own Bedrock providers: a Bedrock API key (bearer) or SigV4
// with access keys or an AWS profile.
import OpenAI from 'openai';
import { bedrock } from 'openai/providers/bedrock';
import { bedrock as bedrockAws } from 'openai/providers/bedrock/aws';
import { listOpenAiModels } from './openai-chat-stream';
import { createOpenAiProtocolProvider } from './openai-protocol-provider';
import { mapOpenAiError } from './map-openai-error';
import { mapBedrockError } from './map-bedrock-error';
import { listWithPlainErrors } from './list-models-error';
import { resolveAwsAuth } from './aws-auth';
import { bedrockCredentialName } from './bedrock';
import { secretValues } from './provider-options';
import { PROVIDER_LABELS } from '../../../shared/providers';
import type { Provider, ProviderCredentials } from './provider';
import type { ProviderOptions } from './provider-options';
import type { ProviderProfileOf } from '../../../shared/providers';
import type { ErrorPart } from '../../../shared/stream';
import type { AwsCredentialIdentity } from '@smithy/types';

export function mantleBaseUrl(region: string): string {
  return `https://bedrock-mantle.${region}.api.aws/openai/v1`;
}

export function createOpenAiOnBedrockProvider(
  profile: ProviderProfileOf<'openai-on-bedrock'>,
  credentials: ProviderCredentials,
  options: ProviderOptions = {},
): Provider {
  const label = `${PROVIDER_LABELS['openai-on-bedrock']} (${profile.region})`;
  const secrets = secretValues(credentials);
  const credentialName = bedrockCredentialName(profile);
  const baseURL = profile.endpoint ?? mantleBaseUrl(profile.region);
  const auth = resolveAwsAuth(profile, credentials);
  const client =
    auth.mode === 'bearer'
      ? new OpenAI({
          provider: bedrock({ apiKey: auth.token, region: profile.region, baseURL }),
          maxRetries: 0,
          // Failures reach the user as error parts; the SDK's console logging would only add noise.
          logLevel: 'off',
        })
      : new OpenAI({
          provider: bedrockAws({
            region: profile.region,
            baseURL,
            // Never fall back to an ambient AWS_BEARER_TOKEN_BEDROCK: this profile signs.
            apiKey: null,
            credentialProvider:
              typeof auth.credentials === 'function'
                ? auth.credentials
                : () => auth.credentials as AwsCredentialIdentity,
          }),
          maxRetries: 0,
          logLevel: 'off',
        });
  const mapError = (error: unknown): ErrorPart => {
    // A failed credential lookup (AWS profile, SSO) surfaces from the signer, not the server.
    const name = error instanceof Error ? error.name : '';
    const cause = error instanceof Error ? error.cause : undefined;
    const causeName = cause instanceof Error ? cause.name : '';
    if (name === 'CredentialsProviderError' || causeName === 'CredentialsProviderError') {
      return mapBedrockError(causeName ? cause : error, { label, credentialName, secrets });
    }
    return mapOpenAiError(error, { label, credentialName, secrets });
  };
  return createOpenAiProtocolProvider({
    kind: 'openai-on-bedrock',
    api: profile.api,
    label,
    client,
    region: profile.region,
    maxTokensField: 'max_tokens',
    secrets,
    mapError,
    idleTimeoutMs: profile.idleTimeoutMs ?? options.idleTimeoutMs,
    listModels: (signal) =>
      listWithPlainErrors(() => listOpenAiModels(client, signal, { chatOnly: false }), mapError),
  });
}
