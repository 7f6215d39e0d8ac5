// How a leaderboard date range is read from the rollup: the coarsest whole buckets inside it,
// finer whole buckets around them, and at its ends the answers themselves (only where the range
// does not start or end on the finest bucket). Plain arithmetic on UTC bucket starts, unit
// tested apart from SQL.

export interface RollupPlan {
  /** Rollup rows of span `span` (an index into the sizes given) whose bucket starts in [from, to). */
  rollup: { span: number; from: number; to: number }[];
  /** Answers created in [from, to], both ends inclusive. */
  edges: { from: number; to: number }[];
}

const LOWEST = Number.MIN_SAFE_INTEGER;
const HIGHEST = Number.MAX_SAFE_INTEGER;
// + 0: a bucket start of -0 (ceil of a small negative) reads as 0.
const finite = (value: number) => Math.min(HIGHEST, Math.max(LOWEST, value)) + 0;

/**
 * `from` and `to` are inclusive times in ms (null: unbounded), as the leaderboard takes them.
 * `sizes` are the spans' bucket sizes, finest first, each dividing the next, counted from the
 * epoch. With no bounds at all the caller reads its all-time rows instead: `rollup` is empty and
 * `allTime` true.
 */
export function rollupPlan(
  from: number | null,
  to: number | null,
  sizes: readonly number[],
): RollupPlan & { allTime: boolean } {
  if (from === null && to === null) return { rollup: [], edges: [], allTime: true };
  const none = { rollup: [], edges: [], allTime: false };
  if (from !== null && to !== null && from > to) return none;
  const finest = sizes[0];
  if (finest === undefined)
    return { ...none, edges: [{ from: from ?? LOWEST, to: to ?? HIGHEST }] };
  // The whole finest buckets inside the range: [start, end).
  let start = from === null ? -Infinity : Math.ceil(from / finest) * finest;
  let end = to === null ? Infinity : Math.floor((to + 1) / finest) * finest;
  if (start >= end) return { ...none, edges: [{ from: from ?? LOWEST, to: to ?? HIGHEST }] };
  const edges: RollupPlan['edges'] = [];
  if (from !== null && from < start) edges.push({ from, to: start - 1 });
  if (to !== null && end <= to) edges.push({ from: end, to });

  const rollup: RollupPlan['rollup'] = [];
  const take = (span: number, a: number, b: number) => {
    if (a < b) rollup.push({ span, from: finite(a), to: finite(b) });
  };
  for (let span = 0; span < sizes.length; span += 1) {
    const coarser = sizes[span + 1];
    const innerStart = coarser === undefined ? Infinity : Math.ceil(start / coarser) * coarser;
    const innerEnd = coarser === undefined ? -Infinity : Math.floor(end / coarser) * coarser;
    if (coarser === undefined || innerStart >= innerEnd) {
      take(span, start, end);
      break;
    }
    take(span, start, innerStart);
    take(span, innerEnd, end);
    start = innerStart;
    end = innerEnd;
  }
  return { rollup, edges, allTime: false };
}
