// The store's slices keep to their own state: every state change an action makes is set by the
// slice that holds those fields, whatever slice the action started in (opening a conversation,
// sending an edited prompt, loading providers, streaming, deleting the open conversation).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationDetail, MessageRecord } from '../../../shared/history';
import type { ProviderProfileView } from '../../../shared/ipc';
import {
  createAppStore,
  initialAppState,
  type AppStore,
  type SliceName,
} from '../../../renderer/src/store/app-store';
import { initialHistoryState } from '../../../renderer/src/store/slices/history/initial-state';
import { initialNoticesState } from '../../../renderer/src/store/slices/notices/initial-state';
import { initialProvidersState } from '../../../renderer/src/store/slices/providers/initial-state';
import { initialSettingsState } from '../../../renderer/src/store/slices/settings/initial-state';
import { initialThreadState } from '../../../renderer/src/store/slices/thread/initial-state';
import { initialWorkspaceState } from '../../../renderer/src/store/slices/workspace/initial-state';

// Each slice's fields: those of its initial state, plus the optional ones it leaves out.
const OWNED: Record<SliceName, string[]> = {
  workspace: [
    ...Object.keys(initialWorkspaceState),
    'conversationId',
    'editingTurnId',
    'revealMessageId',
  ],
  history: [...Object.keys(initialHistoryState), 'conversationsCursor'],
  thread: Object.keys(initialThreadState),
  providers: [...Object.keys(initialProvidersState), 'credentialBackend'],
  settings: Object.keys(initialSettingsState),
  notices: Object.keys(initialNoticesState),
  decisions: [],
};

const views: ProviderProfileView[] = [
  { profile: { kind: 'openai', api: 'responses', id: 'a', name: 'A' }, secrets: [] },
];

function message(turnId: string, id: string): MessageRecord {
  return {
    id,
    conversationId: 'c1',
    turnId,
    paneId: 'p1',
    role: 'assistant',
    content: `Answer ${id}`,
    status: 'complete',
    createdAt: 1,
    updatedAt: 2,
  } as MessageRecord;
}

function detail(turnIds: string[], hasOlder: boolean): ConversationDetail {
  return {
    conversation: {
      id: 'c1',
      title: 'One',
      createdAt: 1,
      updatedAt: 2,
      pinned: false,
    } as ConversationDetail['conversation'],
    panes: [{ paneId: 'p1', position: 0, profileId: 'a', model: 'gpt-4o', settings: {} }],
    turns: turnIds.map((id, i) => ({
      id,
      conversationId: 'c1',
      prompt: `Prompt ${id}`,
      createdAt: 10 + i,
      paneIds: ['p1'],
    })),
    messages: turnIds.map((id) => message(id, `m-${id}`)),
    hasOlder,
  } as ConversationDetail;
}

const ok = (value: unknown) => Promise.resolve({ ok: true, value });

beforeEach(() => {
  let sends = 0;
  (globalThis as { window?: unknown }).window = {
    api: {
      listProviders: () => ok(views),
      listConversations: () => ok({ items: [], next: undefined }),
      getConversation: (input: { before?: number }) =>
        ok(input.before === undefined ? detail(['t2', 't3'], true) : detail(['t1'], false)),
      sendTurn: () => {
        sends += 1;
        return ok({
          conversationId: 'c1',
          turnId: `sent-${sends}`,
          streams: [{ paneId: 'p1', streamId: `s${sends}`, messageId: `sent-m${sends}` }],
        });
      },
      deleteConversation: () => ok(undefined),
    },
  };
});

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('store slices', () => {
  it('hold apart fields: no field belongs to two slices, and every field to one', () => {
    const all = Object.values(OWNED).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const key of Object.keys(initialAppState)) expect(all).toContain(key);
  });

  it('set only their own fields, also when an action asks another slice', async () => {
    const strays: string[] = [];
    const store = createAppStore((slice, partial) => {
      for (const key of Object.keys(partial)) {
        if (!OWNED[slice].includes(key)) strays.push(`${slice} set ${key}`);
      }
    });
    const state = (): AppStore => store.getState();

    await state().loadProviders();
    expect(state().panes).toHaveLength(1);
    await state().openConversation('c1');
    expect(state().turns.map((t) => t.id)).toEqual(['t2', 't3']);
    await state().loadOlder();
    expect(state().turns.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(state().hasOlder).toBe(false);

    state().editLastPrompt();
    state().setComposerText('Edited');
    await state().sendPrompt();
    expect(state().turns.map((t) => t.prompt)).toEqual(['Prompt t1', 'Prompt t2', 'Edited']);
    const live = { streamId: 's1', paneId: 'p1', conversationId: 'c1', turnId: 'sent-1' };
    state().internal_applyStreamParts([
      { ...live, messageId: 'sent-m1', parts: [{ type: 'text-delta', delta: 'Hi' }] },
    ]);
    expect(state().answers['sent-m1']?.text).toBe('Hi');

    await state().deleteConversation('c1');
    expect(state().turns).toEqual([]);
    expect(state().conversationId).toBeUndefined();
    expect(strays).toEqual([]);
  });
});
