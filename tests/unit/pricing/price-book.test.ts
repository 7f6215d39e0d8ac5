// Known answers against the real @pydantic/genai-prices data shipped in node_modules, with the
// model ids people send in 2026; and the user's overrides on top of it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createPriceBook, priceAnswer } from '../../../electron/main/pricing/price-book';
import { PRICE_DATA, dataModelIds } from '../../../electron/main/pricing/price-data';
import type { PriceRow } from '../../../electron/main/pricing/price-row';
import { priceRowSchema } from '../../../electron/main/pricing/price-row';
import { estimateUsage } from '../../../electron/main/pricing/estimate-usage';

const usage = (inputTokens: number, outputTokens: number, cachedInputTokens?: number) => ({
  inputTokens,
  outputTokens,
  totalTokens: inputTokens + outputTokens,
  ...(cachedInputTokens === undefined ? {} : { cachedInputTokens }),
});
const M = 1_000_000;
const book = createPriceBook();

describe('the shipped price data', () => {
  it('is the installed version of @pydantic/genai-prices (update PRICE_DATA.date with it)', () => {
    const entry = createRequire(import.meta.url).resolve('@pydantic/genai-prices');
    const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(PRICE_DATA.version).toBe(pkg.version);
  });

  it('is read offline: pricing never touches the network', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      createPriceBook().costOf({ kind: 'bedrock', model: 'openai.gpt-5.5', usage: usage(10, 10) });
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('labels a price with its source, version and date', () => {
    const cost = book.costOf({ kind: 'openai', model: 'gpt-5.5', usage: usage(M, M) });
    expect(cost).toMatchObject({
      currency: 'USD',
      priceDate: PRICE_DATA.date,
      source: `genai-prices ${PRICE_DATA.version} (gpt-5.5)`,
    });
    expect(cost?.byUser).toBeUndefined();
    expect(cost?.estimatedTokens).toBeUndefined();
  });
});

describe('GPT-5.5 on three clouds', () => {
  it('costs $5 / $30 per 1M on OpenAI and on Azure (Global)', () => {
    for (const kind of ['openai', 'azure-openai'] as const) {
      const cost = book.costOf({ kind, model: 'gpt-5.5', usage: usage(100_000, 10_000) });
      expect(cost, kind).toMatchObject({ input: 0.5, output: 0.3, total: 0.8 });
      expect(cost?.rates).toEqual({
        inputPerMillion: 5,
        outputPerMillion: 30,
        cachedInputPerMillion: 0.5,
      });
    }
  });

  it('costs 10% more on Bedrock (openai.gpt-5.5), also through the Mantle endpoint', () => {
    for (const kind of ['bedrock', 'openai-on-bedrock'] as const) {
      const cost = book.costOf({ kind, model: 'openai.gpt-5.5', usage: usage(M, M) });
      expect(cost, kind).toMatchObject({ input: 5.5, output: 33, total: 38.5 });
    }
    // Mantle reporting the OpenAI name of the model it served.
    const served = book.costOf({
      kind: 'openai-on-bedrock',
      model: 'gpt-5.5',
      region: 'us-east-2',
      usage: usage(M, 0),
    });
    expect(served?.input).toBe(5.5);
  });

  it('bills a prompt over 272k tokens at the long-context tier: 2x input, 1.5x output', () => {
    const cost = book.costOf({ kind: 'openai', model: 'gpt-5.5', usage: usage(300_000, 10_000) });
    expect(cost).toMatchObject({ input: 3, output: 0.45, total: 3.45 });
    expect(cost?.rates).toMatchObject({ inputPerMillion: 10, outputPerMillion: 45 });
    const under = book.costOf({ kind: 'openai', model: 'gpt-5.5', usage: usage(271_000, 0) });
    expect(under?.input).toBe(1.355);
  });

  it('bills cached input tokens at the cache-read rate', () => {
    // 120k fresh at $5 + 80k cached at $0.50 (under the long-prompt tier).
    const cost = book.costOf({
      kind: 'openai',
      model: 'gpt-5.5',
      usage: usage(200_000, 0, 80_000),
    });
    expect(cost?.input).toBe(0.64);
    const gpt5 = book.costOf({ kind: 'openai', model: 'gpt-5', usage: usage(M, 0, 400_000) });
    expect(gpt5?.input).toBe(0.8);
  });
});

describe('ids a prefix table got wrong', () => {
  it('prices o3 and o3-pro apart', () => {
    expect(book.costOf({ kind: 'openai', model: 'o3', usage: usage(M, M) })?.total).toBe(10);
    expect(book.costOf({ kind: 'openai', model: 'o3-pro', usage: usage(M, M) })?.total).toBe(100);
  });

  it('prices the older, dearer gpt-4o snapshot as itself', () => {
    const old = book.costOf({ kind: 'openai', model: 'gpt-4o-2024-05-13', usage: usage(M, 0) });
    expect(old?.input).toBe(5);
    const current = book.costOf({
      kind: 'openai',
      model: 'gpt-4o',
      providerModelId: 'gpt-4o-2024-08-06',
      usage: usage(M, 0),
    });
    expect(current?.input).toBe(2.5);
  });

  it('prices Azure deployments by the model the server reported', () => {
    const cost = book.costOf({
      kind: 'azure-openai',
      model: 'gpt-4o-prod',
      providerModelId: 'gpt-4o-2024-08-06',
      usage: usage(2 * M, 0),
    });
    expect(cost?.input).toBe(5);
  });
});

describe('Claude 4.x on Bedrock', () => {
  const opus = 'anthropic.claude-opus-4-5-20251101-v1:0';

  it('prices Opus 4.5 at $5 / $25 on the global. profile and 10% more on us.', () => {
    const global = book.costOf({ kind: 'bedrock', model: `global.${opus}`, usage: usage(M, M) });
    expect(global).toMatchObject({ input: 5, output: 25, total: 30 });
    const us = book.costOf({ kind: 'bedrock', model: `us.${opus}`, usage: usage(M, M) });
    expect(us).toMatchObject({ input: 5.5, output: 27.5, total: 33 });
  });

  it('prices the eu., jp., au. and in. profiles and the in-region id as regional', () => {
    for (const prefix of ['eu.', 'jp.', 'au.', 'in.', '']) {
      const cost = book.costOf({
        kind: 'bedrock',
        model: `${prefix}anthropic.claude-sonnet-4-5-20250929-v1:0`,
        region: 'eu-central-1',
        usage: usage(M, M),
      });
      expect(cost?.total, prefix || 'in-region').toBe(19.8);
    }
  });

  it('prices an inference-profile ARN as the profile it names', () => {
    const cost = book.costOf({
      kind: 'bedrock',
      model: `arn:aws:bedrock:us-east-1:123456789012:inference-profile/global.${opus}`,
      usage: usage(M, 0),
    });
    expect(cost?.input).toBe(5);
  });

  it('maps every profile prefix onto an id the data knows', () => {
    expect(dataModelIds('bedrock', [`apac.${opus}`, `global.${opus}`])).toEqual([
      opus,
      `global.${opus}`,
    ]);
  });
});

describe('no price', () => {
  it('is a reason in words for a model the data does not know', () => {
    const priced = book.priceAnswer({
      kind: 'openai',
      model: 'my-fine-tune-42',
      usage: usage(10, 10),
    });
    expect(priced.cost).toBeUndefined();
    expect('reason' in priced && priced.reason).toBe(
      'No price is known for my-fine-tune-42 on OpenAI.',
    );
  });

  it('for a local server, and the data is never asked about it', () => {
    const priced = book.priceAnswer({
      kind: 'openai-compatible',
      model: 'gpt-4o',
      usage: usage(100, 100),
    });
    expect(priced.cost).toBeUndefined();
    expect('reason' in priced && priced.reason).toMatch(/price-overrides\.json/);
  });

  it('for a deployment name when the server reported no model', () => {
    expect(
      book.costOf({ kind: 'azure-openai', model: 'prod-chat', usage: usage(10, 10) }),
    ).toBeUndefined();
  });
});

function row(partial: Partial<PriceRow> & Pick<PriceRow, 'kind' | 'model'>): PriceRow {
  return { inputPerMillion: 1, outputPerMillion: 1, date: '2026-11-01', ...partial };
}

describe('overrides', () => {
  it('beat the data, labelled as the user\u2019s, with their own date', () => {
    const mine = createPriceBook({
      overrides: [
        row({
          kind: 'azure-openai',
          model: 'gpt-5.5',
          inputPerMillion: 4,
          outputPerMillion: 24,
          source: 'our enterprise agreement',
        }),
      ],
    });
    const cost = mine.costOf({ kind: 'azure-openai', model: 'gpt-5.5', usage: usage(M, M) });
    expect(cost).toEqual({
      currency: 'USD',
      input: 4,
      output: 24,
      total: 28,
      priceDate: '2026-11-01',
      source: 'our enterprise agreement',
      byUser: true,
      rates: { inputPerMillion: 4, outputPerMillion: 24 },
    });
    // Only on the kind it names.
    expect(mine.costOf({ kind: 'openai', model: 'gpt-5.5', usage: usage(100_000, 0) })?.input).toBe(
      0.5,
    );
  });

  it('match exactly by default: gpt-5.5 does not price gpt-5.5-pro', () => {
    const mine = createPriceBook({
      overrides: [row({ kind: 'openai', model: 'gpt-5.5', inputPerMillion: 99 })],
    });
    expect(mine.costOf({ kind: 'openai', model: 'GPT-5.5', usage: usage(M, 0) })?.input).toBe(99);
    expect(
      mine.costOf({ kind: 'openai', model: 'gpt-5.5-pro', usage: usage(M, 0) })?.byUser,
    ).toBeUndefined();
  });

  it('match by prefix when asked, the longest prefix and an exact row winning', () => {
    const mine = createPriceBook({
      overrides: [
        row({ kind: 'openai-compatible', model: 'llama', prefix: true, inputPerMillion: 1 }),
        row({ kind: 'openai-compatible', model: 'llama3.1', prefix: true, inputPerMillion: 2 }),
        row({ kind: 'openai-compatible', model: 'llama3.1:70b', inputPerMillion: 3 }),
      ],
    });
    const input = (model: string) =>
      mine.costOf({ kind: 'openai-compatible', model, usage: usage(M, 0) })?.input;
    expect(input('llama3.1:8b')).toBe(2);
    expect(input('llama3.1:70b')).toBe(3);
    expect(input('llama2:7b')).toBe(1);
    expect(input('mistral:7b')).toBeUndefined();
  });

  it('can price one region and leave the others to the data', () => {
    const mine = createPriceBook({
      overrides: [
        row({
          kind: 'bedrock',
          model: 'amazon.nova-pro-v1:0',
          region: 'eu-central-1',
          inputPerMillion: 1.05,
        }),
      ],
    });
    const base = { kind: 'bedrock' as const, model: 'amazon.nova-pro-v1:0', usage: usage(M, 0) };
    expect(mine.costOf({ ...base, region: 'eu-central-1' })?.input).toBe(1.05);
    expect(mine.costOf({ ...base, region: 'us-east-1' })?.input).toBe(0.8);
  });

  it('bill cached input at their cache rate when they give one', () => {
    const mine = createPriceBook({
      overrides: [
        row({ kind: 'openai', model: 'gpt-5.5', inputPerMillion: 4, cachedInputPerMillion: 0.4 }),
      ],
    });
    const cost = mine.costOf({ kind: 'openai', model: 'gpt-5.5', usage: usage(M, 0, 500_000) });
    expect(cost?.input).toBe(2.2);
  });

  it('read as rows without a source or prefix (older files stay valid)', () => {
    expect(
      priceRowSchema.safeParse({
        kind: 'openai',
        model: 'gpt-4o',
        inputPerMillion: 2.2,
        outputPerMillion: 8.8,
        source: 'our enterprise agreement',
        date: '2026-11-01',
      }).success,
    ).toBe(true);
    expect(priceRowSchema.safeParse(row({ kind: 'openai', model: 'x' })).success).toBe(true);
  });
});

describe('estimates for answers without reported usage', () => {
  const messages = [{ role: 'user' as const, content: 'x'.repeat(400) }];

  it('count Claude and other non-OpenAI families at about four characters a token', () => {
    const counted = estimateUsage({
      kind: 'bedrock',
      model: 'global.anthropic.claude-opus-4-5-20251101-v1:0',
      messages,
      text: 'y'.repeat(80),
      reasoning: '',
    });
    expect(counted).toEqual({
      usage: { inputTokens: 100, outputTokens: 20, totalTokens: 120 },
      counter: 'chars',
    });
  });

  it('count OpenAI models with their o200k tokenizer, on every cloud', () => {
    // "Hello, world!" is 4 o200k tokens; each message adds 3 and the reply 3 more.
    const hello = [{ role: 'user' as const, content: 'Hello, world!' }];
    for (const [kind, model] of [
      ['openai', 'gpt-5.5'],
      ['azure-openai', 'prod-chat'],
      ['openai-on-bedrock', 'openai.gpt-5.5'],
      ['bedrock', 'openai.gpt-oss-120b-1:0'],
      ['openai-compatible', 'gpt-oss:20b'],
    ] as const) {
      const counted = estimateUsage({
        kind,
        model,
        messages: hello,
        text: 'Hello, world!',
        reasoning: '',
      });
      expect(counted, `${kind} ${model}`).toEqual({
        usage: { inputTokens: 10, outputTokens: 4, totalTokens: 14 },
        counter: 'o200k',
      });
    }
  });

  it('count a special-token string in an answer as plain text instead of failing', () => {
    const counted = estimateUsage({
      kind: 'openai',
      model: 'gpt-5.5',
      messages,
      text: 'the <|endoftext|> marker',
      reasoning: '',
    });
    expect(counted?.usage.outputTokens).toBeGreaterThan(3);
  });

  it('count the text of a thread with files, and say how many files they left out', () => {
    const file = {
      id: 'a'.repeat(64),
      name: 'chart.png',
      mediaType: 'image/png' as const,
      size: 4,
      bytes: new Uint8Array([1, 2, 3, 4]),
    };
    const counted = estimateUsage({
      kind: 'bedrock',
      model: 'global.anthropic.claude-opus-4-5-20251101-v1:0',
      messages: [{ role: 'user', content: 'x'.repeat(400), attachments: [file, file] }],
      text: 'y'.repeat(80),
      reasoning: '',
    });
    expect(counted).toEqual({
      usage: { inputTokens: 100, outputTokens: 20, totalTokens: 120 },
      counter: 'chars',
      filesLeftOut: 2,
    });
    const cost = book.costOf({
      kind: 'bedrock',
      model: 'global.anthropic.claude-opus-4-5-20251101-v1:0',
      usage: usage(100, 20),
      estimatedWith: 'chars',
      filesLeftOut: 2,
    });
    expect(cost?.estimatedTokens).toEqual({
      input: 100,
      output: 20,
      counter: 'chars',
      filesLeftOut: 2,
    });
  });

  it('are nothing when nothing streamed back: a refused request is not billed', () => {
    expect(
      estimateUsage({ kind: 'openai', model: 'gpt-5.5', messages, text: '', reasoning: '' }),
    ).toBeUndefined();
  });

  it('are priced like any answer and say which tokens were counted, and how', () => {
    const cost = book.costOf({
      kind: 'openai',
      model: 'gpt-5.5',
      usage: usage(100_000, 10_000),
      estimatedWith: 'o200k',
    });
    expect(cost).toMatchObject({
      total: 0.8,
      estimatedTokens: { input: 100_000, output: 10_000, counter: 'o200k' },
    });
  });
});

describe('Azure deployment types', () => {
  it('price Data Zone and Regional deployments 10% over Global, and say so', () => {
    // 100k in, 100k out: under GPT-5.5's long-prompt tier.
    const base = { kind: 'azure-openai' as const, model: 'gpt-5.5', usage: usage(M / 10, M / 10) };
    const global = book.costOf(base);
    expect(global).toMatchObject({ input: 0.5, output: 3, total: 3.5 });
    expect(book.costOf({ ...base, azureDeploymentType: 'global' })).toEqual(global);
    const zone = book.costOf({ ...base, azureDeploymentType: 'data-zone' });
    expect(zone).toMatchObject({ input: 0.55, output: 3.3, total: 3.85 });
    expect(zone?.rates).toEqual({
      inputPerMillion: 5.5,
      outputPerMillion: 33,
      cachedInputPerMillion: 0.55,
    });
    expect(zone?.source).toBe(
      `genai-prices ${PRICE_DATA.version} (gpt-5.5) +10% Data Zone deployment`,
    );
    expect(book.costOf({ ...base, azureDeploymentType: 'regional' })?.total).toBe(3.85);
  });

  it('leave the user\u2019s own Azure price as it is', () => {
    const mine = createPriceBook({
      overrides: [row({ kind: 'azure-openai', model: 'gpt-5.5', inputPerMillion: 4 })],
    });
    const cost = mine.costOf({
      kind: 'azure-openai',
      model: 'gpt-5.5',
      usage: usage(M, 0),
      azureDeploymentType: 'data-zone',
    });
    expect(cost?.input).toBe(4);
  });
});

describe('priceAnswer', () => {
  it('prices one answer at the shipped list prices, with its source and date', () => {
    const priced = priceAnswer({
      kind: 'bedrock',
      model: 'global.anthropic.claude-opus-4-5-20251101-v1:0',
      region: 'us-east-1',
      usage: usage(M, M),
    });
    expect(priced.cost).toMatchObject({ total: 30, priceDate: PRICE_DATA.date });
    expect(priced.cost?.source).toMatch(/^genai-prices /);
  });

  it('gives a reason instead of a number for an unknown model', () => {
    const priced = priceAnswer({ kind: 'bedrock', model: 'acme.unknown-v1', usage: usage(1, 1) });
    expect(priced).toEqual({ reason: 'No price is known for acme.unknown-v1 on AWS Bedrock.' });
  });
});
