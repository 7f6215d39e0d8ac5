import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryExport } from '../../../electron/main/history/export-format';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { bedrockPane, openTestStore, outcome, pane, recordTurn } from './history-test-kit';

let dir: TempDir;
let source: HistoryStore;
let target: HistoryStore;

beforeEach(async () => {
  dir = await createTempDir('history-export-');
  source = openTestStore(dir.file('source.sqlite'));
  target = openTestStore(dir.file('target.sqlite'));
});
afterEach(async () => {
  source.close();
  target.close();
  await dir.remove();
});

function seed(store: HistoryStore) {
  const panes = [
    pane('a', { settings: { systemPrompt: 'Be brief.', temperature: 0.2 } }),
    bedrockPane('b'),
  ];
  const one = recordTurn(store, 'Compare tea and coffee', panes, (p) => `**${p}**: both fine`);
  const two = store.beginTurn({ conversationId: one.conversationId, prompt: 'More?', panes });
  const [a, b] = two.messages;
  store.finish(
    a?.messageId ?? '',
    outcome('', {
      status: 'error',
      finishReason: 'error',
      error: { kind: 'quota', message: 'OpenAI says the quota is used up.', retryable: false },
    }),
  );
  store.finish(
    b?.messageId ?? '',
    outcome('Reasoned', { reasoning: 'thinking…', region: 'us-west-2' }),
  );
  const other = recordTurn(store, 'Second chat', [pane('x')], () => 'hello');
  store.setPinned(other.conversationId, true);
  store.setArchived(one.conversationId, true);
  return { first: one.conversationId, second: other.conversationId };
}

const everything = (store: HistoryStore) =>
  store
    .listConversations({ limit: 200, includeArchived: true })
    .items.map((c) => store.getConversation({ conversationId: c.id, limit: 5000 }));

describe('export and import', () => {
  it('round-trips all history through JSON into a fresh database, metadata included', () => {
    seed(source);
    const exported = source.exportHistory({ format: 'json' });
    expect(exported.mimeType).toBe('application/json');
    expect(exported.fileName).toMatch(/^polycloud-chat-history-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(exported.content) as { format: string; version: number };
    expect(parsed).toMatchObject({ format: 'polycloud-chat-history', version: 2 });

    const result = target.importHistory(exported.content);
    expect(result).toEqual({
      conversationsAdded: 2,
      conversationsSkipped: 0,
      messagesAdded: 5,
      attachmentsAdded: 0,
      attachmentsLeftOut: 0,
    });
    expect(everything(target)).toEqual(everything(source));
    const imported = everything(target).flatMap((d) => d.messages);
    expect(imported.find((m) => m.errorKind === 'quota')?.errorMessage).toBe(
      'OpenAI says the quota is used up.',
    );
    expect(imported.find((m) => m.reasoning)?.region).toBe('us-west-2');
    expect(target.search({ query: 'coffee', limit: 5, offset: 0 }).items.length).toBeGreaterThan(0);
  });

  it('keeps the settings each answer was asked with, through export and import', () => {
    const first = { systemPrompt: 'Be brief.', temperature: 0.2 };
    const second = { maxOutputTokens: 900, reasoningEffort: 'high' as const };
    const one = recordTurn(source, 'First', [pane('a', { settings: first })], () => 'one');
    recordTurn(
      source,
      'Second',
      [pane('a', { settings: second })],
      () => 'two',
      one.conversationId,
    );
    const detail = source.getConversation({ conversationId: one.conversationId, limit: 50 });
    // The pane keeps its latest settings; each answer keeps its own.
    expect(detail.panes[0]?.settings).toEqual(second);
    expect(detail.messages.map((m) => m.settings)).toEqual([first, second]);

    const exported = source.exportHistory({ format: 'json' });
    const file = JSON.parse(exported.content) as {
      conversations: { messages: { settings?: unknown }[] }[];
    };
    expect(file.conversations[0]?.messages.map((m) => m.settings)).toEqual([first, second]);
    target.importHistory(exported.content);
    const imported = target.getConversation({ conversationId: one.conversationId, limit: 50 });
    expect(imported.messages.map((m) => m.settings)).toEqual([first, second]);
    expect(imported).toEqual(detail);
    const md = source.exportHistory({ conversationId: one.conversationId, format: 'markdown' });
    expect(md.content).toContain('settings: system prompt, temperature 0.2');
    expect(md.content).toContain('settings: max 900 tokens, reasoning effort high');
  });

  it('keeps cached input tokens and where a cost came from, through export and import', () => {
    const turn = source.beginTurn({ prompt: 'Cache me', panes: [pane('a')] });
    const usage = { inputTokens: 300, outputTokens: 20, totalTokens: 320, cachedInputTokens: 256 };
    const cost = {
      currency: 'USD' as const,
      input: 0.0002,
      output: 0.0003,
      total: 0.0005,
      priceDate: '2026-09-23',
      source: 'genai-prices 0.1.8',
      rates: { inputPerMillion: 2.5, outputPerMillion: 10, cachedInputPerMillion: 1.25 },
    };
    source.finish(
      turn.messages[0]?.messageId ?? '',
      outcome('cached', {
        cost,
        metrics: { ttftMs: 50, totalMs: 300, tokensPerSecond: 60, usage },
      }),
    );
    target.importHistory(source.exportHistory({ format: 'json' }).content);
    const [message] = target.getConversation({
      conversationId: turn.conversationId,
      limit: 10,
    }).messages;
    expect(message?.usage).toEqual(usage);
    expect(message?.cost).toEqual(cost);
  });

  it('adds up each turn\u2019s and the conversation\u2019s cost in both exports', () => {
    const { first } = seed(source);
    const turn = source.beginTurn({ conversationId: first, prompt: 'Stopped', panes: [pane('a')] });
    // Stopped with counted tokens and a price, and another answer billed with no price known.
    source.finish(
      turn.messages[0]?.messageId ?? '',
      outcome('par', {
        status: 'stopped',
        finishReason: undefined,
        metrics: { ttftMs: 90, totalMs: 400, tokensPerSecond: null },
        cost: {
          currency: 'USD',
          input: 0.0001,
          output: 0.0002,
          total: 0.0003,
          priceDate: '2026-09-23',
          estimatedTokens: { input: 40, output: 20, counter: 'o200k' },
        },
      }),
    );
    const json = JSON.parse(
      source.exportHistory({ conversationId: first, format: 'json' }).content,
    ) as HistoryExport;
    const totals = json.conversations[0]?.totals;
    // Four answers at $0.00043 each (one failed after it was billed) and the stopped one.
    expect(totals?.conversation).toEqual({
      usd: 0.00202,
      estimated: true,
      unpriced: 0,
      inputTokens: 4 * 12 + 40,
      outputTokens: 4 * 40 + 20,
      answers: 5,
    });
    expect(totals?.turns.map((t) => [t.usd, t.answers, t.estimated])).toEqual([
      [0.00086, 2, false],
      [0.00086, 2, false],
      [0.0003, 1, true],
    ]);
    // The totals are derived: a file with them imports like one without.
    expect(target.importHistory(JSON.stringify(json)).conversationsAdded).toBe(1);

    const md = source.exportHistory({ conversationId: first, format: 'markdown' }).content;
    expect(md).toContain('5 answers · cost $0.002020 (partly estimated)_');
    expect(md).toContain('_Turn 1 cost $0.000860_');
  });

  it('imports the same file twice without duplicates', () => {
    seed(source);
    const { content } = source.exportHistory({ format: 'json' });
    target.importHistory(content);
    expect(target.importHistory(content)).toEqual({
      conversationsAdded: 0,
      conversationsSkipped: 2,
      messagesAdded: 0,
      attachmentsAdded: 0,
      attachmentsLeftOut: 0,
    });
    expect(target.listConversations({ limit: 50, includeArchived: true }).items).toHaveLength(2);
    expect(target.search({ query: 'hello', limit: 20, offset: 0 }).items).toHaveLength(1);
  });

  it('exports one conversation on its own, as JSON and as readable Markdown', () => {
    const { first } = seed(source);
    const json = source.exportHistory({ conversationId: first, format: 'json' });
    expect(json.fileName).toBe('compare-tea-and-coffee.json');
    expect(target.importHistory(json.content).conversationsAdded).toBe(1);

    const md = source.exportHistory({ conversationId: first, format: 'markdown' });
    expect(md.fileName).toBe('compare-tea-and-coffee.md');
    expect(md.mimeType).toBe('text/markdown');
    expect(md.content).toContain('# Compare tea and coffee');
    expect(md.content).toContain('## 1. You');
    expect(md.content).toContain('### AWS Bedrock · anthropic.claude-3-5-sonnet-20240620-v1:0');
    expect(md.content).toContain('**a**: both fine');
    expect(md.content).toContain('**Error:** OpenAI says the quota is used up.');
    expect(md.content).toContain('> Reasoning: thinking…');
    expect(md.content).toContain('12 in / 40 out tokens');
    expect(md.content).not.toContain('Second chat');
  });

  const rejected: [string, (content: string) => string, RegExp][] = [
    ['malformed JSON', (c) => c.slice(0, c.length / 2), /not valid JSON/],
    ['another kind of file', () => JSON.stringify({ hello: 'world' }), /not a Polycloud Chat/],
    [
      'a newer format version',
      (c) => c.replace('"version": 2', '"version": 7'),
      /newer version of the app \(format version 7/,
    ],
    [
      'a wrong shape',
      (c) => c.replace('"status": "complete"', '"status": "finished"'),
      /damaged or incomplete \(conversations\.\d+\.messages\.\d+\.status/,
    ],
    [
      'a message pointing at a missing turn',
      (c) => c.replace(/"turnId": "[^"]+"/, '"turnId": "nope"'),
      /refers to a turn that is not in this conversation/,
    ],
  ];
  it.each(rejected)('rejects %s with a clear reason and writes nothing', (_, spoil, reason) => {
    seed(source);
    const good = source.exportHistory({ format: 'json' }).content;
    expect(() => target.importHistory(spoil(good))).toThrow(reason);
    expect(() => target.importHistory(spoil(good))).toThrow(/Nothing was imported/);
    expect(target.listConversations({ limit: 50, includeArchived: true }).items).toEqual([]);
  });

  it('writes nothing when a later conversation in the file collides with existing ids', () => {
    seed(source);
    const file = JSON.parse(source.exportHistory({ format: 'json' }).content) as {
      conversations: { id: string; turns: { id: string }[] }[];
    };
    // The second conversation reuses a turn id that the target already holds elsewhere.
    target.importHistory(JSON.stringify({ ...file, conversations: [file.conversations[0]] }));
    const clash = structuredClone(file.conversations[0]);
    if (!clash) throw new Error('seed made no conversation');
    clash.id = 'brand-new-id';
    const fresh = { ...file.conversations[1], id: 'another-new-id' };
    const before = target.listConversations({ limit: 50, includeArchived: true }).items;
    expect(() =>
      target.importHistory(JSON.stringify({ ...file, conversations: [fresh, clash] })),
    ).toThrow(/already used by another conversation/);
    expect(target.listConversations({ limit: 50, includeArchived: true }).items).toEqual(before);
  });
});
