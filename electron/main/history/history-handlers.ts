// The history channels of the IPC contract, as plain handlers over the store. Nothing here
// touches the network: everything is read from and written to the local SQLite file.
import type { IpcEvents, IpcHandlers } from '../../../shared/ipc';
import type { AuditEndpointLookup } from './audit-export';
import type { HistoryStore } from './history-store';

export type HistoryChannel =
  | 'listConversations'
  | 'getConversation'
  | 'searchHistory'
  | 'renameConversation'
  | 'pinConversation'
  | 'archiveConversation'
  | 'deleteConversation'
  | 'exportHistory'
  | 'importHistory'
  | 'leaderboard'
  | 'exportAudit'
  | 'addAttachment'
  | 'readAttachment';

export type HistoryHandlers = Pick<IpcHandlers, HistoryChannel>;

/** Tells every window that history changed outside its own calls. */
export type HistoryChangedEmitter = (
  event: 'historyChanged',
  payload: IpcEvents['historyChanged'],
) => void;

/** What the history channels read from outside history: profiles and the app settings. */
export interface HistoryHandlerOptions {
  /** The host and API of a profile, for the audit trail (undefined once it is deleted). */
  endpointOf?: AuditEndpointLookup;
  /** Settings: leave prompt and answer text out of exports. */
  redactContent?: () => boolean;
}

export function createHistoryHandlers(
  store: HistoryStore,
  emit?: HistoryChangedEmitter,
  options: HistoryHandlerOptions = {},
): HistoryHandlers {
  const endpointOf = options.endpointOf ?? (() => undefined);
  const redactContent = options.redactContent ?? (() => false);
  return {
    addAttachment: async (input) => store.attachments.add(input),
    readAttachment: async ({ id }) => store.attachments.read(id),
    listConversations: async (input) => store.listConversations(input),
    getConversation: async (input) => store.getConversation(input),
    searchHistory: async (input) => store.search(input),
    renameConversation: async ({ conversationId, title }) => {
      store.rename(conversationId, title);
      emit?.('historyChanged', { conversationId });
    },
    pinConversation: async ({ conversationId, pinned }) => {
      store.setPinned(conversationId, pinned);
      emit?.('historyChanged', { conversationId });
    },
    archiveConversation: async ({ conversationId, archived }) => {
      store.setArchived(conversationId, archived);
      emit?.('historyChanged', { conversationId });
    },
    deleteConversation: async ({ conversationId }) => {
      store.deleteConversation(conversationId);
      emit?.('historyChanged', { conversationId });
    },
    exportHistory: async (input) =>
      store.exportHistory({ ...input, redactContent: redactContent() }),
    leaderboard: async (input) => store.leaderboard(input),
    exportAudit: async (input) => store.exportAudit(input, endpointOf),
    importHistory: async ({ content }) => {
      const result = store.importHistory(content);
      if (result.conversationsAdded > 0) emit?.('historyChanged', {});
      return result;
    },
  };
}
