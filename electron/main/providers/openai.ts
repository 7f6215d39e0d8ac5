// OpenAI through the official `openai` SDK (Chat Completions, streaming).
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

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export function createOpenAiProvider(
  profile: ProviderProfileOf<'openai'>,
  credentials: ProviderCredentials,
  options: ProviderOptions = {},
): Provider {
  const label = PROVIDER_LABELS.openai;
  const secrets = secretValues(credentials);
  const client = new OpenAI({
    apiKey: credentials.apiKey,
    baseURL: profile.endpoint ?? OPENAI_DEFAULT_BASE_URL,
    // Explicit values (null = none) so stray OPENAI_* environment variables cannot leak in.
    organization: profile.organization || null,
    project: profile.project || null,
    // Retries would hide a 429 from the user and distort the latency being compared.
    maxRetries: 0,
    // Failures reach the user as error parts; the SDK's console logging would only add noise.
    logLevel: 'off',
  });
  const mapError = (error: unknown) =>
    mapOpenAiError(error, { label, credentialName: 'API key', secrets });
  return createOpenAiProtocolProvider({
    kind: 'openai',
    api: profile.api,
    label,
    client,
    maxTokensField: 'max_completion_tokens',
    secrets,
    mapError,
    idleTimeoutMs: profile.idleTimeoutMs ?? options.idleTimeoutMs,
    listModels: (signal) =>
      listWithPlainErrors(() => listOpenAiModels(client, signal, { chatOnly: true }), mapError),
  });
}
