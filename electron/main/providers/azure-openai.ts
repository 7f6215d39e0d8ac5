// Azure OpenAI through the `openai` SDK's AzureOpenAI client: the resource endpoint, the
// deployment name as the model, an api-version and the `api-key` header.
import { AzureOpenAI } from 'openai';
import { guardStream } from './guard-stream';
import { streamOpenAiChat } from './openai-chat-stream';
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
  return {
    kind: 'azure-openai',
    label,
    stream: (request, signal) =>
      guardStream(
        {
          label,
          signal,
          secrets,
          mapError,
          idleTimeoutMs: profile.idleTimeoutMs ?? options.idleTimeoutMs,
        },
        (inner) =>
          streamOpenAiChat(
            { client, label, maxTokensField: 'max_completion_tokens' },
            request,
            inner,
          ),
      ),
    // The data plane has no listing API; the deployments the user entered are the models.
    listModels: () => Promise.resolve(profile.deployments.map((id) => ({ id }))),
  };
}
