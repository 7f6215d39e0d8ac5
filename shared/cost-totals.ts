// What several answers cost together: a turn, a conversation, one cloud's share of it. Used by
// the conversation header and by the exports, so both add up the same way.
import { z } from 'zod';
import type { Cost, Usage } from './answer';

/** One answer, as far as its cost goes. */
export interface CostedAnswer {
  cost?: Cost | undefined;
  usage?: Usage | undefined;
  /** Set when the answer was billed but no price is known for it. */
  unpricedReason?: string | undefined;
}

const count = z.number().int().nonnegative();

export const costTotalSchema = z.object({
  /** USD of the answers that have a price. */
  usd: z.number().nonnegative(),
  /** Some of `usd` comes from tokens the app counted itself. */
  estimated: z.boolean(),
  /** Answers that were billed but have no known price: the total leaves them out. */
  unpriced: count,
  inputTokens: count,
  outputTokens: count,
  answers: count,
});
export type CostTotal = z.infer<typeof costTotalSchema>;

export const emptyCostTotal = (): CostTotal => ({
  usd: 0,
  estimated: false,
  unpriced: 0,
  inputTokens: 0,
  outputTokens: 0,
  answers: 0,
});

// Sums kept to micro-dollars, as each answer's cost is, so float noise never shows.
const round = (usd: number): number => Math.round(usd * 1e8) / 1e8;

function add(total: CostTotal, answer: CostedAnswer): CostTotal {
  const tokens = answer.usage
    ? { input: answer.usage.inputTokens, output: answer.usage.outputTokens }
    : answer.cost?.estimatedTokens;
  const billed = tokens !== undefined || answer.unpricedReason !== undefined;
  return {
    usd: round(total.usd + (answer.cost?.total ?? 0)),
    estimated: total.estimated || answer.cost?.estimatedTokens !== undefined,
    unpriced: total.unpriced + (billed && !answer.cost ? 1 : 0),
    inputTokens: total.inputTokens + (tokens?.input ?? 0),
    outputTokens: total.outputTokens + (tokens?.output ?? 0),
    answers: total.answers + 1,
  };
}

export function sumCosts(answers: Iterable<CostedAnswer>): CostTotal {
  let total = emptyCostTotal();
  for (const answer of answers) total = add(total, answer);
  return total;
}

/** Totals per group (a cloud, a turn), in the order each group first appears. */
export function sumCostsBy<T extends CostedAnswer>(
  answers: Iterable<T>,
  keyOf: (answer: T) => string,
): Map<string, CostTotal> {
  const totals = new Map<string, CostTotal>();
  for (const answer of answers) {
    const key = keyOf(answer);
    totals.set(key, add(totals.get(key) ?? emptyCostTotal(), answer));
  }
  return totals;
}
