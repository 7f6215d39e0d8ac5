import type { IpcHandlers } from '../../../shared/ipc';
import type { ChatService } from './chat-service';

type ChatChannels = 'sendTurn' | 'regenerate' | 'synthesize' | 'stopStream' | 'stopAll';

export function createChatHandlers(chat: ChatService): Pick<IpcHandlers, ChatChannels> {
  return {
    sendTurn: (input) => chat.sendTurn(input),
    regenerate: (input) => chat.regenerate(input),
    synthesize: (input) => chat.synthesize(input),
    stopStream: async ({ streamId }) => chat.stop(streamId),
    stopAll: async () => chat.stopAll(),
  };
}
