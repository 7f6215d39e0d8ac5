// The Provider shared by every kind that speaks OpenAI's protocols (OpenAI, Azure OpenAI, OpenAI
// on Bedrock, compatible servers), Chat Completions or the Responses API as the profile says:
// each kind only builds its SDK client, names its cloud and says how it lists models.
import { guardStream } from './guard-stream';
import { streamOpenAiChat, type OpenAiChatSetup } from './openai-chat-stream';
import { streamOpenAiResponses } from './openai-responses-stream';
import type { OpenAiApi, ProviderKind } from '../../../shared/providers';
import type { ErrorPart } from '../../../shared/stream';
import type { Provider } from './provider';

export interface OpenAiProtocolProviderSetup extends OpenAiChatSetup {
  kind: ProviderKind;
  /** Which of OpenAI's two protocols the profile speaks. */
  api: OpenAiApi;
  /** Every secret value in play, scrubbed from any message. */
  secrets: string[];
  mapError: (error: unknown) => ErrorPart;
  idleTimeoutMs: number | undefined;
  listModels: Provider['listModels'];
}

export function createOpenAiProtocolProvider(setup: OpenAiProtocolProviderSetup): Provider {
  const { kind, label, secrets, mapError, idleTimeoutMs } = setup;
  return {
    kind,
    label,
    stream: (request, signal) =>
      guardStream({ label, signal, secrets, mapError, idleTimeoutMs }, (inner) =>
        setup.api === 'responses'
          ? streamOpenAiResponses(setup, request, inner)
          : streamOpenAiChat(setup, request, inner),
      ),
    listModels: setup.listModels,
  };
}
