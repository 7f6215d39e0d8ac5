import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../shared/history';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import {
  START_TIME,
  bedrockPane,
  openTestStore,
  outcome,
  pane,
  recordTurn,
} from './history-test-kit';

let dir: TempDir;
let store: HistoryStore;
const all = { limit: 20, offset: 0 };

beforeEach(async () => {
  dir = await createTempDir('history-search-');
  store = openTestStore(dir.file('history.sqlite'));
});
afterEach(async () => {
  store.close();
  await dir.remove();
});

describe('full-text search', () => {
  it('finds answers, prompts and titles with highlighted snippets and no HTML', () => {
    const turn = recordTurn(
      store,
      'How do lighthouses work?',
      [pane('a'), bedrockPane('b')],
      (p) =>
        p === 'a'
          ? 'A lighthouse uses a Fresnel lens to focus <b>light</b> far out to sea.'
          : 'Keepers once tended the lamp every night.',
    );
    const answer = store.search({ query: 'fresnel', ...all });
    expect(answer.items).toHaveLength(1);
    const hit = answer.items[0];
    expect(hit).toMatchObject({
      conversationId: turn.conversationId,
      conversationTitle: 'How do lighthouses work?',
      paneId: 'a',
      providerKind: 'openai',
      model: 'gpt-4o',
    });
    expect(hit?.messageId).toBe(turn.messages[0]?.messageId);
    expect(hit?.snippet).toContain(`${SNIPPET_MARK_START}Fresnel${SNIPPET_MARK_END}`);
    // Text is returned as stored: markup in an answer is never turned into highlighting HTML.
    expect(hit?.snippet).toContain('<b>light</b>');
    expect(hit?.snippet).not.toMatch(/<mark>/);

    // The prompt and the title both hold "lighthouses".
    const prompt = store.search({ query: 'lighthouses', ...all });
    expect(prompt.items.length).toBe(2);
    expect(prompt.items.every((item) => item.messageId === undefined)).toBe(true);
  });

  it('matches the last word as a prefix while typing, and folds accents and case', () => {
    recordTurn(store, 'Café notes', [pane('a')], () => 'Serialization of JSON documents');
    expect(store.search({ query: 'serializ', ...all }).items).toHaveLength(1);
    expect(store.search({ query: 'JSON docu', ...all }).items).toHaveLength(1);
    // Title and prompt both say "Café".
    expect(store.search({ query: 'cafe', ...all }).items).toHaveLength(2);
    expect(store.search({ query: 'docu JSON', ...all }).items).toHaveLength(0);
  });

  it('treats search syntax a person types as plain text, never as an error', () => {
    recordTurn(
      store,
      'Quotes',
      [pane('a')],
      () => 'He said "hello" AND( left; NEAR x-ray col:umn *',
    );
    const hostile = [
      '"',
      '""',
      'AND(',
      'hello"',
      'NEAR(',
      'col:umn',
      '*',
      '-x-ray',
      '^hello',
      'OR',
      '(((',
      "'; DROP TABLE messages; --",
      '{a b}',
      'hello NOT',
    ];
    for (const query of hostile) {
      expect(() => store.search({ query, ...all }), query).not.toThrow();
    }
    expect(store.search({ query: 'hello"', ...all }).items).toHaveLength(1);
    expect(store.search({ query: 'AND(', ...all }).items).toHaveLength(1);
    expect(store.search({ query: 'x-ray', ...all }).items).toHaveLength(1);
    expect(store.search({ query: '"', ...all }).items).toEqual([]);
    expect(store.listConversations({ limit: 50, includeArchived: false }).items).toHaveLength(1);
  });

  it('filters by provider kind, model and date', () => {
    const both = [pane('a'), bedrockPane('b')];
    recordTurn(store, 'first', both, (p) => `kiwi answer from ${p}`);
    recordTurn(store, 'second', [pane('a', { model: 'gpt-4.1' })], () => 'kiwi again');
    const kiwi = (filters: object) =>
      store
        .search({ query: 'kiwi', ...all, ...filters })
        .items.map((hit) => `${hit.providerKind}/${hit.model}`)
        .sort();

    expect(kiwi({})).toEqual([
      'bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0',
      'openai/gpt-4.1',
      'openai/gpt-4o',
    ]);
    expect(kiwi({ providerKind: 'bedrock' })).toEqual([
      'bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0',
    ]);
    expect(kiwi({ model: 'gpt-4.1' })).toEqual(['openai/gpt-4.1']);
    const firstTurnTime = START_TIME + 1000;
    expect(kiwi({ to: firstTurnTime })).toEqual([
      'bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0',
      'openai/gpt-4o',
    ]);
    expect(kiwi({ from: firstTurnTime + 1 })).toEqual(['openai/gpt-4.1']);
  });

  it('ranks the closer match first and pages through results', () => {
    for (let i = 0; i < 25; i += 1) {
      recordTurn(store, `topic ${i}`, [pane('a')], () =>
        i === 17
          ? 'zebra zebra zebra zebra'
          : `a long answer about many things where zebra appears once among ${'filler '.repeat(40)}`,
      );
    }
    const first = store.search({ query: 'zebra', limit: 10, offset: 0 });
    expect(first.items).toHaveLength(10);
    expect(first.items[0]?.conversationTitle).toBe('topic 17');
    expect(first.next).toBe(10);
    const second = store.search({ query: 'zebra', limit: 10, offset: 10 });
    const third = store.search({ query: 'zebra', limit: 10, offset: 20 });
    expect(third.items).toHaveLength(5);
    expect(third.next).toBeUndefined();
    const ids = [...first.items, ...second.items, ...third.items].map((hit) => hit.messageId);
    expect(new Set(ids).size).toBe(25);
  });

  it('indexes an answer when it stops streaming, not on every write', () => {
    const turn = store.beginTurn({ prompt: 'Stream', panes: [pane('a')] });
    const messageId = turn.messages[0]?.messageId ?? '';
    store.appendDelta(messageId, 'the quokka smiles');
    store.flush();
    expect(store.search({ query: 'quokka', ...all }).items).toEqual([]);
    store.finish(messageId, outcome('the quokka smiles'));
    expect(store.search({ query: 'quokka', ...all }).items).toHaveLength(1);
  });

  it('ranks only the newest matches of a very common word, after the filters apply', () => {
    const small = openTestStore(dir.file('window.sqlite'), { rankedSearchWindow: 3 });
    for (let i = 0; i < 8; i += 1) {
      const onBedrock = i < 2;
      recordTurn(small, `chat ${i}`, [onBedrock ? bedrockPane('a') : pane('a')], () =>
        i === 0 ? 'common common common common' : `common word number ${i}`,
      );
    }
    const newest = small.search({ query: 'common', limit: 20, offset: 0 }).items;
    expect(newest.map((hit) => hit.conversationTitle).sort()).toEqual([
      'chat 5',
      'chat 6',
      'chat 7',
    ]);
    // The best match by rank is older than the window, yet a filter that narrows the matches
    // brings it back.
    const bedrock = small.search({ query: 'common', providerKind: 'bedrock', ...all }).items;
    expect(bedrock.map((hit) => hit.conversationTitle)).toEqual(['chat 0', 'chat 1']);
    small.close();
  });

  it('with a filter, ranks the newest matches that pass it when they fill the window', () => {
    const small = openTestStore(dir.file('window-facet.sqlite'), { rankedSearchWindow: 3 });
    for (let i = 0; i < 8; i += 1) {
      // The oldest is the best match by rank, but the newest three also pass the filter.
      const onBedrock = i === 0 || i >= 5;
      recordTurn(small, `chat ${i}`, [onBedrock ? bedrockPane('a') : pane('a')], () =>
        i === 0 ? 'common common common common' : `common word number ${i}`,
      );
    }
    const bedrock = small.search({ query: 'common', providerKind: 'bedrock', ...all }).items;
    expect(bedrock.map((hit) => hit.conversationTitle).sort()).toEqual([
      'chat 5',
      'chat 6',
      'chat 7',
    ]);
    small.close();
  });
});
