// The leaderboard's rollup (schema v7): every finished answer counted as it is written, so the
// leaderboard reads a few thousand counted rows instead of 100,000 answers. Triggers on messages
// keep two tables: answers per source × first-token time × error kind (with errors, wins and
// costs summed) and answers per source × speed, each over all time, per UTC quarter hour, day
// and 32-day block; a date range is read as whole blocks, days and quarter hours and, at its
// edges, the answers themselves (leaderboard-query.ts), so any range stays exact. A third table
// counts what each asked model was served as, for answers that failed before their cloud named
// it. Costs are kept in whole picodollars, so taking an answer back leaves no rounding behind.
//
// The triggers and the migration's backfill are generated from one list of figures below, so
// they cannot disagree. They are part of schema v7: change them with a new migration only.
import type { Database } from 'better-sqlite3';
import type { LEADERBOARD_SQL } from './schema-migrations';

/**
 * Rollup spans, finest first, each counted from the epoch in UTC: a quarter hour (every time
 * zone's day starts on one, so a local day is read from the rollup alone), a day, and a 32-day
 * block (long ranges read a block per month or so). Span 0 is all time, in one bucket 0.
 */
export const SPAN_MS = { quarter: 900_000, day: 86_400_000, block: 32 * 86_400_000 } as const;
export const SPAN = { all: 0, quarter: 1, day: 2, block: 3 } as const;

/** Key columns cannot hold NULL (they are a primary key); these stand for "none". */
export const NONE_TEXT = '';
/** First-token times are never negative (shared/answer.ts), so -1 stands for "not measured". */
export const NONE_TTFT = -1;

type Sql = typeof LEADERBOARD_SQL;

/** Start of the `size`-ms bucket holding `at`, for negative times too (SQLite's % truncates). */
const bucketStart = (at: string, size: number) =>
  `(${at} - ((${at} % ${size}) + ${size}) % ${size})`;

const SPAN_BUCKET = `CASE spans.span WHEN ${SPAN.all} THEN 0
  WHEN ${SPAN.quarter} THEN ${bucketStart('created_at', SPAN_MS.quarter)}
  WHEN ${SPAN.day} THEN ${bucketStart('created_at', SPAN_MS.day)}
  ELSE ${bucketStart('created_at', SPAN_MS.block)} END`;
const SPANS = `(SELECT ${SPAN.all} AS span UNION ALL SELECT ${SPAN.quarter}
  UNION ALL SELECT ${SPAN.day} UNION ALL SELECT ${SPAN.block}) AS spans`;

/**
 * Which answers the leaderboard counts (as leaderboard-query.ts read them before v7), less the
 * panes the app never asked because their model could not take the prompt's files: no request
 * reached that cloud, so it is neither an answer nor an error of it.
 */
export const countedAnswer = (L: Sql) => `role = 'assistant' AND status != 'streaming'
  AND provider_kind IS NOT NULL AND ${L.model} IS NOT NULL
  AND coalesce(error_kind, '') <> 'unsupported-input'`;

/** Where an answer came from, as key columns: cloud, region, served (else asked) model. */
const sourceKey = (L: Sql): [column: string, expression: string][] => [
  ['provider_kind', 'provider_kind'],
  ['provider_name', `coalesce(provider_name, '${NONE_TEXT}')`],
  ['region', `coalesce(region, '${NONE_TEXT}')`],
  ['model_id', L.model],
];

/** Cost in whole picodollars: sums that add and subtract exactly, whatever the order. */
const costPico = (L: Sql) => `CAST(round(${L.cost} * 1e12) AS INTEGER)`;

interface Measure {
  table: string;
  /** Key columns and their expressions over a messages row. */
  key: [column: string, expression: string][];
  /** Counted columns and each answer's contribution. */
  sums: [column: string, expression: string][];
  /** Extra condition on the answers counted. */
  where: string;
}

export const ttftMeasure = (L: Sql): Measure => ({
  table: 'leaderboard_ttft',
  key: [
    ...sourceKey(L),
    ['ttft', `coalesce(${L.ttft}, ${NONE_TTFT})`],
    ['error_kind', `coalesce(${L.errorKind}, '${NONE_TEXT}')`],
  ],
  sums: [
    ['answers', '1'],
    ['errors', `(status = 'error')`],
    ['wins', `coalesce(${L.won}, 0)`],
    ['priced', `(${L.cost} IS NOT NULL)`],
    ['cost_pico', `coalesce(${costPico(L)}, 0)`],
    // Cost per output token only over answers that have both, or unpriced tokens dilute it.
    [
      'priced_cost_pico_with_tokens',
      `CASE WHEN output_tokens > 0 THEN coalesce(${costPico(L)}, 0) ELSE 0 END`,
    ],
    [
      'priced_output_tokens',
      `CASE WHEN ${L.cost} IS NOT NULL AND output_tokens > 0 THEN output_tokens ELSE 0 END`,
    ],
  ],
  where: countedAnswer(L),
});

export const speedMeasure = (L: Sql): Measure => ({
  table: 'leaderboard_speed',
  key: [...sourceKey(L), ['speed', L.speed]],
  sums: [['answers', '1']],
  where: `${countedAnswer(L)} AND tokens_per_second IS NOT NULL`,
});

/** What each asked model was served as on each cloud, whatever became of the answer. */
const servedMeasure: Measure = {
  table: 'leaderboard_served',
  key: [
    ['provider_kind', 'provider_kind'],
    ['provider_name', `coalesce(provider_name, '${NONE_TEXT}')`],
    ['asked_model', 'model'],
    ['served_model', 'provider_model_id'],
    ['region', `coalesce(region, '${NONE_TEXT}')`],
  ],
  sums: [['answers', '1']],
  where: `role = 'assistant' AND provider_kind IS NOT NULL AND model IS NOT NULL
    AND provider_model_id IS NOT NULL`,
};

/** SELECT of a measure's keys and summed figures over messages matching `where`, grouped. */
export function groupedSelect(measure: Measure, where: string, from = 'messages'): string {
  const keys = measure.key.map(([, expression]) => expression);
  return `SELECT ${keys.join(', ')},
      ${measure.sums.map(([, expression]) => `total(${expression})`).join(', ')}
    FROM ${from} WHERE ${measure.where} AND (${where})
    GROUP BY ${keys.join(', ')}`;
}

function createTable(measure: Measure, spanned: boolean): string {
  const keys = [...(spanned ? ['span', 'bucket'] : []), ...measure.key.map(([column]) => column)];
  return `CREATE TABLE ${measure.table} (
      ${keys.map((column) => `${column} NOT NULL`).join(', ')},
      ${measure.sums.map(([column]) => `${column} INTEGER NOT NULL`).join(', ')},
      PRIMARY KEY (${keys.join(', ')})
    ) WITHOUT ROWID;
    -- Rows whose answers were all taken back (an edit, a delete) go at once; this index finds
    -- them without a scan, and is empty otherwise.
    CREATE INDEX ${measure.table}_emptied ON ${measure.table} (answers) WHERE answers <= 0;`;
}

/** Adds (sign 1) or takes back (sign -1) the answer whose rid is `rid`, as it is in the table. */
function apply(measure: Measure, spanned: boolean, sign: 1 | -1, rid: string): string {
  const keys = [...(spanned ? ['span', 'bucket'] : []), ...measure.key.map(([column]) => column)];
  const keyValues = [
    ...(spanned ? ['spans.span', SPAN_BUCKET] : []),
    ...measure.key.map(([, expression]) => expression),
  ];
  const sums = measure.sums.map(([column]) => column);
  const add = `INSERT INTO ${measure.table} (${[...keys, ...sums].join(', ')})
    SELECT ${keyValues.join(', ')},
      ${measure.sums.map(([, expression]) => `${sign} * ${expression}`).join(', ')}
    FROM messages${spanned ? ` CROSS JOIN ${SPANS}` : ''}
    WHERE messages.rid = ${rid} AND ${measure.where}
    ON CONFLICT (${keys.join(', ')}) DO UPDATE SET
      ${sums.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')};`;
  return sign === 1 ? add : `${add}\n    DELETE FROM ${measure.table} WHERE answers <= 0;`;
}

/** The columns whose change can move an answer between rollup rows. */
const FIGURE_COLUMNS = [
  'role',
  'status',
  'provider_kind',
  'provider_name',
  'region',
  'model',
  'provider_model_id',
  'ttft_ms',
  'tokens_per_second',
  'error_kind',
  'cost_json',
  'output_tokens',
  'extras_json',
  'created_at',
];

/** Creates the rollup tables and their triggers, and counts the answers already recorded. */
export function createLeaderboardRollup(db: Database, L: Sql): void {
  const measures: [Measure, boolean][] = [
    [ttftMeasure(L), true],
    [speedMeasure(L), true],
    [servedMeasure, false],
  ];
  const applyAll = (sign: 1 | -1, rid: string) =>
    measures.map(([measure, spanned]) => apply(measure, spanned, sign, rid)).join('\n');
  const changed = FIGURE_COLUMNS.map((column) => `old.${column} IS NOT new.${column}`).join(' OR ');
  db.exec(measures.map(([measure, spanned]) => createTable(measure, spanned)).join('\n'));
  // The old figures are read in BEFORE triggers, while the row still holds them: the same
  // expressions then serve both directions. Nothing here writes to messages.
  db.exec(`
    CREATE TRIGGER messages_leaderboard_insert AFTER INSERT ON messages
      WHEN new.role = 'assistant' BEGIN
      ${applyAll(1, 'new.rid')}
    END;
    CREATE TRIGGER messages_leaderboard_unrecord BEFORE UPDATE OF ${FIGURE_COLUMNS.join(', ')}
      ON messages WHEN ${changed} BEGIN
      ${applyAll(-1, 'old.rid')}
    END;
    CREATE TRIGGER messages_leaderboard_record AFTER UPDATE OF ${FIGURE_COLUMNS.join(', ')}
      ON messages WHEN ${changed} BEGIN
      ${applyAll(1, 'new.rid')}
    END;
    CREATE TRIGGER messages_leaderboard_delete BEFORE DELETE ON messages
      WHEN old.role = 'assistant' BEGIN
      ${applyAll(-1, 'old.rid')}
    END;
  `);
  for (const [measure, spanned] of measures) {
    const keys = [...(spanned ? ['span', 'bucket'] : []), ...measure.key.map(([column]) => column)];
    const sums = measure.sums.map(([column]) => column);
    const select = spanned
      ? groupedSelect(
          {
            ...measure,
            key: [['span', 'spans.span'], ['bucket', SPAN_BUCKET], ...measure.key],
          },
          'true',
          `messages CROSS JOIN ${SPANS}`,
        )
      : groupedSelect(measure, 'true');
    db.exec(`INSERT INTO ${measure.table} (${[...keys, ...sums].join(', ')}) ${select}`);
  }
}
