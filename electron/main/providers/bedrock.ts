// AWS Bedrock through the official SDK: ConverseStream on the runtime for chat, the control
// plane's ListFoundationModels + ListInferenceProfiles for the model list.
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import {
  BedrockClient,
  ListFoundationModelsCommand,
  ListInferenceProfilesCommand,
} from '@aws-sdk/client-bedrock';
import { guardStream } from './guard-stream';
import { awsClientAuthConfig, resolveAwsAuth } from './aws-auth';
import { createBedrockEventMapper } from './map-bedrock-events';
import { mapBedrockError } from './map-bedrock-error';
import { listWithPlainErrors } from './list-models-error';
import { secretValues } from './provider-options';
import { PROVIDER_LABELS } from '../../../shared/providers';
import type {
  ConversationRole,
  Message,
  SystemContentBlock,
} from '@aws-sdk/client-bedrock-runtime';
import type { Provider, ProviderCredentials } from './provider';
import type { ProviderOptions } from './provider-options';
import type { ChatRequest } from '../../../shared/chat';
import type { ModelInfo, ProviderProfileOf } from '../../../shared/providers';
import type { StreamPart } from '../../../shared/stream';

export function bedrockCredentialName(
  profile: ProviderProfileOf<'bedrock' | 'openai-on-bedrock'>,
): string {
  if (profile.authMode === 'api-key') return 'Bedrock API key';
  if (profile.authMode === 'profile')
    return `AWS profile "${profile.awsProfile?.trim() || 'default'}"`;
  return 'AWS access keys';
}

function toConverse(request: ChatRequest): { system: SystemContentBlock[]; messages: Message[] } {
  const system = request.messages
    .filter((m) => m.role === 'system')
    .map((m) => ({ text: m.content }));
  const messages: Message[] = [];
  for (const m of request.messages) {
    if (m.role === 'system') continue;
    const role: ConversationRole = m.role;
    const last = messages[messages.length - 1];
    // Converse requires alternating roles; merge neighbours rather than fail.
    if (last && last.role === role) last.content = [...(last.content ?? []), { text: m.content }];
    else messages.push({ role, content: [{ text: m.content }] });
  }
  return { system, messages };
}

export function createBedrockProvider(
  profile: ProviderProfileOf<'bedrock'>,
  credentials: ProviderCredentials,
  options: ProviderOptions = {},
): Provider {
  const label = `${PROVIDER_LABELS.bedrock} (${profile.region})`;
  const secrets = secretValues(credentials);
  const auth = awsClientAuthConfig(resolveAwsAuth(profile, credentials));
  const common = {
    region: profile.region,
    ...(profile.endpoint ? { endpoint: profile.endpoint } : {}),
    ...auth,
    // Retries would hide a throttle from the user and distort the latency being compared.
    maxAttempts: 1,
  };
  const runtime = new BedrockRuntimeClient(common);
  const control = new BedrockClient(common);
  const mapError = (error: unknown) =>
    mapBedrockError(error, { label, credentialName: bedrockCredentialName(profile), secrets });

  async function* converse(
    request: ChatRequest,
    signal: AbortSignal,
  ): AsyncGenerator<StreamPart, void, undefined> {
    const { system, messages } = toConverse(request);
    const inferenceConfig = {
      ...(request.maxOutputTokens !== undefined ? { maxTokens: request.maxOutputTokens } : {}),
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    };
    const output = await runtime.send(
      new ConverseStreamCommand({
        modelId: request.model,
        messages,
        ...(system.length > 0 ? { system } : {}),
        ...(Object.keys(inferenceConfig).length > 0 ? { inferenceConfig } : {}),
      }),
      { abortSignal: signal },
    );
    const requestId = output.$metadata.requestId;
    yield {
      type: 'start',
      model: request.model,
      region: profile.region,
      ...(requestId ? { requestId } : {}),
    };
    const mapper = createBedrockEventMapper(label, request.model);
    for await (const event of output.stream ?? []) {
      yield* mapper.map(event);
    }
    const last = mapper.end();
    if (last) yield last;
  }

  async function listModels(signal?: AbortSignal): Promise<ModelInfo[]> {
    const send = { ...(signal ? { abortSignal: signal } : {}) };
    const foundation = await control.send(
      new ListFoundationModelsCommand({ byOutputModality: 'TEXT' }),
      send,
    );
    const models: ModelInfo[] = [];
    for (const m of foundation.modelSummaries ?? []) {
      if (!m.modelId || m.responseStreamingSupported === false) continue;
      if (m.modelLifecycle?.status && m.modelLifecycle.status !== 'ACTIVE') continue;
      // Models offered only through inference profiles cannot be called by their bare id.
      if (m.inferenceTypesSupported && !m.inferenceTypesSupported.includes('ON_DEMAND')) continue;
      models.push({
        id: m.modelId,
        label: [m.providerName, m.modelName].filter(Boolean).join(' ') || m.modelId,
      });
    }
    let nextToken: string | undefined;
    do {
      const page = await control.send(
        new ListInferenceProfilesCommand({ ...(nextToken ? { nextToken } : {}) }),
        send,
      );
      for (const p of page.inferenceProfileSummaries ?? []) {
        if (!p.inferenceProfileId || (p.status && p.status !== 'ACTIVE')) continue;
        models.push({
          id: p.inferenceProfileId,
          label: p.inferenceProfileName ?? p.inferenceProfileId,
          inferenceProfile: true,
        });
      }
      nextToken = page.nextToken;
    } while (nextToken);
    return models;
  }

  return {
    kind: 'bedrock',
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
        (inner) => converse(request, inner),
      ),
    listModels: (signal) => listWithPlainErrors(() => listModels(signal), mapError),
  };
}
