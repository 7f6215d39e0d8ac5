// The leaderboard over history, read from the rollup the triggers keep (leaderboard-rollup.ts,
// schema v7) instead of every answer: counted slices per raw model id × cloud × region ×
// first-token time (with errors, wins and costs summed), and per … × speed. Without dates that
// is the all-time rows; a date range is read as whole 32-day blocks, UTC days and quarter hours
// (a local day in any time zone starts on one), and only a range that starts or ends inside a
// quarter hour has its edges counted from messages by time, so any range is exact.
// leaderboard-aggregate.ts merges the slices by model family (a normalisation SQL cannot do) and
// reads the percentiles from the counts.
import type { Database } from 'better-sqlite3';
import type { LeaderboardInput, LeaderboardResult } from '../../../shared/history';
import type { ProviderKind } from '../../../shared/providers';
import { LEADERBOARD_SQL } from './schema-migrations';
import {
  aggregateLeaderboard,
  aliasKey,
  type AnswerSlice,
  type ServedAliases,
  type SpeedSlice,
} from './leaderboard-aggregate';
import {
  NONE_TEXT,
  NONE_TTFT,
  SPAN,
  SPAN_MS,
  groupedSelect,
  speedMeasure,
  ttftMeasure,
} from './leaderboard-rollup';
import { rollupPlan } from './leaderboard-ranges';

interface Filters {
  providerKind: string | null;
  region: string | null;
}

type RawSource = [providerKind: string, providerName: string, region: string, modelId: string];
type RawSlice = [
  ...RawSource,
  ttftMs: number,
  errorKind: string,
  answers: number,
  errors: number,
  wins: number,
  pricedAnswers: number,
  costPico: number,
  pricedCostPicoWithTokens: number,
  pricedOutputTokens: number,
];
type RawSpeed = [...RawSource, tokensPerSecond: number, answers: number];

const L = LEADERBOARD_SQL;
const PICO = 1e12;
/** The dated spans, finest first, and their bucket sizes. */
const SPANS = [SPAN.quarter, SPAN.day, SPAN.block];
const SIZES = [SPAN_MS.quarter, SPAN_MS.day, SPAN_MS.block];
/** SQLite's order of text (by code unit). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const FILTERS = `(@providerKind IS NULL OR provider_kind = @providerKind)
  AND (@region IS NULL OR region = @region)`;

/** Rows of one span between two bucket starts (`to` exclusive), already counted. */
const rollupRows = (table: string, columns: string) =>
  `SELECT ${columns} FROM ${table}
   WHERE span = @span AND bucket >= @from AND bucket < @to AND ${FILTERS}`;

export function createLeaderboardQuery(db: Database) {
  const ttft = ttftMeasure(L);
  const speed = speedMeasure(L);
  const columns = (measure: typeof ttft) =>
    [...measure.key, ...measure.sums].map(([column]) => column).join(', ');
  type Range = { span: number; from: number; to: number };
  const sliceRows = db
    .prepare<[Range & Filters], RawSlice>(rollupRows(ttft.table, columns(ttft)))
    .raw();
  const speedRows = db
    .prepare<[Range & Filters], RawSpeed>(rollupRows(speed.table, columns(speed)))
    .raw();
  // The partial days at a range's edges, counted from the answers themselves (inclusive ends).
  type Edge = { from: number; to: number };
  const byTime = (measure: typeof ttft) =>
    groupedSelect(
      measure,
      `created_at >= @from AND created_at <= @to AND ${FILTERS}`,
      'messages INDEXED BY messages_by_time',
    );
  const edgeSlices = db.prepare<[Edge & Filters], RawSlice>(byTime(ttft)).raw();
  const edgeSpeeds = db.prepare<[Edge & Filters], RawSpeed>(byTime(speed)).raw();

  // Each asked model's served models and regions per cloud: a handful of rows. Ordered as the
  // answers were grouped before v7, so a tie goes the same way.
  const served = db
    .prepare<
      [],
      [
        providerKind: string,
        providerName: string,
        model: string,
        servedId: string,
        region: string,
        answers: number,
      ]
    >(
      `SELECT provider_kind, provider_name, asked_model, served_model, region, answers
       FROM leaderboard_served ORDER BY provider_kind, provider_name, region, served_model,
         asked_model`,
    )
    .raw();
  const aliasesNow = (): ServedAliases => {
    const best = new Map<string, { modelId: string; region: string | null; answers: number }>();
    for (const [kind, name, asked, servedId, region, answers] of served.all()) {
      const key = aliasKey(kind, name, asked);
      const known = best.get(key);
      if (!known || answers > known.answers) {
        best.set(key, { modelId: servedId, region: region === NONE_TEXT ? null : region, answers });
      }
    }
    return best;
  };

  // Object literals written out (no spread): thousands of slices per call.
  const toSlice = (row: RawSlice): AnswerSlice => ({
    providerKind: row[0] as ProviderKind,
    providerName: row[1],
    region: row[2] === NONE_TEXT ? null : row[2],
    modelId: row[3],
    ttftMs: row[4] === NONE_TTFT ? null : row[4],
    errorKind: row[5] === NONE_TEXT ? null : row[5],
    answers: row[6],
    errors: row[7],
    wins: row[8],
    pricedAnswers: row[9],
    totalCostUsd: row[10] / PICO,
    pricedCostUsdWithTokens: row[11] / PICO,
    pricedOutputTokens: row[12],
  });
  const toSpeed = (row: RawSpeed): SpeedSlice => ({
    providerKind: row[0] as ProviderKind,
    providerName: row[1],
    region: row[2] === NONE_TEXT ? null : row[2],
    modelId: row[3],
    tokensPerSecond: row[4],
    answers: row[5],
  });

  return (input: LeaderboardInput): LeaderboardResult => {
    const filters: Filters = {
      providerKind: input.providerKind ?? null,
      region: input.region ?? null,
    };
    const plan = rollupPlan(input.from ?? null, input.to ?? null, SIZES);
    const ranges = plan.allTime
      ? [{ span: SPAN.all, from: 0, to: 1 }]
      : plan.rollup.map((range) => ({ ...range, span: SPANS[range.span] ?? SPAN.all }));
    // Slices by cloud, handed over cloud by cloud in SQLite's order of the key (as one read of
    // the all-time rows has them), so the charts' order does not depend on the range's parts.
    const slices = new Map<string, AnswerSlice[]>();
    const speeds: SpeedSlice[] = [];
    const keep = (row: RawSlice) => {
      const key = `${row[0]}\u0000${row[1]}`;
      const cloud = slices.get(key);
      if (cloud) cloud.push(toSlice(row));
      else slices.set(key, [toSlice(row)]);
    };
    for (const range of ranges) {
      const params = { ...range, ...filters };
      for (const row of sliceRows.all(params)) keep(row);
      for (const row of speedRows.all(params)) speeds.push(toSpeed(row));
    }
    for (const edge of plan.edges) {
      const params = { ...edge, ...filters };
      for (const row of edgeSlices.all(params)) keep(row);
      for (const row of edgeSpeeds.all(params)) speeds.push(toSpeed(row));
    }
    const clouds = [...slices.keys()].sort(byCode);
    return aggregateLeaderboard(
      clouds.flatMap((cloud) => slices.get(cloud) ?? []),
      speeds,
      input.family === undefined ? {} : { family: input.family },
      aliasesNow(),
    );
  };
}
