// The verdict on one turn: each pane's figures side by side with the best of each marked, the
// errors counted, and whether panes that asked for the same model were served the same version.
import { UNKNOWN_CLOUD, type Answer } from './answer';
import { modelFamily, modelVersion, statesVersion } from './model-family';

export const VERDICT_COLUMNS = [
  'ttftMs',
  'tokensPerSecond',
  'totalMs',
  'outputTokens',
  'costUsd',
] as const;
export type VerdictColumn = (typeof VERDICT_COLUMNS)[number];

/** Lower is better for every column but speed. */
const HIGHER_IS_BETTER: Record<VerdictColumn, boolean> = {
  ttftMs: false,
  tokensPerSecond: true,
  totalMs: false,
  outputTokens: false,
  costUsd: false,
};

export interface VerdictRow {
  messageId: string;
  paneId: string;
  /** The provider profile's name (the cloud, as the user named it). */
  cloud: string;
  /** The model the server said served it, else the one asked for. */
  model: string;
  region?: string | undefined;
  status: Answer['status'];
  errorKind?: string | undefined;
  figures: Record<VerdictColumn, number | undefined>;
  /** The cost is from tokens the app counted. */
  costEstimated: boolean;
}

export interface TurnVerdict {
  rows: VerdictRow[];
  /** Column → the messageIds holding its best value (ties share it). */
  best: Partial<Record<VerdictColumn, string[]>>;
  /** Answers the clouds failed (a pane the app did not ask is not one: see `notAsked`). */
  errors: number;
  /** Panes not asked because their model or cloud cannot take the prompt's files. */
  notAsked: number;
  /** Plain sentences: "Versions differ: …". */
  parity: string[];
}

function rowOf(answer: Answer): VerdictRow {
  const usage = answer.metrics.usage;
  return {
    messageId: answer.messageId,
    paneId: answer.paneId,
    cloud: answer.providerName ?? UNKNOWN_CLOUD,
    model: answer.providerModelId ?? answer.model ?? 'unknown model',
    region: answer.region,
    status: answer.status,
    errorKind: answer.error?.kind,
    figures: {
      ttftMs: answer.metrics.ttftMs ?? undefined,
      tokensPerSecond: answer.metrics.tokensPerSecond ?? undefined,
      totalMs: answer.metrics.totalMs ?? undefined,
      outputTokens: usage?.outputTokens ?? answer.cost?.estimatedTokens?.output,
      costUsd: answer.cost?.total,
    },
    costEstimated: answer.cost?.estimatedTokens !== undefined,
  };
}

/** Best values are only worth marking between complete answers, and only when two compete. */
function bestOf(rows: VerdictRow[]): TurnVerdict['best'] {
  const best: TurnVerdict['best'] = {};
  const complete = rows.filter((row) => row.status === 'complete');
  for (const column of VERDICT_COLUMNS) {
    const scored = complete.filter((row) => row.figures[column] !== undefined);
    if (scored.length < 2) continue;
    const values = scored.map((row) => row.figures[column] as number);
    const target = HIGHER_IS_BETTER[column] ? Math.max(...values) : Math.min(...values);
    best[column] = scored.filter((row) => row.figures[column] === target).map((r) => r.messageId);
  }
  return best;
}

/**
 * Panes that asked for the same model family but were served different stated versions. An id
 * with no date or version in it (Azure's `gpt-5.5`) states none, so it differs from nothing.
 */
function parityOf(rows: VerdictRow[], answers: readonly Answer[]): string[] {
  /** "<label>: a on X, b on Y." for each model family whose answers disagree on `valueOf`. */
  const differing = (label: string, valueOf: (answer: Answer) => string | undefined) => {
    const byFamily = new Map<string, { value: string; cloud: string }[]>();
    answers.forEach((answer, index) => {
      const row = rows[index];
      const value = valueOf(answer);
      if (!row || !answer.providerModelId || value === undefined) return;
      const family = modelFamily(answer.providerModelId);
      byFamily.set(family, [...(byFamily.get(family) ?? []), { value, cloud: row.cloud }]);
    });
    return [...byFamily.values()]
      .filter((served) => new Set(served.map((s) => s.value)).size >= 2)
      .map((served) => `${label}: ${served.map((s) => `${s.value} on ${s.cloud}`).join(', ')}.`);
  };
  return [
    ...differing('Versions differ', (answer) =>
      answer.providerModelId && answer.status !== 'error' && statesVersion(answer.providerModelId)
        ? modelVersion(answer.providerModelId)
        : undefined,
    ),
    // The same model served on different processing tiers (OpenAI's flex, priority, …).
    ...differing('Service tiers differ', (answer) => answer.serviceTier),
  ];
}

const notAsked = (row: VerdictRow): boolean => row.errorKind === 'unsupported-input';

/** The verdict on a turn from its answers, one per pane, in pane order. */
export function turnVerdict(answers: readonly Answer[]): TurnVerdict {
  const rows = answers.map(rowOf);
  return {
    rows,
    best: bestOf(rows),
    errors: rows.filter((row) => row.status === 'error' && !notAsked(row)).length,
    notAsked: rows.filter(notAsked).length,
    parity: parityOf(rows, answers),
  };
}
