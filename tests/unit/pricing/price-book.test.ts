import { describe, expect, it } from 'vitest';
import { createPriceBook } from '../../../electron/main/pricing/price-book';
import { PRICE_TABLE } from '../../../electron/main/pricing/price-table';
import { priceRowSchema } from '../../../electron/main/pricing/price-row';
import type { PriceRow } from '../../../electron/main/pricing/price-row';

const usage = (inputTokens: number, outputTokens: number) => ({
  inputTokens,
  outputTokens,
  totalTokens: inputTokens + outputTokens,
});

describe('the shipped price table', () => {
  it('has a valid, dated, sourced row for every entry, and no duplicates', () => {
    const keys = new Set<string>();
    for (const row of PRICE_TABLE) {
      expect(priceRowSchema.parse(row)).toEqual(row);
      const key = `${row.kind}|${row.model}|${row.region ?? ''}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
  });

  it('prices the suggested models of every cloud that charges', () => {
    const book = createPriceBook();
    for (const [kind, model] of [
      ['openai', 'gpt-4o'],
      ['openai', 'o4-mini'],
      ['bedrock', 'anthropic.claude-3-5-sonnet-20240620-v1:0'],
      ['bedrock', 'amazon.nova-pro-v1:0'],
      ['bedrock', 'openai.gpt-oss-120b-1:0'],
      ['openai-on-bedrock', 'openai.gpt-oss-20b'],
    ] as const) {
      expect(book.priceFor({ kind, model }), `${kind} ${model}`).toBeDefined();
    }
  });
});

describe('costOf', () => {
  const book = createPriceBook();

  it('charges input and output per million tokens', () => {
    const cost = book.costOf({ kind: 'openai', model: 'gpt-4o', usage: usage(1_000_000, 500_000) });
    expect(cost).toEqual({
      currency: 'USD',
      input: 2.5,
      output: 5,
      total: 7.5,
      priceDate: '2025-06-01',
    });
  });

  it('prices a versioned id by its family and prefers the longest matching prefix', () => {
    const mini = book.costOf({
      kind: 'openai',
      model: 'gpt-4o-mini',
      providerModelId: 'gpt-4o-mini-2024-07-18',
      usage: usage(1_000_000, 1_000_000),
    });
    expect(mini?.total).toBeCloseTo(0.75, 10);
    const full = book.costOf({
      kind: 'openai',
      model: 'gpt-4o',
      providerModelId: 'gpt-4o-2024-08-06',
      usage: usage(1_000_000, 0),
    });
    expect(full?.input).toBe(2.5);
  });

  it('does not let a prefix swallow a different model (gpt-4 is not gpt-4o)', () => {
    const only = createPriceBook({
      table: [row({ kind: 'openai', model: 'gpt-4', inputPerMillion: 30 })],
    });
    expect(only.costOf({ kind: 'openai', model: 'gpt-4o', usage: usage(10, 10) })).toBeUndefined();
    expect(
      only.costOf({ kind: 'openai', model: 'gpt-4-0613', usage: usage(1_000_000, 0) })?.input,
    ).toBe(30);
  });

  it('prices an Azure deployment by the model the server reported', () => {
    const cost = book.costOf({
      kind: 'azure-openai',
      model: 'prod-chat',
      providerModelId: 'gpt-4o-2024-08-06',
      usage: usage(2_000_000, 0),
    });
    expect(cost?.input).toBe(5);
    expect(
      book.costOf({ kind: 'azure-openai', model: 'prod-chat', usage: usage(10, 10) }),
    ).toBeUndefined();
  });

  it('prices a Bedrock inference profile and an ARN as the model they route to', () => {
    const viaProfile = book.costOf({
      kind: 'bedrock',
      model: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
      usage: usage(1_000_000, 1_000_000),
    });
    expect(viaProfile?.total).toBe(18);
    const viaArn = book.costOf({
      kind: 'bedrock',
      model: 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0',
      usage: usage(1_000_000, 0),
    });
    expect(viaArn?.input).toBe(0.8);
  });

  it('keeps prices per provider kind', () => {
    expect(book.costOf({ kind: 'bedrock', model: 'gpt-4o', usage: usage(10, 10) })).toBeUndefined();
  });

  it('returns nothing for a model it cannot price, such as a local server', () => {
    expect(
      book.costOf({ kind: 'openai-compatible', model: 'llama3.1:8b', usage: usage(100, 100) }),
    ).toBeUndefined();
  });

  it('is exact for small answers without float noise', () => {
    const cost = book.costOf({ kind: 'openai', model: 'gpt-4o-mini', usage: usage(1234, 567) });
    expect(cost?.input).toBe(0.0001851);
    expect(cost?.output).toBe(0.0003402);
    expect(cost?.total).toBe(0.0005253);
  });
});

function row(partial: Partial<PriceRow> & Pick<PriceRow, 'kind' | 'model'>): PriceRow {
  return {
    inputPerMillion: 1,
    outputPerMillion: 1,
    source: 'test',
    date: '2025-01-01',
    ...partial,
  };
}

describe('overrides', () => {
  it('replace the shipped price for the same model, with their own date', () => {
    const book = createPriceBook({
      overrides: [
        row({
          kind: 'openai',
          model: 'gpt-4o',
          inputPerMillion: 2,
          outputPerMillion: 8,
          source: 'user override',
          date: '2026-01-15',
        }),
      ],
    });
    const cost = book.costOf({
      kind: 'openai',
      model: 'gpt-4o',
      providerModelId: 'gpt-4o-2024-08-06',
      usage: usage(1_000_000, 1_000_000),
    });
    expect(cost).toEqual({
      currency: 'USD',
      input: 2,
      output: 8,
      total: 10,
      priceDate: '2026-01-15',
    });
  });

  it('do not leak onto a more specific shipped model', () => {
    const book = createPriceBook({
      overrides: [row({ kind: 'openai', model: 'gpt-4o', inputPerMillion: 99 })],
    });
    expect(
      book.costOf({ kind: 'openai', model: 'gpt-4o-mini', usage: usage(1_000_000, 0) })?.input,
    ).toBe(0.15);
  });

  it('can price one region differently and leave the others alone', () => {
    const book = createPriceBook({
      overrides: [
        row({
          kind: 'bedrock',
          model: 'amazon.nova-pro',
          region: 'eu-central-1',
          inputPerMillion: 1.05,
        }),
      ],
    });
    const base = {
      kind: 'bedrock' as const,
      model: 'amazon.nova-pro-v1:0',
      usage: usage(1_000_000, 0),
    };
    expect(book.costOf({ ...base, region: 'eu-central-1' })?.input).toBe(1.05);
    expect(book.costOf({ ...base, region: 'us-east-1' })?.input).toBe(0.8);
    expect(book.priceFor({ ...base, region: 'eu-central-1' })?.source).toBe('test');
  });

  it('can price a model the table does not know', () => {
    const book = createPriceBook({
      overrides: [
        row({
          kind: 'openai-compatible',
          model: 'llama3.1',
          inputPerMillion: 0.1,
          outputPerMillion: 0.2,
        }),
      ],
    });
    expect(
      book.costOf({
        kind: 'openai-compatible',
        model: 'llama3.1:8b',
        usage: usage(1_000_000, 1_000_000),
      })?.total,
    ).toBeCloseTo(0.3, 10);
  });
});
