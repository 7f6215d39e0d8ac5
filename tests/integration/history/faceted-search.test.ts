// Faceted history search over a real SQLite file: cloud, region, model, status and cost beside
// (or instead of) the text, hits grouped by conversation, snippets without Markdown syntax.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { searchInputSchema, SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../shared/history';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { bedrockPane, openTestStore, outcome, pane } from './history-test-kit';

let dir: TempDir;
let store: HistoryStore;
const page = { limit: 20, offset: 0 };

beforeEach(async () => {
  dir = await createTempDir('history-facets-');
  store = openTestStore(dir.file('history.sqlite'));
});
afterEach(async () => {
  store.close();
  await dir.remove();
});

function record(conversationId?: string) {
  const turn = store.beginTurn({
    conversationId,
    prompt: 'Explain **kubernetes**',
    panes: [pane('a'), bedrockPane('b')],
  });
  for (const { paneId, messageId } of turn.messages) {
    store.finish(
      messageId,
      paneId === 'a'
        ? outcome(
            '## Kubernetes\nRun **kubectl** with `apply` and read [the kubernetes docs](https://k8s.io).',
            {
              cost: {
                currency: 'USD',
                input: 0,
                output: 0.002,
                total: 0.002,
                priceDate: '2026-01-01',
              },
            },
          )
        : outcome('Kubernetes partly answered', {
            status: 'stopped',
            region: 'us-east-1',
            cost: { currency: 'USD', input: 0, output: 0.02, total: 0.02, priceDate: '2026-01-01' },
          }),
    );
  }
  return turn;
}

describe('faceted search', () => {
  it('narrows text hits by cloud, region, status and cost', () => {
    record();
    const ids = (input: Parameters<HistoryStore['search']>[0]) =>
      store.search(input).items.map((hit) => hit.paneId ?? hit.conversationId);
    expect(ids({ query: 'kubernetes', providerKind: 'bedrock', ...page })).toEqual(['b']);
    expect(ids({ query: 'kubernetes', region: 'us-east-1', ...page })).toEqual(['b']);
    expect(ids({ query: 'kubernetes', status: 'complete', ...page })).toEqual(['a']);
    expect(ids({ query: 'kubernetes', maxCostUsd: 0.01, ...page })).toEqual(['a']);
    expect(ids({ query: 'kubernetes', minCostUsd: 0.01, maxCostUsd: 0.05, ...page })).toEqual([
      'b',
    ]);
    expect(ids({ query: 'kubernetes', model: 'gpt-4o', ...page })).toEqual(['a']);
  });

  it('pages through a filtered text search as one list, in rank order', () => {
    for (let i = 0; i < 12; i += 1) {
      const turn = store.beginTurn({ prompt: `zebra ${i}`, panes: [pane('a'), bedrockPane('b')] });
      for (const { paneId, messageId } of turn.messages) {
        // Bedrock's answers mention zebras more often the later they come.
        const text = paneId === 'b' ? `${'zebra '.repeat(1 + (i % 5))}stripes` : 'zebra once';
        store.finish(messageId, outcome(text));
      }
    }
    const filter = { query: 'zebra', providerKind: 'bedrock' } as const;
    const whole = store.search({ ...filter, limit: 50, offset: 0 }).items;
    expect(whole).toHaveLength(12);
    expect(whole.every((hit) => hit.providerKind === 'bedrock')).toBe(true);
    const pages = [0, 5, 10].map((offset) => store.search({ ...filter, limit: 5, offset }));
    expect(pages.map((result) => result.next)).toEqual([5, 10, undefined]);
    // Each page is grouped by conversation (one answer each here), so the order is the rank's.
    expect(pages.flatMap((result) => result.items).map((hit) => hit.messageId)).toEqual(
      whole.map((hit) => hit.messageId),
    );
    const plain = (whole[0]?.snippet ?? '')
      .replaceAll(SNIPPET_MARK_START, '')
      .replaceAll(SNIPPET_MARK_END, '');
    expect(plain).toBe('zebra zebra zebra zebra zebra stripes');
  });

  it('finds answers by facets alone, newest first, with the start of their text as plain words', () => {
    const turn = record();
    const hits = store.search(searchInputSchema.parse({ query: '', providerKind: 'openai' })).items;
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      conversationId: turn.conversationId,
      turnId: turn.turnId,
      messageId: turn.messages.find((m) => m.paneId === 'a')?.messageId,
      status: 'complete',
      costUsd: 0.002,
    });
    expect(hits[0]?.snippet).toBe(
      'Kubernetes Run kubectl with apply and read the kubernetes docs.',
    );
  });

  it('asks for words when there is neither text nor a facet', () => {
    expect(searchInputSchema.safeParse({ query: '  ' }).success).toBe(false);
    expect(searchInputSchema.safeParse({ query: '', status: 'error' }).success).toBe(true);
  });

  it('shows snippets without Markdown syntax, the match highlighted and the answer named', () => {
    const turn = record();
    const hit = store
      .search({ query: 'kubectl', ...page })
      .items.find((h) => h.messageId !== undefined);
    expect(hit?.snippet).toContain(`${SNIPPET_MARK_START}kubectl${SNIPPET_MARK_END}`);
    expect(hit?.snippet).not.toMatch(/\*\*|##|`|\]\(/);
    expect(hit?.turnId).toBe(turn.turnId);
  });

  it('groups a page of hits by conversation', () => {
    const first = record();
    const second = record();
    record(first.conversationId);
    const hits = store.search({ query: 'kubernetes', ...page }).items;
    const order = hits.map((hit) => hit.conversationId);
    const groups = order.filter((id, i) => order[i - 1] !== id);
    expect(new Set(groups).size).toBe(groups.length);
    expect(new Set(order)).toEqual(new Set([first.conversationId, second.conversationId]));
  });
});
