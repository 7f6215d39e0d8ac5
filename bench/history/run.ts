// History benchmark (npm run bench:history; not a test). Builds a 100,000-message database in
// 1,000 conversations through the app's own recording path, then prints insert throughput,
// search latency and the time to open a 2,000-message conversation, each beside a baseline
// measured in the same run on the same data.
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { RecordedPane } from '../../electron/main/chat/chat-recorder';
import { openHistoryStore } from '../../electron/main/history/history-store';
import { createTempDir } from '../../tests/support/temp-dir';

const CONVERSATIONS = 1000;
const TOTAL_MESSAGES = 100_000;
const BIG_TURNS = 1000; // the 2,000-message conversation (two panes)
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
    process.stdout.write('building 100,000 messages');
    const insertStart = performance.now();
    for (const [index, turns] of plan.entries()) {
      let conversationId: string | undefined;
      for (let t = 0; t < turns; t += 1) {
        const turn = store.beginTurn({ conversationId, prompt: sentence(10), panes });
        conversationId = turn.conversationId;
        for (const { messageId } of turn.messages) {
          const text = answerText();
          texts.push(text);
          const step = Math.ceil(text.length / DELTAS_PER_ANSWER);
          for (let at = 0; at < text.length; at += step) {
            store.appendDelta(messageId, text.slice(at, at + step));
          }
          store.finish(messageId, {
            status: 'complete',
            text,
            reasoning: '',
            finishReason: 'stop',
            metrics: { ttftMs: 200, totalMs: 2000, tokensPerSecond: 60 },
          });
          messages += 1;
        }
      }
      if (index === 0) bigConversation = conversationId ?? '';
      if (index % 100 === 0) process.stdout.write('.');
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

    // Opening the 2,000-message conversation: the newest 200 against loading all of it.
    const newest = timeRuns(20, () => {
      store.getConversation({ conversationId: bigConversation, limit: 200 });
    });
    const whole = timeRuns(20, () => {
      store.getConversation({ conversationId: bigConversation, limit: 5000 });
    });
    reader.close();
    store.close();

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
      `open 2,000-message conversation, newest 200: p50 ${ms(newest.p50)}  p95 ${ms(newest.p95)}`,
    );
    console.log(
      `  baseline, all 2,000 messages:             p50 ${ms(whole.p50)}  p95 ${ms(whole.p95)}`,
    );
  } finally {
    await dir.remove();
  }
}

await main();
