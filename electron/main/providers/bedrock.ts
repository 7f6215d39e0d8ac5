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
import { rejectedBedrockSetting } from './rejected-setting';
import { converseUserContent } from './converse-content';
import {
  CLAUDE_ANSWER_TOKENS,
  claudeThinkingBudget,
  modelCapabilities,
} from '../../../shared/model-capabilities';
import { listWithPlainErrors } from './list-models-error';
import { secretValues } from './provider-options';
import { PROVIDER_LABELS } from '../../../shared/providers';
import type {
  ContentBlock,
  ConversationRole,
  ConverseStreamCommandInput,
  InferenceConfiguration,
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
  const documentNames = new Set<string>();
  for (const m of request.messages) {
    if (m.role === 'system') continue;
    const role: ConversationRole = m.role;
    const files = m.attachments ?? [];
    const content: ContentBlock[] =
      role === 'user' && files.length > 0
        ? converseUserContent(m.content, files, documentNames)
        : [{ text: m.content }];
    const last = messages[messages.length - 1];
    // Converse requires alternating roles; merge neighbours rather than fail.
    if (last && last.role === role) last.content = [...(last.content ?? []), ...content];
    else messages.push({ role, content });
  }
  return { system, messages };
}

interface ConverseSettings {
  inferenceConfig?: InferenceConfiguration;
  additionalModelRequestFields?: ConverseStreamCommandInput['additionalModelRequestFields'];
  /** The wire names carried from the pane's settings, to name one the model refuses. */
  sent: string[];
}

/**
 * The pane's settings as Converse takes them for this model. A reasoning effort becomes Claude's
 * extended thinking (`thinking: { type: 'enabled', budget_tokens }`, where maxTokens must exceed
 * the budget) or gpt-oss's `reasoning_effort`, both in additionalModelRequestFields (Bedrock user
 * guide: "Extended thinking", "OpenAI models"); other models take no effort, so none is sent.
 */
export function converseSettings(request: ChatRequest): ConverseSettings {
  const via = modelCapabilities({ kind: 'bedrock', model: request.model }).reasoningEffort.via;
  const budget =
    via === 'thinking-budget' ? claudeThinkingBudget(request.reasoningEffort) : undefined;
  const sent: string[] = [];
  const inferenceConfig: InferenceConfiguration = {};
  let additionalModelRequestFields: ConverseSettings['additionalModelRequestFields'];
  if (budget !== undefined) {
    // Bedrock's maxTokens counts the thinking too; the pane's limit is for the answer.
    inferenceConfig.maxTokens = budget + (request.maxOutputTokens ?? CLAUDE_ANSWER_TOKENS);
    additionalModelRequestFields = { thinking: { type: 'enabled', budget_tokens: budget } };
    sent.push('thinking');
  } else if (request.maxOutputTokens !== undefined) {
    inferenceConfig.maxTokens = request.maxOutputTokens;
  }
  if (inferenceConfig.maxTokens !== undefined) sent.push('maxTokens');
  if (request.temperature !== undefined) {
    inferenceConfig.temperature = request.temperature;
    sent.push('temperature');
  }
  if (via === 'reasoning_effort' && request.reasoningEffort !== undefined) {
    additionalModelRequestFields = { reasoning_effort: request.reasoningEffort };
    sent.push('reasoning_effort');
  }
  return {
    ...(Object.keys(inferenceConfig).length > 0 ? { inferenceConfig } : {}),
    ...(additionalModelRequestFields ? { additionalModelRequestFields } : {}),
    sent,
  };
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
    const { sent, ...settings } = converseSettings(request);
    let output;
    try {
      output = await runtime.send(
        new ConverseStreamCommand({
          modelId: request.model,
          messages,
          ...(system.length > 0 ? { system } : {}),
          ...settings,
        }),
        { abortSignal: signal },
      );
    } catch (error) {
      const rejected = rejectedBedrockSetting(error, {
        label,
        model: request.model,
        sent,
        secrets,
      });
      if (!rejected) throw error;
      yield rejected;
      return;
    }
    const requestId = output.$metadata.requestId;
    yield {
      type: 'start',
      model: request.model,
      region: profile.region,
      ...(requestId ? { requestId } : {}),
    };
    const mapper = createBedrockEventMapper(request.model);
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
