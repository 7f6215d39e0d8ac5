// The leaderboard as it was read before the rollup (schema v7): every answer, grouped in SQL
// over the v5 indexes. Kept for tests only, as the reference the rollup must agree with.
import type { Database } from 'better-sqlite3';
import type { LeaderboardInput, LeaderboardResult } from '../../../shared/history';
import type { ProviderKind } from '../../../shared/providers';
import { LEADERBOARD_SQL } from '../../../electron/main/history/schema-migrations';
import {
  aggregateLeaderboard,
  aliasKey,
  type AnswerSlice,
  type ServedAliases,
  type SpeedSlice,
} from '../../../electron/main/history/leaderboard-aggregate';

interface Params {
  from: number | null;
  to: number | null;
  providerKind: string | null;
  region: string | null;
}

type RawSource = [
  providerKind: string,
  providerName: string | null,
  region: string | null,
  modelId: string,
];
type RawSlice = [
  ...RawSource,
  ttftMs: number | null,
  errorKind: string | null,
  answers: number,
  errors: number,
  wins: number,
  pricedAnswers: number,
  totalCostUsd: number | null,
  pricedCostUsdWithTokens: number | null,
  pricedOutputTokens: number | null,
];
type RawSpeed = [...RawSource, tokensPerSecond: number, answers: number];

const L = LEADERBOARD_SQL;
const scope = (index: string) => `FROM messages INDEXED BY ${index}
  WHERE role = 'assistant' AND status != 'streaming' AND provider_kind IS NOT NULL
    AND ${L.model} IS NOT NULL AND coalesce(error_kind, '') <> 'unsupported-input'
    AND (@from IS NULL OR created_at >= @from) AND (@to IS NULL OR created_at <= @to)
    AND (@providerKind IS NULL OR provider_kind = @providerKind)
    AND (@region IS NULL OR region = @region)`;

export function createLeaderboardByAnswers(db: Database) {
  const slices = db
    .prepare<[Params], RawSlice>(
      `SELECT provider_kind, provider_name, region, ${L.model}, ${L.ttft}, ${L.errorKind},
         count(*), sum(status = 'error'), sum(coalesce(${L.won}, 0)), count(${L.cost}),
         sum(${L.cost}), sum(CASE WHEN output_tokens > 0 THEN ${L.cost} END),
         sum(CASE WHEN ${L.cost} IS NOT NULL AND output_tokens > 0 THEN output_tokens END)
       ${scope('messages_leaderboard_ttft')}
       GROUP BY provider_kind, provider_name, region, ${L.model}, ${L.ttft}, ${L.errorKind}`,
    )
    .raw();
  const speeds = db
    .prepare<[Params], RawSpeed>(
      `SELECT provider_kind, provider_name, region, ${L.model}, ${L.speed}, count(*)
       ${scope('messages_leaderboard_speed')} AND tokens_per_second IS NOT NULL
       GROUP BY provider_kind, provider_name, region, ${L.model}, ${L.speed}`,
    )
    .raw();

  // Each asked model's most common served model and region per cloud: a handful of rows.
  const served = db
    .prepare<
      [],
      [
        providerKind: string,
        providerName: string | null,
        model: string,
        servedId: string,
        region: string | null,
        answers: number,
      ]
    >(
      `SELECT provider_kind, provider_name, model, provider_model_id, region, count(*)
       FROM messages INDEXED BY messages_leaderboard_ttft
       WHERE role = 'assistant' AND provider_kind IS NOT NULL AND model IS NOT NULL
         AND provider_model_id IS NOT NULL
       GROUP BY provider_kind, provider_name, region, provider_model_id, model`,
    )
    .raw();
  const aliasesNow = (): ServedAliases => {
    const best = new Map<string, { modelId: string; region: string | null; answers: number }>();
    for (const [kind, name, asked, servedId, region, answers] of served.all()) {
      const key = aliasKey(kind, name ?? '', asked);
      const known = best.get(key);
      if (!known || answers > known.answers) best.set(key, { modelId: servedId, region, answers });
    }
    return best;
  };

  return (input: LeaderboardInput): LeaderboardResult => {
    const params: Params = {
      from: input.from ?? null,
      to: input.to ?? null,
      providerKind: input.providerKind ?? null,
      region: input.region ?? null,
    };
    const source = (row: RawSlice | RawSpeed) => ({
      providerKind: row[0] as ProviderKind,
      providerName: row[1] ?? '',
      region: row[2],
      modelId: row[3],
    });
    return aggregateLeaderboard(
      slices.all(params).map((row): AnswerSlice => ({
        ...source(row),
        ttftMs: row[4],
        errorKind: row[5],
        answers: row[6],
        errors: row[7],
        wins: row[8],
        pricedAnswers: row[9],
        totalCostUsd: row[10] ?? 0,
        pricedCostUsdWithTokens: row[11] ?? 0,
        pricedOutputTokens: row[12] ?? 0,
      })),
      speeds
        .all(params)
        .map((row): SpeedSlice => ({ ...source(row), tokensPerSecond: row[4], answers: row[5] })),
      input.family === undefined ? {} : { family: input.family },
      aliasesNow(),
    );
  };
}
