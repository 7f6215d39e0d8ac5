// History benchmark (npm run bench:history; not a test). Builds a 100,000-message database in
// 1,000 conversations through the app's own recording path, then prints insert throughput,
// search latency (text, text with facets, facets alone), the leaderboard's aggregates and the
// time to open a 2,000-message conversation, each beside a baseline measured in the same run on
// the same data. `--messages N` builds a smaller database while developing (figures then say
// nothing about the targets, which are for 100,000).
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { RecordedPane } from '../../electron/main/chat/chat-recorder';
import type { SearchInput } from '../../shared/history';
import type { StreamOutcome } from '../../shared/chat';
import { openHistoryStore } from '../../electron/main/history/history-store';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from '../../electron/main/history/schema-migrations';
import { createTempDir } from '../../tests/support/temp-dir';

function messagesArgument(): number {
  const at = process.argv.indexOf('--messages');
  const value = at === -1 ? undefined : Number(process.argv[at + 1]);
  return value !== undefined && Number.isInteger(value) && value >= 2000 ? value : 100_000;
}
const TOTAL_MESSAGES = messagesArgument();
const CONVERSATIONS = Math.round(TOTAL_MESSAGES / 100);
const BIG_TURNS = Math.min(1000, TOTAL_MESSAGES / 20); // the 2,000-message conversation (two panes)
const DELTAS_PER_ANSWER = 8;
const SEARCH_QUERIES = [
  'kubernetes',
  'lighthouse keeper',
  'serializ',
  'quantum entanglement',
  'zanzibar',
  'the',
  'error handling',
  'async await',
  'postgres index',
  'haiku',
  'gradient descent',
  'tokyo',
  'mutex',
  'bora',
  'coffee tea',
  'latency budget',
  'fresnel',
  'rust borrow checker',
  'paris',
  'velo',
];

/** Deterministic pseudo-random numbers so every run builds the same database. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = createRandom(42);
const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'vo', 'su', 'ne', 'bo', 'di', 'fa', 'gu', 'ze'];
const vocabulary = Array.from({ length: 4000 }, () => {
  const n = 2 + Math.floor(random() * 3);
  return Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join(
    '',
  );
});
const topical = SEARCH_QUERIES.flatMap((query) => query.split(' ')).concat([
  'the',
  'and',
  'of',
  'serialization',
  'serializer',
]);

function sentence(words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) {
    // Zipf-like: a few words are everywhere, most are rare; query words appear now and then.
    const pick =
      random() < 0.03
        ? topical[Math.floor(random() * topical.length)]
        : vocabulary[Math.floor(vocabulary.length * random() ** 3)];
    out.push(pick ?? 'word');
  }
  return `${out.join(' ')}.`;
}

function answerText(): string {
  return Array.from({ length: 4 + Math.floor(random() * 6) }, () => sentence(14)).join(' ');
}

const panes: RecordedPane[] = [
  {
    paneId: 'left',
    profileId: 'openai-1',
    providerKind: 'openai',
    providerName: 'OpenAI',
    model: 'gpt-4o',
    settings: {},
  },
  {
    paneId: 'right',
    profileId: 'bedrock-1',
    providerKind: 'bedrock',
    providerName: 'AWS Bedrock',
    model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
    region: 'us-east-1',
    settings: {},
  },
];

const BEDROCK_REGIONS = ['us-east-1', 'us-west-2', 'eu-central-1'];
const SERVED = ['gpt-4o-2024-08-06', 'gpt-4o-2024-11-20'];

/** Figures that vary like real ones: first-token times, speeds, costs, some stops and errors. */
function variedOutcome(text: string, bedrock: boolean): StreamOutcome {
  const roll = random();
  const outputTokens = 100 + Math.floor(random() * 900);
  const ttftMs = 150 + Math.floor(random() ** 2 * 2000);
  const common = {
    text,
    reasoning: '',
    providerModelId: bedrock
      ? 'anthropic.claude-3-5-sonnet-20240620-v1:0'
      : (SERVED[Math.floor(random() * SERVED.length)] ?? 'gpt-4o'),
    ...(bedrock
      ? { region: BEDROCK_REGIONS[Math.floor(random() * BEDROCK_REGIONS.length)] ?? 'us-east-1' }
      : {}),
  };
  if (roll < 0.03) {
    return {
      ...common,
      status: 'error',
      error: { kind: roll < 0.02 ? 'rate-limit' : 'server', message: 'failed', retryable: true },
      metrics: { ttftMs: null, tokensPerSecond: null, totalMs: 300 },
    };
  }
  const usage = { inputTokens: 200, outputTokens, totalTokens: 200 + outputTokens };
  const total = (outputTokens * (bedrock ? 15 : 10) + 200 * 3) / 1e6;
  return {
    ...common,
    status: roll < 0.08 ? 'stopped' : 'complete',
    finishReason: 'stop',
    metrics: { ttftMs, totalMs: ttftMs + 2000, tokensPerSecond: 20 + random() * 80, usage },
    cost: {
      currency: 'USD',
      input: 0.0006,
      output: total - 0.0006,
      total,
      priceDate: '2026-01-01',
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function timeRuns(runs: number, fn: (i: number) => void): { p50: number; p95: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;

async function main(): Promise<void> {
  const dir = await createTempDir('polycloud-history-bench-');
  try {
    let clock = Date.UTC(2026, 0, 1);
    const store = openHistoryStore({ file: dir.file('history.sqlite'), now: () => (clock += 7) });

    // Turns per conversation: the big one has 1,000; the other 98,000 messages are spread evenly.
    const otherTurns = (TOTAL_MESSAGES - BIG_TURNS * 2) / 2;
    const base = Math.floor(otherTurns / (CONVERSATIONS - 1));
    const extra = otherTurns - base * (CONVERSATIONS - 1);
    const plan = [
      BIG_TURNS,
      ...Array.from({ length: CONVERSATIONS - 1 }, (_, i) => base + (i < extra ? 1 : 0)),
    ];

    const texts: string[] = [];
    let bigConversation = '';
    let messages = 0;
    process.stdout.write(`building ${TOTAL_MESSAGES.toLocaleString('en-US')} messages`);
    const insertStart = performance.now();
    for (const [index, turns] of plan.entries()) {
      let conversationId: string | undefined;
      for (let t = 0; t < turns; t += 1) {
        const turn = store.beginTurn({ conversationId, prompt: sentence(10), panes });
        conversationId = turn.conversationId;
        for (const { paneId, messageId } of turn.messages) {
          const text = answerText();
          texts.push(text);
          const step = Math.ceil(text.length / DELTAS_PER_ANSWER);
          for (let at = 0; at < text.length; at += step) {
            store.appendDelta(messageId, text.slice(at, at + step));
          }
          store.finish(messageId, variedOutcome(text, paneId === 'right'));
          messages += 1;
        }
      }
      if (index === 0) bigConversation = conversationId ?? '';
      if (index % Math.max(1, Math.round(CONVERSATIONS / 10)) === 0) process.stdout.write('.');
    }
    const insertSeconds = (performance.now() - insertStart) / 1000;
    process.stdout.write('\n');

    // Baseline: the same texts bulk-inserted into a plain table (no FTS, no triggers, big
    // transactions): the floor for writing this much text to SQLite on this machine.
    const plain = new Database(dir.file('plain.sqlite'));
    plain.pragma('journal_mode = WAL');
    plain.pragma('synchronous = NORMAL');
    plain.exec(
      'CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER, content TEXT, created_at INTEGER)',
    );
    const plainInsert = plain.prepare(
      'INSERT INTO messages (conversation_id, content, created_at) VALUES (?, ?, ?)',
    );
    const bulk = plain.transaction((rows: string[], offset: number) => {
      rows.forEach((text, i) => plainInsert.run((offset + i) % CONVERSATIONS, text, offset + i));
    });
    const plainStart = performance.now();
    for (let offset = 0; offset < texts.length; offset += 1000) {
      bulk(texts.slice(offset, offset + 1000), offset);
    }
    const plainSeconds = (performance.now() - plainStart) / 1000;
    plain.close();

    // Search: FTS5 + bm25 + snippets through the store, against a LIKE scan of the same rows.
    store.search({ query: 'warm up', limit: 20, offset: 0 });
    const perQuery: [string, number][] = [];
    const fts = timeRuns(SEARCH_QUERIES.length, (i) => {
      const start = performance.now();
      store.search({ query: SEARCH_QUERIES[i] ?? '', limit: 20, offset: 0 });
      perQuery.push([SEARCH_QUERIES[i] ?? '', performance.now() - start]);
    });
    const slowest = perQuery
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([query, time]) => `"${query}" ${ms(time)}`)
      .join(', ');
    const hitCounts = SEARCH_QUERIES.map(
      (query) => store.search({ query, limit: 100, offset: 0 }).items.length,
    );
    const reader = new Database(dir.file('history.sqlite'), { readonly: true });
    const like = reader.prepare(
      `SELECT id, conversation_id, substr(content, 1, 200) FROM messages
       WHERE content LIKE ? ORDER BY created_at DESC LIMIT 20`,
    );
    const likeTimes = timeRuns(SEARCH_QUERIES.length, (i) => {
      like.all(`%${SEARCH_QUERIES[i] ?? ''}%`);
    });

    // Faceted search: the same words with one facet each (cloud, region, status, cost), then
    // facets alone (no words), against the text alone above.
    const FACETS: Partial<SearchInput>[] = [
      { providerKind: 'bedrock' },
      { region: 'us-west-2' },
      { status: 'stopped' },
      { minCostUsd: 0.01 },
      { maxCostUsd: 0.005, status: 'complete' },
    ];
    const facetOf = (i: number) => FACETS[i % FACETS.length] ?? {};
    const faceted = timeRuns(SEARCH_QUERIES.length, (i) => {
      store.search({ query: SEARCH_QUERIES[i] ?? '', ...facetOf(i), limit: 20, offset: 0 });
    });
    const facetsAlone = timeRuns(20, (i) => {
      store.search({ query: '', ...facetOf(i), limit: 20, offset: 0 });
    });

    // Leaderboard: every answer folded by family × cloud × region with percentiles, against a
    // plain SQL GROUP BY of counts and averages over the same rows (no percentiles, no family).
    store.leaderboard({});
    const leaderboardRows = store.leaderboard({}).rows.length;
    const leaderboard = timeRuns(10, () => store.leaderboard({}));
    const leaderboardFiltered = timeRuns(10, () =>
      store.leaderboard({ providerKind: 'bedrock', from: Date.UTC(2026, 0, 1) }),
    );
    // A local day as the view sends it, in a zone whose days start on a half hour (UTC+5:30).
    const localDayStart = Date.UTC(2026, 0, 1) - 5.5 * 3_600_000;
    const leaderboardLocalDay = timeRuns(10, () =>
      store.leaderboard({ from: localDayStart, to: localDayStart + 86_400_000 - 1 }),
    );
    const groupBy = reader.prepare(
      `SELECT provider_kind, provider_name, region, count(*), avg(ttft_ms), avg(tokens_per_second),
         sum(status = 'error'), sum(json_extract(cost_json, '$.total'))
       FROM messages WHERE role = 'assistant' AND status != 'streaming'
       GROUP BY provider_kind, provider_name, region`,
    );
    const groupByTimes = timeRuns(10, () => groupBy.all());

    // Opening the 2,000-message conversation: the newest 200 against loading all of it.
    const newest = timeRuns(20, () => {
      store.getConversation({ conversationId: bigConversation, limit: 200 });
    });
    const whole = timeRuns(20, () => {
      store.getConversation({ conversationId: bigConversation, limit: 5000 });
    });
    reader.close();
    store.close();

    // The newest schema step, as a user's first start after an update runs it on this history.
    const lastStep = MIGRATIONS[MIGRATIONS.length - 1];
    const upgrading = new Database(dir.file('history.sqlite'));
    upgrading.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    const upgradeStart = performance.now();
    migrate(upgrading);
    const upgradeSeconds = (performance.now() - upgradeStart) / 1000;
    upgrading.close();

    const size = statSync(dir.file('history.sqlite')).size / 2 ** 20;
    console.log(
      `\nHistory benchmark: ${messages} messages in ${CONVERSATIONS} conversations (${size.toFixed(0)} MB on disk)`,
    );
    console.log(
      `insert, app path (turn + ${DELTAS_PER_ANSWER} deltas + finish, FTS kept in sync): ${(messages / insertSeconds).toFixed(0)} messages/s (${insertSeconds.toFixed(1)} s)`,
    );
    console.log(
      `  baseline, plain bulk INSERT, no FTS:                             ${(messages / plainSeconds).toFixed(0)} messages/s (${plainSeconds.toFixed(1)} s)`,
    );
    console.log(
      `search, FTS5 bm25 + snippets, ${SEARCH_QUERIES.length} queries:  p50 ${ms(fts.p50)}  p95 ${ms(fts.p95)}  (hits ≤100 per query: ${hitCounts.join(',')})`,
    );
    console.log(`  slowest: ${slowest}`);
    console.log(
      `  baseline, LIKE '%q%' scan, newest 20:   p50 ${ms(likeTimes.p50)}  p95 ${ms(likeTimes.p95)}`,
    );
    console.log(
      `search with one facet (cloud, region, status or cost), same queries: p50 ${ms(faceted.p50)}  p95 ${ms(faceted.p95)}`,
    );
    console.log(
      `search by facets alone, newest 20:            p50 ${ms(facetsAlone.p50)}  p95 ${ms(facetsAlone.p95)}`,
    );
    console.log(
      `leaderboard, all ${messages} answers (${leaderboardRows} rows, p50/p95 TTFT, speed, errors, cost): p50 ${ms(leaderboard.p50)}  p95 ${ms(leaderboard.p95)}`,
    );
    console.log(
      `  filtered to one cloud and a date range:                       p50 ${ms(leaderboardFiltered.p50)}  p95 ${ms(leaderboardFiltered.p95)}`,
    );
    console.log(
      `  one local day (UTC+5:30), every cloud:                        p50 ${ms(leaderboardLocalDay.p50)}  p95 ${ms(leaderboardLocalDay.p95)}`,
    );
    console.log(
      `  baseline, SQL GROUP BY cloud × region, counts and averages:   p50 ${ms(groupByTimes.p50)}  p95 ${ms(groupByTimes.p95)}`,
    );
    console.log(
      `open 2,000-message conversation, newest 200: p50 ${ms(newest.p50)}  p95 ${ms(newest.p95)}`,
    );
    console.log(
      `  baseline, all 2,000 messages:             p50 ${ms(whole.p50)}  p95 ${ms(whole.p95)}`,
    );
    console.log(
      `upgrade to schema v${SCHEMA_VERSION} (${lastStep?.description ?? ''}), once: ${upgradeSeconds.toFixed(1)} s`,
    );
  } finally {
    await dir.remove();
  }
}

await main();
