// OpenAI through the official `openai` SDK (Chat Completions, streaming).
import OpenAI from 'openai';
import { guardStream } from './guard-stream';
import { listOpenAiModels, streamOpenAiChat } from './openai-chat-stream';
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
  return {
    kind: 'openai',
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
    listModels: (signal) =>
      listWithPlainErrors(() => listOpenAiModels(client, signal, { chatOnly: true }), mapError),
  };
}
