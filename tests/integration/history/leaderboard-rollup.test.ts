// The rollup the triggers keep (schema v7) against counting every answer, as the leaderboard did
// before: the same rows for any filter and date range (local days start at any UTC hour), after
// answers are voted on, re-voted and deleted; and a database upgraded from v5 gets its rollup.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeaderboardInput, LeaderboardResult } from '../../../shared/history';
import type { RecordedPane } from '../../../electron/main/chat/chat-recorder';
import type { HistoryStore } from '../../../electron/main/history/history-store';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { START_TIME, openOldDatabase, openTestStore, outcome, pane } from './history-test-kit';
import { createLeaderboardByAnswers } from './leaderboard-by-answers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let dir: TempDir;
beforeEach(async () => {
  dir = await createTempDir('history-leaderboard-rollup-');
});
afterEach(async () => {
  await dir.remove();
});

function createRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PANES: RecordedPane[] = [
  pane('a'),
  pane('b', {
    providerKind: 'bedrock',
    providerName: 'AWS Bedrock',
    model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
    region: 'us-east-1',
  }),
  pane('c', { providerKind: 'azure-openai', providerName: 'Azure', model: 'gpt-4o-prod' }),
];

/** Answers over ~80 days, a few an hour or a few a week, with varied figures and failures. */
function recordHistory(store: HistoryStore, clock: { time: number }, turns: number) {
  const random = createRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const recorded: { conversationId: string; turnId: string; messageIds: string[] }[] = [];
  let conversationId: string | undefined;
  for (let t = 0; t < turns; t += 1) {
    clock.time += Math.floor(random() ** 3 * 3 * DAY);
    if (random() < 0.2) conversationId = undefined;
    const turn = store.beginTurn({ conversationId, prompt: `Question ${t}`, panes: PANES });
    conversationId = turn.conversationId;
    for (const { paneId, messageId } of turn.messages) {
      const roll = random();
      const ttftMs = random() < 0.1 ? null : 100 + Math.floor(random() ** 2 * 3000);
      const outputTokens = pick([0, 50, 400, 900]);
      const cost = random() < 0.15 ? undefined : Math.round(random() * 1e6) / 1e8;
      store.finish(
        messageId,
        outcome('text', {
          status: roll < 0.1 ? 'error' : roll < 0.2 ? 'stopped' : 'complete',
          ...(roll < 0.1
            ? {
                error: {
                  kind: pick(['rate-limit', 'server', 'timeout']),
                  message: 'x',
                  retryable: true,
                },
              }
            : {}),
          // An Azure answer that failed before its cloud named the model: counted with its alias.
          providerModelId:
            paneId === 'c' && roll < 0.1
              ? undefined
              : paneId === 'c'
                ? 'gpt-4o-2024-11-20'
                : paneId === 'a'
                  ? pick(['gpt-4o-2024-08-06', 'gpt-4o-2024-11-20'])
                  : undefined,
          ...(paneId === 'b' ? { region: pick(['us-east-1', 'us-west-2']) } : {}),
          ...(paneId === 'c' && roll >= 0.1 ? { region: 'swedencentral' } : {}),
          metrics: {
            ttftMs,
            totalMs: 2000,
            tokensPerSecond: ttftMs === null ? null : 10 + random() * 150,
            usage: { inputTokens: 10, outputTokens, totalTokens: 10 + outputTokens },
          },
          cost:
            cost === undefined
              ? undefined
              : { currency: 'USD', input: 0, output: cost, total: cost, priceDate: '2026-01-01' },
        }),
      );
    }
    recorded.push({
      conversationId,
      turnId: turn.turnId,
      messageIds: turn.messages.map((m) => m.messageId),
    });
  }
  return recorded;
}

/** Costs summed in another order differ in the last bits; everything else must be equal. */
function comparable(result: LeaderboardResult) {
  const round = (value: number | null) => (value === null ? null : Number(value.toFixed(9)));
  return {
    ...result,
    rows: result.rows.map((row) => ({
      ...row,
      totalCostUsd: round(row.totalCostUsd),
      costPer1kOutputUsd: round(row.costPer1kOutputUsd),
    })),
  };
}

describe('leaderboard rollup', () => {
  it('agrees with counting every answer, for any filter and date range, after votes and deletes', () => {
    const file = dir.file('history.sqlite');
    const clock = { time: START_TIME };
    const store = openTestStore(file, { now: () => (clock.time += 1000) });
    const turns = recordHistory(store, clock, 400);
    const reader = new Database(file, { readonly: true });
    const byAnswers = createLeaderboardByAnswers(reader);
    const random = createRandom(11);

    const check = () => {
      const end = clock.time;
      const inputs: LeaderboardInput[] = [
        {},
        { providerKind: 'bedrock' },
        { region: 'us-west-2' },
        { family: 'gpt-4o' },
        { to: START_TIME + 10 * DAY },
        { from: START_TIME + 20 * DAY },
      ];
      for (let i = 0; i < 12; i += 1) {
        // Local days of a zone `offset` hours from UTC (half hours too), as the view sends them.
        const offset = Math.round((random() * 26 - 12) * 2) / 2;
        const day = (n: number) => START_TIME + n * DAY - offset * HOUR;
        const first = Math.floor(random() * ((end - START_TIME) / DAY));
        const last = first + Math.floor(random() * 70);
        inputs.push({ from: day(first), to: day(last + 1) - 1 });
        inputs.push({ from: day(first), to: day(first + 1) - 1, providerKind: 'openai' });
      }
      inputs.push({ from: START_TIME + 5 * HOUR + 17, to: START_TIME + 5 * HOUR + 5000 });
      for (const input of inputs) {
        expect(comparable(store.leaderboard(input)), JSON.stringify(input)).toEqual(
          comparable(byAnswers(input)),
        );
      }
    };
    check();

    // Votes move wins; a changed vote takes the old one back; deleted conversations go.
    for (const turn of turns.slice(0, 60)) {
      store.decisions.vote({
        conversationId: turn.conversationId,
        turnId: turn.turnId,
        verdict: 'best',
        messageId: turn.messageIds[Math.floor(random() * 3)] ?? '',
      });
    }
    for (const turn of turns.slice(0, 20)) {
      store.decisions.vote({
        conversationId: turn.conversationId,
        turnId: turn.turnId,
        verdict: 'tie',
      });
    }
    const deleted = new Set(turns.slice(100, 300).map((turn) => turn.conversationId));
    for (const conversationId of [...deleted].slice(0, 15))
      store.deleteConversation(conversationId);
    expect(store.leaderboard({}).rows.some((row) => row.wins > 0)).toBe(true);
    check();

    // Imported answers arrive finished (one insert each): counted the same.
    const copyFile = dir.file('imported.sqlite');
    const copy = openTestStore(copyFile);
    copy.importHistory(store.exportHistory({ format: 'json' }).content);
    const copyReader = new Database(copyFile, { readonly: true });
    expect(comparable(copy.leaderboard({}))).toEqual(
      comparable(createLeaderboardByAnswers(copyReader)({})),
    );
    expect(copy.leaderboard({}).rows.map((row) => row.answers)).toEqual(
      store.leaderboard({}).rows.map((row) => row.answers),
    );
    copyReader.close();
    copy.close();

    reader.close();
    store.close();
  });

  it('is built for the answers of a database upgraded from v5', () => {
    const file = dir.file('history.sqlite');
    const clock = { time: START_TIME };
    const reference = (() => {
      // Rows as a v5 app wrote them: no rollup tables, no triggers.
      const db = openOldDatabase(
        file,
        5,
        `
        INSERT INTO conversations (rid, id, title, created_at, updated_at) VALUES (1, 'c1', 'Old', 1, 2);
        INSERT INTO panes (conversation_id, pane_id, position, profile_id, provider_kind,
          provider_name, model) VALUES ('c1', 'p1', 0, 'prof', 'azure-openai', 'Azure', 'gpt-4o-prod');
        INSERT INTO turns (rid, id, conversation_id, seq, prompt, created_at, pane_ids_json)
          VALUES (2, 't1', 'c1', 1, 'Hello', 1, '["p1"]');
        INSERT INTO messages (rid, id, conversation_id, turn_id, pane_id, role, provider_kind,
          provider_name, model, provider_model_id, region, content, status, error_kind,
          output_tokens, ttft_ms, tokens_per_second, cost_json, extras_json, created_at, updated_at)
        VALUES
          (3, 'm1', 'c1', 't1', 'p1', 'assistant', 'azure-openai', 'Azure', 'gpt-4o-prod',
            'gpt-4o-2024-11-20', 'swedencentral', 'Hi', 'complete', NULL, 100, 250.4, 42.17,
            '{"currency":"USD","input":0,"output":0.02,"total":0.02,"priceDate":"2026-01-01"}',
            '{"vote":"best"}', ${START_TIME}, ${START_TIME}),
          (4, 'm2', 'c1', 't1', 'p1', 'assistant', 'azure-openai', 'Azure', 'gpt-4o-prod',
            NULL, NULL, '', 'error', 'server', NULL, NULL, NULL, NULL, NULL,
            ${START_TIME + 2 * DAY}, ${START_TIME + 2 * DAY}),
          (5, 'm3', 'c1', 't1', 'p1', 'assistant', 'azure-openai', 'Azure', 'gpt-4o-prod',
            'gpt-4o-2024-11-20', 'swedencentral', 'Hey', 'complete', NULL, 300, 1234, 80,
            '{"currency":"USD","input":0,"output":0.01,"total":0.01,"priceDate":"2026-01-01"}',
            NULL, ${START_TIME + 40 * DAY}, ${START_TIME + 40 * DAY});
        UPDATE row_sequence SET value = 5;
      `,
      );
      const byAnswers = createLeaderboardByAnswers(db);
      const inputs: LeaderboardInput[] = [
        {},
        { from: START_TIME + DAY },
        { to: START_TIME + 3 * DAY },
      ];
      const results = inputs.map((input) => [input, byAnswers(input)] as const);
      db.close();
      return results;
    })();

    const store = openTestStore(file, { now: () => (clock.time += 1000) });
    for (const [input, expected] of reference) {
      expect(comparable(store.leaderboard(input))).toEqual(comparable(expected));
    }
    const [row] = store.leaderboard({}).rows;
    expect(row).toMatchObject({
      family: 'gpt-4o',
      region: 'swedencentral',
      answers: 3,
      errors: 1,
      errorsByKind: { server: 1 },
      wins: 1,
      ttftP50Ms: 250,
      totalCostUsd: 0.03,
    });
    store.close();
  });
});
