// Streams one Responses API request through an `openai` SDK client. Stateless on purpose: the
// whole thread goes as `input` with `store: false`, so the cloud keeps nothing the user did not
// ask it to keep, and every cloud sees the same conversation.
import { APIError } from 'openai';
import { createResponsesEventMapper, mapResponsesFailure } from './map-responses-events';
import { startPartFrom, type OpenAiChatSetup } from './openai-chat-stream';
import { responsesInput } from './openai-message-parts';
import { briefServerText } from '../security/redact-secrets';
import type {
  ResponseCreateParamsStreaming,
  ResponseInputItem,
} from 'openai/resources/responses/responses';
import type { ChatRequest } from '../../../shared/chat';
import type { StreamPart } from '../../../shared/stream';

export interface OpenAiResponsesSetup extends Omit<OpenAiChatSetup, 'maxTokensField'> {
  secrets: readonly (string | undefined)[];
}

export function responsesRequestBody(request: ChatRequest): ResponseCreateParamsStreaming {
  const input: ResponseInputItem[] = responsesInput(request.messages);
  return {
    model: request.model,
    input,
    stream: true,
    store: false,
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.maxOutputTokens !== undefined
      ? { max_output_tokens: request.maxOutputTokens }
      : {}),
    // A summary is asked for only with an effort: models without reasoning refuse the field.
    ...(request.reasoningEffort !== undefined
      ? {
          reasoning: {
            effort: request.reasoningEffort,
            ...(request.reasoningEffort === 'none' ? {} : { summary: 'auto' as const }),
          },
        }
      : {}),
  };
}

export async function* streamOpenAiResponses(
  setup: OpenAiResponsesSetup,
  request: ChatRequest,
  signal: AbortSignal,
): AsyncGenerator<StreamPart, void, undefined> {
  const { data, response } = await setup.client.responses
    .create(responsesRequestBody(request), { signal })
    .withResponse();
  yield startPartFrom(setup, request.model, response.headers);
  const mapper = createResponsesEventMapper(setup.label, setup.secrets);
  try {
    for await (const event of data) {
      yield* mapper.map(event);
      // Nothing useful follows the closing event; stop reading rather than wait for the socket.
      if (mapper.end()) break;
    }
  } catch (error) {
    // An `error` event inside an open stream: the SDK throws it as an APIError with no status.
    if (error instanceof APIError && error.status === undefined && !signal.aborted) {
      const body = error.error as { code?: unknown; message?: unknown } | undefined;
      const code = typeof body?.code === 'string' ? body.code : (error.code ?? undefined);
      const said = typeof body?.message === 'string' ? body.message : undefined;
      yield mapResponsesFailure(setup.label, code, briefServerText(said, setup.secrets));
      return;
    }
    throw error;
  }
  const last = mapper.end();
  if (last) yield last;
}
