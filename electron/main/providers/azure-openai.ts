// Azure OpenAI through the `openai` SDK's AzureOpenAI client: the resource endpoint, the
// deployment name as the model, an api-version and the `api-key` header.
import { AzureOpenAI } from 'openai';
import { createOpenAiProtocolProvider } from './openai-protocol-provider';
import { mapOpenAiError } from './map-openai-error';
import { secretValues } from './provider-options';
import { PROVIDER_LABELS } from '../../../shared/providers';
import type { Provider, ProviderCredentials } from './provider';
import type { ProviderOptions } from './provider-options';
import type { ProviderProfileOf } from '../../../shared/providers';

export function createAzureOpenAiProvider(
  profile: ProviderProfileOf<'azure-openai'>,
  credentials: ProviderCredentials,
  options: ProviderOptions = {},
): Provider {
  const label = PROVIDER_LABELS['azure-openai'];
  const secrets = secretValues(credentials);
  const client = new AzureOpenAI({
    apiKey: credentials.apiKey,
    endpoint: profile.endpoint ?? profile.resourceEndpoint,
    apiVersion: profile.apiVersion,
    maxRetries: 0,
    // Failures reach the user as error parts; the SDK's console logging would only add noise.
    logLevel: 'off',
  });
  const mapError = (error: unknown) =>
    mapOpenAiError(error, { label, credentialName: 'API key', secrets });
  return createOpenAiProtocolProvider({
    kind: 'azure-openai',
    api: profile.api,
    label,
    client,
    maxTokensField: 'max_completion_tokens',
    secrets,
    mapError,
    idleTimeoutMs: profile.idleTimeoutMs ?? options.idleTimeoutMs,
    // The data plane has no listing API; the deployments the user entered are the models.
    listModels: () => Promise.resolve(profile.deployments.map((id) => ({ id }))),
  });
}
