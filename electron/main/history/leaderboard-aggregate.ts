// The leaderboard's maths, kept apart from SQL so it is unit tested as plain data. SQL hands
// over counted slices of answers (one per raw model id × cloud × region × first-token time, and
// one per … × speed), never one row per answer: reading 100,000 rows into JS alone costs more
// than the whole 100 ms budget. Here the slices are merged by model family, and nearest-rank
// percentiles are read from the counted values.
import {
  LEADERBOARD_TTFT_SAMPLE,
  type LeaderboardResult,
  type LeaderboardRow,
  type LeaderboardTtftSeries,
} from '../../../shared/history';
import { modelFamily } from '../../../shared/model-family';
import type { ProviderKind } from '../../../shared/providers';
import type { ErrorKind } from '../../../shared/stream';

/** Where answers came from: the model the cloud said served them (else the one asked), and cloud. */
export interface AnswerSource {
  modelId: string;
  providerKind: ProviderKind;
  providerName: string;
  region: string | null;
}

/** Answers of one source with one first-token time (null: none measured) and error kind. */
export interface AnswerSlice extends AnswerSource {
  ttftMs: number | null;
  /** Set on failed answers only; failed answers without a kind count as `server`. */
  errorKind: string | null;
  answers: number;
  errors: number;
  /** Voted best in their turn. */
  wins: number;
  pricedAnswers: number;
  totalCostUsd: number;
  /** Cost and output tokens of the priced answers that have output tokens. */
  pricedCostUsdWithTokens: number;
  pricedOutputTokens: number;
}

/** Answers of one source at one speed. */
export interface SpeedSlice extends AnswerSource {
  tokensPerSecond: number;
  answers: number;
}

/** A value and how many answers had it. */
export type Counted = readonly [value: number, count: number];

/** Nearest-rank percentile (p in 0..1) of counted values sorted ascending: a measured value. */
export function percentile(sorted: readonly Counted[], p: number): number | null {
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const [value, count] of sorted) {
    seen += count;
    if (seen >= rank) return value;
  }
  return sorted.at(-1)?.[0] ?? null;
}

/** At most `size` values spread evenly over the answers' sorted values, keeping both ends. */
export function evenSample(sorted: readonly Counted[], size: number): number[] {
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return [];
  const take = Math.min(size, total);
  const ranks = Array.from({ length: take }, (_, i) =>
    take === 1 ? 0 : Math.round((i * (total - 1)) / (take - 1)),
  );
  const out: number[] = [];
  let seen = 0;
  let next = 0;
  for (const [value, count] of sorted) {
    seen += count;
    while (next < ranks.length && (ranks[next] as number) < seen) {
      out.push(value);
      next += 1;
    }
  }
  return out;
}

interface Group {
  row: LeaderboardRow;
  ttft: Map<number, number>;
  speed: Map<number, number>;
  pricedCost: number;
  pricedOutputTokens: number;
}

const byValue = (a: Counted, b: Counted) => a[0] - b[0];
/** SQLite's order of text (by code unit), for ties. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedCounts = (counts: Map<number, number>): Counted[] => [...counts].sort(byValue);
const add = (counts: Map<number, number>, value: number, count: number) =>
  counts.set(value, (counts.get(value) ?? 0) + count);

/**
 * What an asked model turned out to be on a cloud: an answer that failed before the cloud named
 * its model or region (an Azure deployment `gpt-4o-prod` that threw a 500) belongs with the
 * answers that deployment gave, not in a row of its own. Keyed by `aliasKey`.
 */
export type ServedAliases = ReadonlyMap<string, { modelId: string; region: string | null }>;

export const aliasKey = (providerKind: string, providerName: string, askedModel: string) =>
  `${providerKind}\u0000${providerName}\u0000${askedModel}`;

/** The source an answer really came from, where its own record lacks the served model or region. */
function resolved<T extends AnswerSource>(slice: T, aliases: ServedAliases): T {
  const alias = aliases.get(aliasKey(slice.providerKind, slice.providerName, slice.modelId));
  if (!alias) return slice;
  const region = slice.region ?? alias.region;
  // Most slices are already what their alias says: no copy for those.
  if (alias.modelId === slice.modelId && region === slice.region) return slice;
  return { ...slice, modelId: alias.modelId, region };
}

export function aggregateLeaderboard(
  slices: Iterable<AnswerSlice>,
  speeds: Iterable<SpeedSlice>,
  filter: { family?: string } = {},
  aliases: ServedAliases = new Map(),
): LeaderboardResult {
  // A few distinct model ids stand for 100,000 answers: name each family once.
  const familyOf = new Map<string, string>();
  const family = (modelId: string) => {
    let name = familyOf.get(modelId);
    if (name === undefined) {
      name = modelFamily(modelId);
      familyOf.set(modelId, name);
    }
    return name;
  };
  const groups = new Map<string, Group>();
  const clouds = new Map<
    string,
    { providerKind: ProviderKind; providerName: string; ttft: Map<number, number> }
  >();
  const families = new Set<string>();
  const kinds = new Set<ProviderKind>();
  const regions = new Set<string>();

  const groupOf = (source: AnswerSource, create: boolean): Group | undefined => {
    const name = family(source.modelId);
    if (filter.family !== undefined && name !== filter.family) return undefined;
    // \u0000 never appears in a name: a cheap key that cannot collide.
    const key = `${name}\u0000${source.providerKind}\u0000${source.providerName}\u0000${source.region ?? ''}`;
    let group = groups.get(key);
    if (group === undefined && create) {
      group = {
        row: {
          family: name,
          providerKind: source.providerKind,
          providerName: source.providerName,
          ...(source.region === null ? {} : { region: source.region }),
          answers: 0,
          ttftP50Ms: null,
          ttftP95Ms: null,
          tokensPerSecondP50: null,
          errors: 0,
          errorRate: 0,
          errorsByKind: {},
          costPer1kOutputUsd: null,
          totalCostUsd: 0,
          pricedAnswers: 0,
          wins: 0,
        },
        ttft: new Map(),
        speed: new Map(),
        pricedCost: 0,
        pricedOutputTokens: 0,
      };
      groups.set(key, group);
    }
    return group;
  };

  for (const raw of slices) {
    const slice = resolved(raw, aliases);
    families.add(family(slice.modelId));
    kinds.add(slice.providerKind);
    if (slice.region !== null) regions.add(slice.region);
    const group = groupOf(slice, true);
    if (group === undefined) continue;
    const { row } = group;
    row.answers += slice.answers;
    row.wins += slice.wins;
    if (slice.errors > 0) {
      row.errors += slice.errors;
      const kind = (slice.errorKind ?? 'server') as ErrorKind;
      row.errorsByKind[kind] = (row.errorsByKind[kind] ?? 0) + slice.errors;
    }
    row.pricedAnswers += slice.pricedAnswers;
    row.totalCostUsd += slice.totalCostUsd;
    // Cost per output token only over answers that have both, or unpriced tokens dilute it.
    group.pricedCost += slice.pricedCostUsdWithTokens;
    group.pricedOutputTokens += slice.pricedOutputTokens;
    if (slice.ttftMs !== null) {
      add(group.ttft, slice.ttftMs, slice.answers);
      const cloudKey = `${slice.providerKind}\u0000${slice.providerName}`;
      let cloud = clouds.get(cloudKey);
      if (cloud === undefined) {
        cloud = {
          providerKind: slice.providerKind,
          providerName: slice.providerName,
          ttft: new Map(),
        };
        clouds.set(cloudKey, cloud);
      }
      add(cloud.ttft, slice.ttftMs, slice.answers);
    }
  }
  for (const raw of speeds) {
    const slice = resolved(raw, aliases);
    const group = groupOf(slice, false);
    if (group !== undefined) add(group.speed, slice.tokensPerSecond, slice.answers);
  }

  const rows = [...groups.values()].map(({ row, ttft, speed, pricedCost, pricedOutputTokens }) => {
    const ttftSorted = sortedCounts(ttft);
    return {
      ...row,
      ttftP50Ms: percentile(ttftSorted, 0.5),
      ttftP95Ms: percentile(ttftSorted, 0.95),
      tokensPerSecondP50: percentile(sortedCounts(speed), 0.5),
      errorRate: row.answers === 0 ? 0 : row.errors / row.answers,
      costPer1kOutputUsd: pricedOutputTokens > 0 ? (pricedCost / pricedOutputTokens) * 1000 : null,
    };
  });
  // Ties go by cloud and region too, so the order never depends on the order slices were read.
  rows.sort(
    (a, b) =>
      b.answers - a.answers ||
      a.family.localeCompare(b.family) ||
      byCode(a.providerKind, b.providerKind) ||
      byCode(a.providerName, b.providerName) ||
      byCode(a.region ?? '', b.region ?? ''),
  );

  const ttftByCloud: LeaderboardTtftSeries[] = [...clouds.values()].map((cloud) => {
    const sorted = sortedCounts(cloud.ttft);
    return {
      providerKind: cloud.providerKind,
      providerName: cloud.providerName,
      answers: sorted.reduce((sum, [, count]) => sum + count, 0),
      valuesMs: evenSample(sorted, LEADERBOARD_TTFT_SAMPLE),
    };
  });

  return {
    rows,
    ttftByCloud,
    facets: {
      families: [...families].sort(),
      providerKinds: [...kinds].sort(),
      regions: [...regions].sort(),
    },
  };
}
