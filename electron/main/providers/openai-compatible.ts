// Any server that speaks the OpenAI Chat Completions protocol (vLLM, Ollama, LM Studio,
// gateways), at any base URL, with or without a key.
import OpenAI from 'openai';
import { listOpenAiModels } from './openai-chat-stream';
import { createOpenAiProtocolProvider } from './openai-protocol-provider';
import { mapOpenAiError } from './map-openai-error';
import { listWithPlainErrors } from './list-models-error';
import { secretValues } from './provider-options';
import { PROVIDER_LABELS } from '../../../shared/providers';
import type { Provider, ProviderCredentials } from './provider';
import type { ProviderOptions } from './provider-options';
import type { ProviderProfileOf } from '../../../shared/providers';

export function createOpenAiCompatibleProvider(
  profile: ProviderProfileOf<'openai-compatible'>,
  credentials: ProviderCredentials,
  options: ProviderOptions = {},
): Provider {
  const label = profile.name
    ? `${profile.name} (OpenAI-compatible)`
    : PROVIDER_LABELS['openai-compatible'];
  const secrets = secretValues(credentials);
  const client = new OpenAI({
    // The SDK insists on a key; with none, it is a placeholder and the header is removed below.
    apiKey: credentials.apiKey || 'no-key',
    baseURL: profile.endpoint ?? profile.baseUrl,
    organization: null,
    project: null,
    maxRetries: 0,
    // Failures reach the user as error parts; the SDK's console logging would only add noise.
    logLevel: 'off',
    ...(credentials.apiKey ? {} : { defaultHeaders: { Authorization: null } }),
  });
  const mapError = (error: unknown) =>
    mapOpenAiError(error, { label, credentialName: 'API key', secrets });
  return createOpenAiProtocolProvider({
    kind: 'openai-compatible',
    api: profile.api,
    label,
    client,
    maxTokensField: 'max_tokens',
    secrets,
    mapError,
    idleTimeoutMs: profile.idleTimeoutMs ?? options.idleTimeoutMs,
    listModels: (signal) =>
      listWithPlainErrors(() => listOpenAiModels(client, signal, { chatOnly: false }), mapError),
  });
}
