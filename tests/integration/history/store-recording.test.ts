import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { bedrockPane, openTestStore, outcome, pane, recordTurn } from './history-test-kit';

let dir: TempDir;
let store: HistoryStore;

beforeEach(async () => {
  dir = await createTempDir('history-recording-');
  store = openTestStore(dir.file('history.sqlite'));
});
afterEach(async () => {
  store.close();
  await dir.remove();
});

describe('recording a compare turn', () => {
  it('creates a conversation titled from the prompt, with its panes and streaming answers', () => {
    const turn = store.beginTurn({
      prompt: '  \n  Explain   WAL mode in SQLite\nwith examples',
      panes: [pane('left'), bedrockPane('right')],
    });
    const detail = store.getConversation({ conversationId: turn.conversationId, limit: 200 });
    expect(detail.conversation.title).toBe('Explain WAL mode in SQLite');
    expect(detail.panes.map((p) => [p.paneId, p.position, p.providerKind, p.region])).toEqual([
      ['left', 0, 'openai', undefined],
      ['right', 1, 'bedrock', 'us-east-1'],
    ]);
    expect(detail.turns).toHaveLength(1);
    expect(detail.turns[0]?.paneIds).toEqual(['left', 'right']);
    expect(detail.messages.map((m) => [m.paneId, m.status, m.model])).toEqual([
      ['left', 'streaming', 'gpt-4o'],
      ['right', 'streaming', 'anthropic.claude-3-5-sonnet-20240620-v1:0'],
    ]);
    expect(store.listConversations({ limit: 50, includeArchived: false }).items).toHaveLength(1);
  });

  it('keeps every delta, readable while streaming, and stores the figures on finish', () => {
    const turn = store.beginTurn({ prompt: 'Count', panes: [pane('a')] });
    const messageId = turn.messages[0]?.messageId ?? '';
    const words = Array.from({ length: 1000 }, (_, i) => `w${i} `);
    words.slice(0, 500).forEach((word) => store.appendDelta(messageId, word, 'r'));

    // The open store shows text still in its buffer…
    const live = store.getConversation({ conversationId: turn.conversationId, limit: 200 });
    expect(live.messages[0]?.content).toBe(words.slice(0, 500).join(''));
    expect(live.messages[0]?.reasoning).toBe('r'.repeat(500));
    expect(live.messages[0]?.status).toBe('streaming');

    // …and once flushed another connection reads it from the file.
    store.flush();
    const reader = new Database(dir.file('history.sqlite'), { readonly: true });
    const row = reader.prepare('SELECT content, status FROM messages WHERE id = ?').get(messageId);
    reader.close();
    expect(row).toEqual({ content: words.slice(0, 500).join(''), status: 'streaming' });

    words.slice(500).forEach((word) => store.appendDelta(messageId, word));
    store.finish(messageId, outcome(words.join(''), { region: 'eastus2' }));
    const done = store.getConversation({ conversationId: turn.conversationId, limit: 200 });
    expect(done.messages[0]).toMatchObject({
      content: words.join(''),
      reasoning: 'r'.repeat(500),
      status: 'complete',
      finishReason: 'stop',
      providerModelId: 'gpt-4o-2024-08-06',
      requestId: 'req_123',
      region: 'eastus2',
      ttftMs: 210,
      tokensPerSecond: 55.5,
      totalMs: 1500,
      usage: { inputTokens: 12, outputTokens: 40, totalTokens: 52 },
      cost: { currency: 'USD', total: 0.00043, priceDate: '2026-01-01' },
    });
  });

  it('writes buffered text on its own within the flush window', async () => {
    const timed = openTestStore(dir.file('timed.sqlite'), { flushIntervalMs: 20 });
    const turn = timed.beginTurn({ prompt: 'Hi', panes: [pane('a')] });
    const messageId = turn.messages[0]?.messageId ?? '';
    timed.appendDelta(messageId, 'partial answer');
    const reader = new Database(dir.file('timed.sqlite'), { readonly: true });
    const read = () =>
      reader.prepare('SELECT content FROM messages WHERE id = ?').pluck().get(messageId);
    await expect.poll(read, { timeout: 5000 }).toBe('partial answer');
    reader.close();
    timed.close();
  });

  it('keeps the partial text and the cause when a stream fails or is stopped', () => {
    const turn = store.beginTurn({ prompt: 'Go', panes: [pane('a'), pane('b')] });
    const [a, b] = turn.messages;
    store.appendDelta(a?.messageId ?? '', 'Half an ans');
    store.finish(
      a?.messageId ?? '',
      outcome('', {
        status: 'error',
        finishReason: 'error',
        error: { kind: 'rate-limit', message: 'OpenAI is rate limiting.', retryable: true },
      }),
    );
    store.appendDelta(b?.messageId ?? '', 'Stopped here');
    store.finish(b?.messageId ?? '', outcome('Stopped here', { status: 'stopped' }));
    // A delta arriving after the end is ignored rather than appended to a finished answer.
    store.appendDelta(b?.messageId ?? '', ' late');
    store.flush();
    const detail = store.getConversation({ conversationId: turn.conversationId, limit: 200 });
    expect(detail.messages.map((m) => [m.content, m.status, m.errorKind, m.errorMessage])).toEqual([
      ['Half an ans', 'error', 'rate-limit', 'OpenAI is rate limiting.'],
      ['Stopped here', 'stopped', undefined, undefined],
    ]);
  });

  it('adds turns to an existing conversation and refuses one that does not exist', () => {
    const first = recordTurn(store, 'One', [pane('a')], () => 'first');
    const second = store.beginTurn({
      conversationId: first.conversationId,
      prompt: 'Two',
      panes: [pane('a'), pane('c', { model: 'gpt-4.1' })],
    });
    expect(second.conversationId).toBe(first.conversationId);
    const detail = store.getConversation({ conversationId: first.conversationId, limit: 200 });
    expect(detail.turns.map((t) => t.prompt)).toEqual(['One', 'Two']);
    expect(detail.panes.map((p) => [p.paneId, p.position])).toEqual([
      ['a', 0],
      ['c', 1],
    ]);
    expect(() =>
      store.beginTurn({ conversationId: 'gone', prompt: 'x', panes: [pane('a')] }),
    ).toThrow(/not found/);
  });
});

describe('regenerate and the pane thread', () => {
  it('adds a new version of the pane answer to its last turn, keeping the earlier one', () => {
    const turn = recordTurn(store, 'Write a haiku', [pane('a'), pane('b')], (p) => `haiku-${p}`);
    const again = store.beginRegenerate(turn.conversationId, pane('a', { model: 'gpt-4.1' }));
    expect(again).toMatchObject({ turnId: turn.turnId, prompt: 'Write a haiku' });
    store.appendDelta(again.messageId, 'fresh verse');
    store.finish(again.messageId, outcome('fresh verse'));

    const detail = store.getConversation({ conversationId: turn.conversationId, limit: 200 });
    const byPane = detail.messages.map((m) => [m.paneId, m.content, m.model]);
    expect(byPane).toHaveLength(3);
    expect(byPane).toContainEqual(['a', 'haiku-a', 'gpt-4o']);
    expect(byPane).toContainEqual(['a', 'fresh verse', 'gpt-4.1']);
    expect(byPane).toContainEqual(['b', 'haiku-b', 'gpt-4o']);
    // The newest version is the one the next turn builds on.
    const next = store.beginTurn({
      conversationId: turn.conversationId,
      prompt: 'More',
      panes: [pane('a')],
    });
    expect(store.paneThread(turn.conversationId, 'a', next.turnId)).toEqual([
      { role: 'user', content: 'Write a haiku' },
      { role: 'assistant', content: 'fresh verse' },
    ]);
  });

  it('refuses to regenerate a pane that has never been asked anything', () => {
    const turn = recordTurn(store, 'Hello', [pane('a')], () => 'hi');
    expect(() => store.beginRegenerate(turn.conversationId, pane('zzz'))).toThrow(
      /no earlier prompt/,
    );
  });

  it('gives each pane its own thread of finished exchanges only', () => {
    const t1 = recordTurn(store, 'Q1', [pane('a'), pane('b')], (p) => `A1-${p}`);
    const id = t1.conversationId;
    recordTurn(store, 'Q2 only b', [pane('b')], () => 'A2-b', id);
    const t3 = store.beginTurn({ conversationId: id, prompt: 'Q3', panes: [pane('a'), pane('b')] });
    const [a3, b3] = t3.messages;
    store.appendDelta(a3?.messageId ?? '', 'half an answer');
    store.finish(
      a3?.messageId ?? '',
      outcome('half an answer', {
        status: 'error',
        error: { kind: 'network', message: 'OpenAI could not be reached.', retryable: true },
      }),
    );
    store.finish(b3?.messageId ?? '', outcome('stopped early', { status: 'stopped' }));
    const t4 = store.beginTurn({ conversationId: id, prompt: 'Q4', panes: [pane('a'), pane('b')] });
    store.finish(
      t4.messages[0]?.messageId ?? '',
      outcome('filtered', { finishReason: 'content-filter' }),
    );
    // t4's answer in pane b is still streaming.
    store.appendDelta(t4.messages[1]?.messageId ?? '', 'still writ');
    store.flush();
    const t5 = store.beginTurn({ conversationId: id, prompt: 'Q5', panes: [pane('a'), pane('b')] });

    // A failed, stopped, filtered or unfinished answer is not sent back, nor is its prompt alone.
    expect(store.paneThread(id, 'a', t5.turnId)).toEqual([
      { role: 'user', content: 'Q1' },
      { role: 'assistant', content: 'A1-a' },
    ]);
    expect(store.paneThread(id, 'b', t5.turnId)).toEqual([
      { role: 'user', content: 'Q1' },
      { role: 'assistant', content: 'A1-b' },
      { role: 'user', content: 'Q2 only b' },
      { role: 'assistant', content: 'A2-b' },
    ]);
    expect(store.paneThread(id, 'a', t1.turnId)).toEqual([]);
  });

  it('replaces the last turn with an edited prompt, and refuses to replace an earlier one', () => {
    const t1 = recordTurn(store, 'Q1', [pane('a')], () => 'A1');
    const id = t1.conversationId;
    const t2 = recordTurn(store, 'Q2 with a typo', [pane('a')], () => 'A2', id);
    expect(() =>
      store.beginTurn({
        conversationId: id,
        prompt: 'Q1 again',
        panes: [pane('a')],
        replaceTurnId: t1.turnId,
      }),
    ).toThrow(/Only the last prompt/);
    const edited = store.beginTurn({
      conversationId: id,
      prompt: 'Q2 fixed',
      panes: [pane('a')],
      replaceTurnId: t2.turnId,
    });
    const detail = store.getConversation({ conversationId: id, limit: 200 });
    expect(detail.turns.map((t) => t.prompt)).toEqual(['Q1', 'Q2 fixed']);
    expect(detail.messages.map((m) => m.content)).toEqual(['A1', '']);
    expect(store.paneThread(id, 'a', edited.turnId)).toEqual([
      { role: 'user', content: 'Q1' },
      { role: 'assistant', content: 'A1' },
    ]);
    // The replaced prompt and answer are gone from search too.
    expect(store.search({ query: 'typo', limit: 20, offset: 0 }).items).toEqual([]);
  });
});
