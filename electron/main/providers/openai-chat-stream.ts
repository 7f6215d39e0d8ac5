// Streams one Chat Completions request through an `openai` SDK client and lists its models.
// Used by every kind that speaks the OpenAI protocol; each kind only builds the client.
import { createOpenAiChunkMapper } from './map-openai-chunks';
import { rejectedOpenAiSetting } from './rejected-setting';
import { chatCompletionsMessages } from './openai-message-parts';
import type OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { ChatRequest } from '../../../shared/chat';
import type { ModelInfo } from '../../../shared/providers';
import type { StartPart, StreamPart } from '../../../shared/stream';

export interface OpenAiChatSetup {
  client: OpenAI;
  label: string;
  /** The region requests go to, where the profile names one (Bedrock). */
  region?: string;
  /** A response header that names the region that served the request (Azure: x-ms-region). */
  regionHeader?: string;
  /**
   * OpenAI and Azure take `max_completion_tokens` (reasoning models refuse `max_tokens`); many
   * compatible servers only know `max_tokens`.
   */
  maxTokensField: 'max_completion_tokens' | 'max_tokens';
  /** Credential values, kept out of any server text quoted back to the user. */
  secrets?: readonly (string | undefined)[];
}

const REQUEST_ID_HEADERS = ['x-request-id', 'apim-request-id', 'x-amzn-requestid'];

/** The start part from a response's headers: request id, and the serving region where told. */
export function startPartFrom(
  setup: Pick<OpenAiChatSetup, 'region' | 'regionHeader'>,
  model: string,
  headers: Headers,
): StartPart {
  const requestId = REQUEST_ID_HEADERS.map((h) => headers.get(h)).find((v) => v);
  const region = (setup.regionHeader && headers.get(setup.regionHeader)) || setup.region;
  return {
    type: 'start',
    model,
    ...(region ? { region } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

export async function* streamOpenAiChat(
  setup: OpenAiChatSetup,
  request: ChatRequest,
  signal: AbortSignal,
): AsyncGenerator<StreamPart, void, undefined> {
  const body: ChatCompletionCreateParamsStreaming = {
    model: request.model,
    messages: chatCompletionsMessages(request.messages),
    stream: true,
    stream_options: { include_usage: true },
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.maxOutputTokens !== undefined
      ? { [setup.maxTokensField]: request.maxOutputTokens }
      : {}),
    // Every value of REASONING_EFFORTS is one Chat Completions' `reasoning_effort` takes; whether
    // this model takes it is the cloud's call, and a refusal names the setting (below).
    ...(request.reasoningEffort !== undefined ? { reasoning_effort: request.reasoningEffort } : {}),
  };
  const sent = ['temperature', setup.maxTokensField, 'reasoning_effort'].filter(
    (param) => (body as unknown as Record<string, unknown>)[param] !== undefined,
  );
  let opened;
  try {
    opened = await setup.client.chat.completions.create(body, { signal }).withResponse();
  } catch (error) {
    const rejected = rejectedOpenAiSetting(error, {
      label: setup.label,
      model: request.model,
      sent,
      secrets: setup.secrets ?? [],
    });
    if (!rejected) throw error;
    yield rejected;
    return;
  }
  const { data, response } = opened;
  yield startPartFrom(setup, request.model, response.headers);
  const mapper = createOpenAiChunkMapper();
  for await (const chunk of data) {
    yield* mapper.map(chunk);
  }
  const last = mapper.end();
  if (last) yield last;
}

// Models a chat window cannot use, by the names OpenAI gives them.
const NOT_CHAT =
  /embedding|dall-e|whisper|tts|moderation|davinci|babbage|transcribe|realtime|audio|image|search|computer-use/i;

export async function listOpenAiModels(
  client: OpenAI,
  signal: AbortSignal | undefined,
  options: { chatOnly: boolean },
): Promise<ModelInfo[]> {
  const models: ModelInfo[] = [];
  for await (const model of client.models.list(signal ? { signal } : undefined)) {
    if (options.chatOnly && NOT_CHAT.test(model.id)) continue;
    models.push({ id: model.id });
  }
  return models.sort((a, b) => a.id.localeCompare(b.id));
}
