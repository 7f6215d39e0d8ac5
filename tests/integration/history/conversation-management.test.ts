import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { openTestStore, pane, recordTurn } from './history-test-kit';

let dir: TempDir;
let store: HistoryStore;

beforeEach(async () => {
  dir = await createTempDir('history-manage-');
  store = openTestStore(dir.file('history.sqlite'));
});
afterEach(async () => {
  store.close();
  await dir.remove();
});

const titles = (page: { items: { title: string }[] }) => page.items.map((item) => item.title);

describe('conversation list', () => {
  it('pages by recency with pinned conversations first and hides archived ones', () => {
    const ids = Array.from(
      { length: 7 },
      (_, i) => recordTurn(store, `chat ${i}`, [pane('a')], () => `answer ${i}`).conversationId,
    );
    store.setPinned(ids[1] ?? '', true);
    store.setArchived(ids[5] ?? '', true);

    const first = store.listConversations({ limit: 3, includeArchived: false });
    expect(titles(first)).toEqual(['chat 1', 'chat 6', 'chat 4', 'chat 3']);
    expect(first.items[0]).toMatchObject({ pinned: true, messageCount: 1 });
    const second = store.listConversations({
      limit: 3,
      before: first.next,
      includeArchived: false,
    });
    expect(titles(second)).toEqual(['chat 2', 'chat 0']);
    expect(second.next).toBeUndefined();

    const withArchived = store.listConversations({ limit: 50, includeArchived: true });
    expect(titles(withArchived)).toContain('chat 5');
    expect(withArchived.items.find((c) => c.title === 'chat 5')?.archived).toBe(true);
  });

  it('moves a conversation to the top when a new turn is added', () => {
    const old = recordTurn(store, 'old', [pane('a')], () => 'x');
    recordTurn(store, 'new', [pane('a')], () => 'y');
    recordTurn(store, 'again', [pane('a')], () => 'z', old.conversationId);
    expect(titles(store.listConversations({ limit: 50, includeArchived: false }))).toEqual([
      'old',
      'new',
    ]);
  });

  it('never skips conversations updated in the same millisecond at a page edge', () => {
    const frozen = openTestStore(dir.file('frozen.sqlite'), { now: () => 1_000 });
    for (let i = 0; i < 5; i += 1) recordTurn(frozen, `same ${i}`, [pane('a')], () => 'x');
    const first = frozen.listConversations({ limit: 2, includeArchived: false });
    const rest = frozen.listConversations({ limit: 2, before: first.next, includeArchived: false });
    expect(new Set([...titles(first), ...titles(rest)]).size).toBe(5);
    frozen.close();
  });
});

describe('a long conversation', () => {
  it('loads the newest messages first and older pages through the cursor', () => {
    const panes = [pane('a'), pane('b')];
    const first = recordTurn(store, 'turn 0', panes, (p) => `0-${p}`);
    for (let i = 1; i < 1000; i += 1) {
      recordTurn(store, `turn ${i}`, panes, (p) => `${i}-${p}`, first.conversationId);
    }
    const id = first.conversationId;
    const newest = store.getConversation({ conversationId: id, limit: 200 });
    expect(newest.conversation.messageCount).toBe(2000);
    expect(newest.messages).toHaveLength(200);
    expect(newest.hasOlder).toBe(true);
    expect(newest.messages[0]?.content).toBe('900-a');
    expect(newest.messages.at(-1)?.content).toBe('999-b');
    expect(newest.turns.map((t) => t.prompt)).toEqual(
      Array.from({ length: 100 }, (_, i) => `turn ${900 + i}`),
    );

    const seen = new Set(newest.messages.map((m) => m.id));
    let before = newest.messages[0]?.createdAt;
    let hasOlder = newest.hasOlder;
    while (hasOlder) {
      const page = store.getConversation({ conversationId: id, limit: 300, before });
      page.messages.forEach((m) => seen.add(m.id));
      before = page.messages[0]?.createdAt;
      hasOlder = page.hasOlder;
    }
    expect(seen.size).toBe(2000);
  });

  it('keeps the answers of one turn together when the page edge falls inside it', () => {
    const turn = recordTurn(store, 'q', [pane('a'), pane('b'), pane('c')], (p) => p);
    const page = store.getConversation({ conversationId: turn.conversationId, limit: 2 });
    expect(page.messages.map((m) => m.content)).toEqual(['a', 'b', 'c']);
    expect(page.hasOlder).toBe(false);
  });

  it('says plainly when a conversation does not exist', () => {
    expect(() => store.getConversation({ conversationId: 'missing', limit: 10 })).toThrow(
      /not found/,
    );
  });
});

describe('rename, pin, archive, delete', () => {
  it('renames, and search follows the new title', () => {
    const turn = recordTurn(store, 'untitled thoughts', [pane('a')], () => 'body');
    store.rename(turn.conversationId, 'Pelican migration');
    expect(titles(store.listConversations({ limit: 5, includeArchived: false }))).toEqual([
      'Pelican migration',
    ]);
    expect(store.search({ query: 'pelican', limit: 5, offset: 0 }).items).toHaveLength(1);
    expect(store.search({ query: 'untitled', limit: 5, offset: 0 }).items).toHaveLength(1);
    expect(() => store.rename('missing', 'x')).toThrow(/not found/);
  });

  it('deletes a conversation with its panes, turns, answers and search rows', () => {
    const keep = recordTurn(store, 'keep me', [pane('a')], () => 'armadillo facts');
    const gone = recordTurn(store, 'delete me', [pane('a'), pane('b')], () => 'armadillo lore');
    expect(store.search({ query: 'armadillo', limit: 10, offset: 0 }).items).toHaveLength(3);

    store.deleteConversation(gone.conversationId);
    const hits = store.search({ query: 'armadillo', limit: 10, offset: 0 }).items;
    expect(hits.map((hit) => hit.conversationId)).toEqual([keep.conversationId]);
    expect(store.search({ query: 'delete', limit: 10, offset: 0 }).items).toEqual([]);
    expect(() => store.getConversation({ conversationId: gone.conversationId, limit: 5 })).toThrow(
      /not found/,
    );
    store.close();

    const db = new Database(dir.file('history.sqlite'), { readonly: true });
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('conversations'), count('panes'), count('turns'), count('messages')]).toEqual([
      1, 1, 1, 1,
    ]);
    // Title, prompt and answer of the kept conversation only.
    expect(count('search_index')).toBe(3);
    db.close();
    store = openTestStore(dir.file('history.sqlite'));
  });
});
