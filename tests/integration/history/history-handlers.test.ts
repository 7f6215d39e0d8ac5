import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHistoryHandlers } from '../../../electron/main/history/history-handlers';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { toUserFacingError } from '../../../electron/main/ipc/user-facing-error';
import { ipcChannels, type IpcEvents } from '../../../shared/ipc';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { openTestStore, pane, recordTurn } from './history-test-kit';

let dir: TempDir;
let store: HistoryStore;
let events: IpcEvents['historyChanged'][];
let handlers: ReturnType<typeof createHistoryHandlers>;

beforeEach(async () => {
  dir = await createTempDir('history-handlers-');
  store = openTestStore(dir.file('history.sqlite'));
  events = [];
  handlers = createHistoryHandlers(store, (_event, payload) => events.push(payload));
});
afterEach(async () => {
  store.close();
  await dir.remove();
});

describe('history IPC handlers', () => {
  it('serve what the renderer sends, after the contract fills in defaults', async () => {
    const turn = recordTurn(store, 'Hello there', [pane('a')], () => 'General Kenobi');
    const list = await handlers.listConversations(ipcChannels.listConversations.input.parse({}));
    expect(list.items.map((c) => c.title)).toEqual(['Hello there']);
    const detail = await handlers.getConversation(
      ipcChannels.getConversation.input.parse({ conversationId: turn.conversationId }),
    );
    expect(detail.messages[0]?.content).toBe('General Kenobi');
    const hits = await handlers.searchHistory(
      ipcChannels.searchHistory.input.parse({ query: 'kenobi' }),
    );
    expect(hits.items).toHaveLength(1);
  });

  it('tell other windows when history changes, and import only when something was added', async () => {
    const turn = recordTurn(store, 'Hi', [pane('a')], () => 'yo');
    const { conversationId } = turn;
    await handlers.renameConversation({ conversationId, title: 'Greeting' });
    await handlers.pinConversation({ conversationId, pinned: true });
    await handlers.archiveConversation({ conversationId, archived: false });
    const file = await handlers.exportHistory({ format: 'json' });
    await handlers.importHistory({ content: file.content });
    await handlers.deleteConversation({ conversationId });
    await handlers.importHistory({ content: file.content });
    expect(events).toEqual([
      { conversationId },
      { conversationId },
      { conversationId },
      { conversationId },
      {},
    ]);
    expect((await handlers.listConversations({ limit: 5, includeArchived: false })).items).toEqual([
      expect.objectContaining({ id: conversationId, title: 'Greeting', pinned: true }),
    ]);
  });

  it('report a missing conversation in plain words with a not-found code', async () => {
    const error = await handlers
      .getConversation({ conversationId: 'gone', limit: 10 })
      .catch((e: unknown) => e);
    expect(toUserFacingError(error)).toEqual({
      code: 'not-found',
      message: 'That conversation was not found. It may have been deleted.',
    });
    const bad = await handlers.importHistory({ content: '{oops' }).catch((e: unknown) => e);
    expect(toUserFacingError(bad).message).toMatch(/^This file is not valid JSON/);
  });
});
