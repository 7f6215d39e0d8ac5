import { describe, expect, it } from 'vitest';
import { describeCost, formatCost } from '../../../renderer/src/lib/format';
import type { Cost } from '../../../shared/chat';

const listPrice: Cost = {
  currency: 'USD',
  input: 0.005,
  output: 0.0073,
  total: 0.0123,
  priceDate: '2026-09-23',
  source: 'genai-prices 0.1.8 (gpt-5.5)',
  rates: { inputPerMillion: 5, outputPerMillion: 30, cachedInputPerMillion: 0.5 },
};

describe('the cost under an answer', () => {
  it('says the price date of a list price, or that the price is the user’s', () => {
    expect(formatCost(listPrice)).toBe('$0.0123 · prices of 2026-09-23');
    expect(formatCost({ ...listPrice, byUser: true })).toBe('$0.0123 · your price');
  });

  it('marks an estimate and says in words when there is no price', () => {
    expect(formatCost({ ...listPrice, estimatedTokens: { input: 10, output: 20 } })).toBe(
      '≈ $0.0123 (estimated) · prices of 2026-09-23',
    );
    expect(formatCost(undefined)).toBe('no price known');
  });

  it('explains on hover where the price came from and the rates used', () => {
    expect(describeCost(listPrice)).toBe(
      [
        'List price from genai-prices 0.1.8 (gpt-5.5), of 2026-09-23',
        'Per 1M tokens: input $5, cached input $0.5, output $30',
        'Input $0.00500, output $0.00730',
      ].join('\n'),
    );
    expect(
      describeCost({
        ...listPrice,
        estimatedTokens: { input: 1200, output: 30, counter: 'o200k' },
      }),
    ).toMatch(/the app counted 1,200 in \/ 30 out with OpenAI's o200k tokenizer\.$/);
    expect(
      describeCost({ ...listPrice, estimatedTokens: { input: 10, output: 3, counter: 'chars' } }),
    ).toMatch(/at about four characters a token \(an approximation\)\.$/);
    expect(
      describeCost({
        ...listPrice,
        estimatedTokens: { input: 10, output: 3, counter: 'chars', filesLeftOut: 2 },
      }),
    ).toMatch(/The 2 attached files are not in this count: only the cloud knows/);
    expect(describeCost({ ...listPrice, byUser: true, source: 'our agreement' })).toMatch(
      /^Your price \(our agreement\), of 2026-09-23/,
    );
  });
});
