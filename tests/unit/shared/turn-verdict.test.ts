import { describe, expect, it } from 'vitest';
import { emptyAnswer, type Answer } from '../../../shared/answer';
import { turnVerdict } from '../../../shared/turn-verdict';

function answer(
  paneId: string,
  cloud: string,
  served: string | undefined,
  figures: { ttft: number; rate: number; total: number; out: number; cost?: number },
  status: Answer['status'] = 'complete',
): Answer {
  return {
    ...emptyAnswer({ messageId: `m-${paneId}`, conversationId: 'c', turnId: 't', paneId }),
    providerName: cloud,
    model: 'gpt-5.5',
    ...(served ? { providerModelId: served } : {}),
    status,
    metrics: {
      ttftMs: figures.ttft,
      tokensPerSecond: figures.rate,
      totalMs: figures.total,
      usage: { inputTokens: 10, outputTokens: figures.out, totalTokens: 10 + figures.out },
    },
    ...(figures.cost !== undefined
      ? {
          cost: {
            currency: 'USD' as const,
            input: 0,
            output: figures.cost,
            total: figures.cost,
            priceDate: '2026-09-23',
          },
        }
      : {}),
  };
}

describe('the verdict on a turn', () => {
  it('counts a pane the app did not ask (it cannot take the files) apart from the clouds’ errors', () => {
    const refused: Answer = {
      ...answer('c', 'Bedrock', undefined, { ttft: 0, rate: 0, total: 1, out: 0 }, 'error'),
      error: { kind: 'unsupported-input', message: 'gpt-oss cannot read images (a.png).' },
    };
    const failed: Answer = {
      ...answer('d', 'Azure', undefined, { ttft: 0, rate: 0, total: 1, out: 0 }, 'error'),
      error: { kind: 'rate-limit', message: 'Azure throttled.' },
    };
    const verdict = turnVerdict([
      answer('a', 'OpenAI', 'gpt-5.5', { ttft: 300, rate: 80, total: 2000, out: 120 }),
      refused,
      failed,
    ]);
    expect({ errors: verdict.errors, notAsked: verdict.notAsked }).toEqual({
      errors: 1,
      notAsked: 1,
    });
  });

  it('marks the best of each column among complete answers, ties sharing it', () => {
    const verdict = turnVerdict([
      answer('a', 'OpenAI', 'gpt-5.5-2026-04-23', {
        ttft: 300,
        rate: 80,
        total: 2000,
        out: 120,
        cost: 0.004,
      }),
      answer('b', 'Azure', 'gpt-5.5', { ttft: 250, rate: 95, total: 2100, out: 120, cost: 0.004 }),
      answer(
        'c',
        'Bedrock',
        'openai.gpt-5.5',
        { ttft: 100, rate: 200, total: 500, out: 3 },
        'error',
      ),
    ]);
    expect(verdict.best).toEqual({
      ttftMs: ['m-b'],
      tokensPerSecond: ['m-b'],
      totalMs: ['m-a'],
      outputTokens: ['m-a', 'm-b'],
      costUsd: ['m-a', 'm-b'],
    });
    expect(verdict.errors).toBe(1);
    expect(verdict.rows.map((r) => [r.cloud, r.model])).toEqual([
      ['OpenAI', 'gpt-5.5-2026-04-23'],
      ['Azure', 'gpt-5.5'],
      ['Bedrock', 'openai.gpt-5.5'],
    ]);
    // An alias states no version, so nothing differs.
    expect(verdict.parity).toEqual([]);
  });

  it('marks nothing when only one answer could compete', () => {
    const verdict = turnVerdict([
      answer('a', 'OpenAI', undefined, { ttft: 300, rate: 80, total: 2000, out: 120 }),
      answer('b', 'Azure', undefined, { ttft: 1, rate: 1, total: 1, out: 1 }, 'stopped'),
    ]);
    expect(verdict.best).toEqual({});
  });

  it('says plainly when the same model was served in different versions', () => {
    const figures = { ttft: 1, rate: 1, total: 1, out: 1 };
    const verdict = turnVerdict([
      answer('a', 'OpenAI', 'gpt-5.5-2026-04-23', figures),
      answer('b', 'Bedrock us-east-2', 'openai.gpt-5.5-2026-06-01', figures),
      answer('c', 'Azure', 'gpt-5.5-2026-04-23', figures),
      answer('d', 'Local', 'llama3.1:8b', figures),
    ]);
    expect(verdict.parity).toEqual([
      'Versions differ: gpt-5.5-2026-04-23 on OpenAI, gpt-5.5-2026-06-01 on Bedrock us-east-2, gpt-5.5-2026-04-23 on Azure.',
    ]);
  });

  it('says when the same model was served on different service tiers', () => {
    const figures = { ttft: 1, rate: 1, total: 1, out: 1 };
    const verdict = turnVerdict([
      { ...answer('a', 'OpenAI', 'gpt-5.5-2026-04-23', figures), serviceTier: 'default' },
      { ...answer('b', 'OpenAI flex', 'gpt-5.5-2026-04-23', figures), serviceTier: 'flex' },
    ]);
    expect(verdict.parity).toEqual([
      'Service tiers differ: default on OpenAI, flex on OpenAI flex.',
    ]);
  });
});
