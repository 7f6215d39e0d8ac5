import { describe, expect, it } from 'vitest';
import type { Cost } from '../../../shared/answer';
import { sumCosts, sumCostsBy } from '../../../shared/cost-totals';

const cost = (total: number, estimated = false): Cost => ({
  currency: 'USD',
  input: total / 2,
  output: total / 2,
  total,
  priceDate: '2026-09-23',
  ...(estimated ? { estimatedTokens: { input: 10, output: 5, counter: 'chars' as const } } : {}),
});
const usage = (inputTokens: number, outputTokens: number) => ({
  inputTokens,
  outputTokens,
  totalTokens: inputTokens + outputTokens,
});

describe('cost totals', () => {
  it('add prices without float noise and count the tokens', () => {
    expect(
      sumCosts([
        { cost: cost(0.1), usage: usage(100, 10) },
        { cost: cost(0.2), usage: usage(200, 20) },
      ]),
    ).toEqual({
      usd: 0.3,
      estimated: false,
      unpriced: 0,
      inputTokens: 300,
      outputTokens: 30,
      answers: 2,
    });
  });

  it('say when part of the total is estimated, with the counted tokens', () => {
    const total = sumCosts([{ cost: cost(0.5, true) }, { cost: cost(0.1), usage: usage(1, 1) }]);
    expect(total).toMatchObject({ usd: 0.6, estimated: true, inputTokens: 11, outputTokens: 6 });
  });

  it('count billed answers without a price apart, and not a request refused up front', () => {
    const total = sumCosts([
      { usage: usage(50, 5) },
      { unpricedReason: 'No price is known for x on OpenAI.' },
      {},
    ]);
    expect(total).toMatchObject({ usd: 0, unpriced: 2, answers: 3 });
  });

  it('group by a key in first-seen order', () => {
    const answers = [
      { cloud: 'Bedrock', cost: cost(0.3) },
      { cloud: 'OpenAI', cost: cost(0.1) },
      { cloud: 'Bedrock', cost: cost(0.2) },
    ];
    const byCloud = sumCostsBy(answers, (a) => a.cloud);
    expect([...byCloud].map(([cloud, t]) => [cloud, t.usd, t.answers])).toEqual([
      ['Bedrock', 0.5, 2],
      ['OpenAI', 0.1, 1],
    ]);
  });
});
