import { describe, expect, it } from 'vitest';
import {
  aggregateLeaderboard,
  aliasKey,
  evenSample,
  percentile,
  type AnswerSlice,
  type ServedAliases,
  type SpeedSlice,
} from '../../../electron/main/history/leaderboard-aggregate';
import type { ProviderKind } from '../../../shared/providers';

/** One answer as SQL would count it, with the figures a test cares about. */
interface Answer {
  modelId: string;
  providerKind: ProviderKind;
  providerName: string;
  region: string | null;
  status: 'complete' | 'stopped' | 'error';
  errorKind: string | null;
  ttftMs: number | null;
  tokensPerSecond: number | null;
  costUsd: number | null;
  outputTokens: number | null;
  won: boolean;
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    modelId: 'gpt-4o-2024-08-06',
    providerKind: 'openai',
    providerName: 'OpenAI',
    region: null,
    status: 'complete',
    errorKind: null,
    ttftMs: 200,
    tokensPerSecond: 50,
    costUsd: 0.01,
    outputTokens: 100,
    won: false,
    ...overrides,
  };
}

/** The slices SQL would hand over: one per answer here (SQL merges equal ones; sums agree). */
function aggregate(
  answers: Answer[],
  filter: { family?: string } = {},
  aliases: ServedAliases = new Map(),
) {
  const slices = answers.map((a): AnswerSlice => ({
    modelId: a.modelId,
    providerKind: a.providerKind,
    providerName: a.providerName,
    region: a.region,
    ttftMs: a.ttftMs,
    errorKind: a.status === 'error' ? a.errorKind : null,
    answers: 1,
    errors: a.status === 'error' ? 1 : 0,
    wins: a.won ? 1 : 0,
    pricedAnswers: a.costUsd === null ? 0 : 1,
    totalCostUsd: a.costUsd ?? 0,
    pricedCostUsdWithTokens: a.costUsd !== null && (a.outputTokens ?? 0) > 0 ? a.costUsd : 0,
    pricedOutputTokens: a.costUsd !== null ? (a.outputTokens ?? 0) : 0,
  }));
  const speeds = answers.flatMap((a): SpeedSlice[] =>
    a.tokensPerSecond === null
      ? []
      : [
          {
            modelId: a.modelId,
            providerKind: a.providerKind,
            providerName: a.providerName,
            region: a.region,
            tokensPerSecond: a.tokensPerSecond,
            answers: 1,
          },
        ],
  );
  return aggregateLeaderboard(slices, speeds, filter, aliases);
}

describe('percentile', () => {
  it('is a value that was measured (nearest rank over counted values), or null with none', () => {
    const values = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000].map((v) => [v, 1] as const);
    expect(percentile(values, 0.5)).toBe(500);
    expect(percentile(values, 0.95)).toBe(1000);
    // Nine answers at 100 ms and one at 5 s: the median is 100, p95 the slow one.
    expect(
      percentile(
        [
          [100, 9],
          [5000, 1],
        ],
        0.5,
      ),
    ).toBe(100);
    expect(
      percentile(
        [
          [100, 9],
          [5000, 1],
        ],
        0.95,
      ),
    ).toBe(5000);
    expect(percentile([[42, 1]], 0.95)).toBe(42);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('samples a long list evenly, keeping its fastest and slowest values', () => {
    const values = Array.from({ length: 10_001 }, (_, i) => [i, 1] as const);
    const sample = evenSample(values, 101);
    expect(sample).toHaveLength(101);
    expect(sample[0]).toBe(0);
    expect(sample[50]).toBe(5000);
    expect(sample.at(-1)).toBe(10_000);
  });
});

describe('aggregateLeaderboard', () => {
  it('counts merged slices like the answers they stand for', () => {
    const [row] = aggregateLeaderboard(
      [
        {
          modelId: 'gpt-4o',
          providerKind: 'openai',
          providerName: 'OpenAI',
          region: null,
          ttftMs: 300,
          errorKind: null,
          answers: 3,
          errors: 0,
          wins: 1,
          pricedAnswers: 3,
          totalCostUsd: 0.03,
          pricedCostUsdWithTokens: 0.03,
          pricedOutputTokens: 3000,
        },
        {
          modelId: 'gpt-4o-2024-08-06',
          providerKind: 'openai',
          providerName: 'OpenAI',
          region: null,
          ttftMs: 100,
          errorKind: null,
          answers: 1,
          errors: 0,
          wins: 0,
          pricedAnswers: 1,
          totalCostUsd: 0.01,
          pricedCostUsdWithTokens: 0.01,
          pricedOutputTokens: 1000,
        },
      ],
      [],
    ).rows;
    expect(row).toMatchObject({ family: 'gpt-4o', answers: 4, wins: 1, ttftP50Ms: 300 });
    expect(row?.costPer1kOutputUsd).toBeCloseTo(0.01);
  });

  it('groups one model family per cloud and region, whatever snapshot or profile id was served', () => {
    const { rows } = aggregate([
      answer({ modelId: 'gpt-4o-2024-08-06' }),
      answer({ modelId: 'gpt-4o' }),
      answer({
        modelId: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
        providerKind: 'bedrock',
        providerName: 'AWS',
        region: 'us-east-1',
      }),
      answer({
        modelId: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
        providerKind: 'bedrock',
        providerName: 'AWS',
        region: 'us-west-2',
      }),
    ]);
    expect(rows.map((r) => [r.family, r.providerKind, r.region ?? '', r.answers])).toEqual([
      ['gpt-4o', 'openai', '', 2],
      ['claude-3-7-sonnet', 'bedrock', 'us-east-1', 1],
      ['claude-3-7-sonnet', 'bedrock', 'us-west-2', 1],
    ]);
  });

  it('reports p50 and p95 first-token time, median speed, errors by kind and the rate', () => {
    const answers = [
      ...Array.from({ length: 18 }, (_, i) =>
        answer({ ttftMs: 100 * (i + 1), tokensPerSecond: i }),
      ),
      answer({ status: 'error', errorKind: 'rate-limit', ttftMs: null, tokensPerSecond: null }),
      answer({ status: 'error', errorKind: 'rate-limit', ttftMs: null, tokensPerSecond: null }),
    ];
    const [row] = aggregate(answers).rows;
    expect(row).toMatchObject({
      answers: 20,
      ttftP50Ms: 900,
      ttftP95Ms: 1800,
      tokensPerSecondP50: 8,
      errors: 2,
      errorRate: 0.1,
      errorsByKind: { 'rate-limit': 2 },
    });
  });

  it('prices 1,000 output tokens over priced answers only, and totals what was spent', () => {
    const [row] = aggregate([
      answer({ costUsd: 0.02, outputTokens: 1000 }),
      answer({ costUsd: 0.01, outputTokens: 1000 }),
      // Unpriced: its tokens must not make the others look cheaper.
      answer({ costUsd: null, outputTokens: 5000 }),
    ]).rows;
    expect(row?.costPer1kOutputUsd).toBeCloseTo(0.015);
    expect(row?.totalCostUsd).toBeCloseTo(0.03);
    expect(row?.pricedAnswers).toBe(2);
  });

  it('has no cost per token, speed or first-token time when nothing measured them', () => {
    const [row] = aggregate([answer({ costUsd: null, ttftMs: null, tokensPerSecond: null })]).rows;
    expect(row).toMatchObject({
      costPer1kOutputUsd: null,
      ttftP50Ms: null,
      tokensPerSecondP50: null,
      totalCostUsd: 0,
    });
  });

  it('counts answers voted best as wins', () => {
    const [row] = aggregate([answer({ won: true }), answer(), answer({ won: true })]).rows;
    expect(row?.wins).toBe(2);
  });

  it('keeps one family when asked, with every family still offered as a choice', () => {
    const result = aggregate(
      [answer(), answer({ modelId: 'openai.gpt-5.5', providerKind: 'openai-on-bedrock' })],
      { family: 'gpt-5.5' },
    );
    expect(result.rows.map((r) => r.family)).toEqual(['gpt-5.5']);
    expect(result.facets.families).toEqual(['gpt-4o', 'gpt-5.5']);
  });

  it('gives each cloud its first-token times for the distribution chart', () => {
    const { ttftByCloud } = aggregate([
      answer({ ttftMs: 300 }),
      answer({ ttftMs: 100 }),
      answer({ providerKind: 'azure-openai', providerName: 'Azure', ttftMs: 250 }),
    ]);
    expect(ttftByCloud).toEqual([
      { providerKind: 'openai', providerName: 'OpenAI', answers: 2, valuesMs: [100, 300] },
      { providerKind: 'azure-openai', providerName: 'Azure', answers: 1, valuesMs: [250] },
    ]);
  });
});

describe('answers that failed before the cloud named its model', () => {
  it('count with what that deployment served, in its region', () => {
    const azure = { providerKind: 'azure-openai' as const, providerName: 'Azure' };
    const rows = aggregate(
      [
        answer({ ...azure, modelId: 'gpt-4o-2024-08-06', region: 'swedencentral' }),
        answer({ ...azure, modelId: 'gpt-4o-2024-08-06', region: 'swedencentral' }),
        answer({
          ...azure,
          modelId: 'gpt-4o-prod',
          region: null,
          status: 'error',
          errorKind: 'server',
          ttftMs: null,
          tokensPerSecond: null,
          costUsd: null,
        }),
      ],
      {},
      new Map([
        [
          aliasKey('azure-openai', 'Azure', 'gpt-4o-prod'),
          { modelId: 'gpt-4o-2024-08-06', region: 'swedencentral' },
        ],
      ]),
    ).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      family: 'gpt-4o',
      region: 'swedencentral',
      answers: 3,
      errors: 1,
      errorsByKind: { server: 1 },
    });
  });
});
