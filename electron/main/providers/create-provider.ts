// Builds the provider for a profile's kind. A profile missing a required secret still gets a
// provider: its stream ends with an `auth` error saying which key to set, so the pane explains.
//
// What a profile's `endpoint` override means per kind (it replaces the cloud's URL):
// - openai, openai-compatible, openai-on-bedrock: the API root the SDK appends paths to,
//   including `/v1` (e.g. https://gateway.example/v1, …/openai/v1 for Bedrock's OpenAI API);
// - azure-openai: the resource URL (replaces `resourceEndpoint`); `/openai/deployments/…` follows;
// - bedrock: the URL for both the runtime (ConverseStream) and the control plane (model lists).
import { createOpenAiProvider } from './openai';
import { createAzureOpenAiProvider } from './azure-openai';
import { createBedrockProvider } from './bedrock';
import { createOpenAiOnBedrockProvider } from './openai-on-bedrock';
import { createOpenAiCompatibleProvider } from './openai-compatible';
import { missingCredentialsMessage, missingSecretFields } from './missing-credentials';
import { errorPart } from './error-part';
import { UserFacingError } from '../ipc/user-facing-error';
import { PROVIDER_LABELS } from '../../../shared/providers';
import type { Provider, ProviderCredentials } from './provider';
import type { ProviderOptions } from './provider-options';
import type { ProviderProfile } from '../../../shared/providers';
import type { StreamPart } from '../../../shared/stream';

function createNeedsCredentialsProvider(profile: ProviderProfile, message: string): Provider {
  return {
    kind: profile.kind,
    label: PROVIDER_LABELS[profile.kind],
    async *stream(): AsyncGenerator<StreamPart, void, undefined> {
      yield errorPart('auth', message);
    },
    listModels: () => Promise.reject(new UserFacingError(message)),
  };
}

export function createProvider(
  profile: ProviderProfile,
  credentials: ProviderCredentials,
  options: ProviderOptions = {},
): Provider {
  const missing = missingSecretFields(profile, credentials);
  if (missing.length > 0)
    return createNeedsCredentialsProvider(profile, missingCredentialsMessage(profile, missing));
  switch (profile.kind) {
    case 'openai':
      return createOpenAiProvider(profile, credentials, options);
    case 'azure-openai':
      return createAzureOpenAiProvider(profile, credentials, options);
    case 'bedrock':
      return createBedrockProvider(profile, credentials, options);
    case 'openai-on-bedrock':
      return createOpenAiOnBedrockProvider(profile, credentials, options);
    case 'openai-compatible':
      return createOpenAiCompatibleProvider(profile, credentials, options);
  }
}
