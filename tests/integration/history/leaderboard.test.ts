// The leaderboard over a real SQLite file: answers recorded through the app's own path, grouped
// by model family × cloud × region, with the filters the view offers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { START_TIME, bedrockPane, openTestStore, outcome, pane } from './history-test-kit';

let dir: TempDir;
let store: HistoryStore;

beforeEach(async () => {
  dir = await createTempDir('history-leaderboard-');
  store = openTestStore(dir.file('history.sqlite'));
});
afterEach(async () => {
  store.close();
  await dir.remove();
});

/** One turn to an OpenAI pane and a Bedrock pane; the Bedrock one may fail. */
function recordComparison(ttft: { openai: number; bedrock: number }, bedrockFails = false) {
  const openai = pane('a');
  const bedrock = bedrockPane('b');
  const turn = store.beginTurn({ prompt: 'Compare', panes: [openai, bedrock] });
  for (const { paneId, messageId } of turn.messages) {
    if (paneId === 'a') {
      store.finish(
        messageId,
        outcome('fine', {
          providerModelId: 'gpt-4o-2024-08-06',
          metrics: {
            ttftMs: ttft.openai,
            totalMs: 1000,
            tokensPerSecond: 80,
            usage: { inputTokens: 10, outputTokens: 1000, totalTokens: 1010 },
          },
          cost: { currency: 'USD', input: 0, output: 0.01, total: 0.01, priceDate: '2026-01-01' },
        }),
      );
    } else {
      store.finish(
        messageId,
        bedrockFails
          ? outcome('', {
              status: 'error',
              error: { kind: 'rate-limit', message: 'Too many requests', retryable: true },
              providerModelId: undefined,
              cost: undefined,
              metrics: { ttftMs: null, tokensPerSecond: null, totalMs: 100 },
            })
          : outcome('fine', {
              providerModelId: undefined,
              region: 'us-east-1',
              metrics: {
                ttftMs: ttft.bedrock,
                totalMs: 1000,
                tokensPerSecond: 40,
                usage: { inputTokens: 10, outputTokens: 500, totalTokens: 510 },
              },
              cost: {
                currency: 'USD',
                input: 0,
                output: 0.03,
                total: 0.03,
                priceDate: '2026-01-01',
              },
            }),
      );
    }
  }
  return turn;
}

describe('leaderboard', () => {
  it('has a row per model family, cloud and region with the figures people compare', () => {
    recordComparison({ openai: 200, bedrock: 600 });
    recordComparison({ openai: 400, bedrock: 800 });
    recordComparison({ openai: 300, bedrock: 0 }, true);

    const result = store.leaderboard({});
    expect(result.rows).toHaveLength(2);
    const openai = result.rows.find((row) => row.providerKind === 'openai');
    const bedrock = result.rows.find((row) => row.providerKind === 'bedrock');
    expect(openai).toMatchObject({
      family: 'gpt-4o',
      providerName: 'OpenAI work',
      answers: 3,
      ttftP50Ms: 300,
      ttftP95Ms: 400,
      tokensPerSecondP50: 80,
      errors: 0,
      totalCostUsd: 0.03,
      wins: 0,
    });
    expect(openai?.costPer1kOutputUsd).toBeCloseTo(0.01);
    expect(openai?.region).toBeUndefined();
    expect(bedrock).toMatchObject({
      family: 'claude-3-5-sonnet',
      region: 'us-east-1',
      answers: 3,
      errors: 1,
      errorsByKind: { 'rate-limit': 1 },
      ttftP50Ms: 600,
    });
    expect(bedrock?.errorRate).toBeCloseTo(1 / 3);
    expect(bedrock?.costPer1kOutputUsd).toBeCloseTo(0.06);
    expect(result.ttftByCloud.find((s) => s.providerKind === 'openai')?.valuesMs).toEqual([
      200, 300, 400,
    ]);
    expect(result.facets).toEqual({
      families: ['claude-3-5-sonnet', 'gpt-4o'],
      providerKinds: ['bedrock', 'openai'],
      regions: ['us-east-1'],
    });
  });

  it('leaves out a pane the app did not ask because it could not take the files', () => {
    recordComparison({ openai: 200, bedrock: 600 });
    const turn = store.beginTurn({ prompt: 'What is in this image?', panes: [bedrockPane('b')] });
    for (const { messageId } of turn.messages) {
      store.finish(
        messageId,
        outcome('', {
          status: 'error',
          error: { kind: 'unsupported-input', message: 'This model cannot read images (a.png).' },
          providerModelId: undefined,
          cost: undefined,
          metrics: { ttftMs: null, tokensPerSecond: null, totalMs: 1 },
        }),
      );
    }
    const bedrock = store.leaderboard({}).rows.find((row) => row.providerKind === 'bedrock');
    expect(bedrock).toMatchObject({ answers: 1, errors: 0, errorsByKind: {} });
  });

  it('filters by cloud, region, family and date', () => {
    recordComparison({ openai: 200, bedrock: 600 });
    const cutoff = START_TIME + 1_000_000;
    expect(store.leaderboard({ providerKind: 'bedrock' }).rows.map((r) => r.family)).toEqual([
      'claude-3-5-sonnet',
    ]);
    expect(store.leaderboard({ region: 'us-east-1' }).rows).toHaveLength(1);
    expect(store.leaderboard({ family: 'gpt-4o' }).rows.map((r) => r.providerKind)).toEqual([
      'openai',
    ]);
    expect(store.leaderboard({ from: cutoff }).rows).toEqual([]);
    expect(store.leaderboard({ to: cutoff }).rows).toHaveLength(2);
  });

  it('counts an answer voted best as a win for its cloud', () => {
    const turn = recordComparison({ openai: 200, bedrock: 600 });
    const winner = turn.messages.find((m) => m.paneId === 'b')?.messageId ?? '';
    store.decisions.vote({
      conversationId: turn.conversationId,
      turnId: turn.turnId,
      verdict: 'best',
      messageId: winner,
    });
    const rows = store.leaderboard({}).rows;
    expect(rows.find((r) => r.providerKind === 'bedrock')?.wins).toBe(1);
    expect(rows.find((r) => r.providerKind === 'openai')?.wins).toBe(0);
  });
});
