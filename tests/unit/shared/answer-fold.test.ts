import { describe, expect, it } from 'vitest';
import {
  answerFromRecord,
  applyOutcome,
  emptyAnswer,
  finishAnswer,
  foldStreamParts,
  outcomeOf,
  recordFieldsOfOutcome,
  sameApartFromGrowth,
} from '../../../shared/answer';
import type { StreamPart } from '../../../shared/stream';

const fresh = () =>
  emptyAnswer({ messageId: 'm1', conversationId: 'c1', turnId: 't1', paneId: 'p1', region: 'eu' });
const metrics = { ttftMs: 100, totalMs: 800, tokensPerSecond: 40 };
const usage = { inputTokens: 12, outputTokens: 30, totalTokens: 42, cachedInputTokens: 8 };

describe('foldStreamParts', () => {
  it('joins text and reasoning and takes the request id, served model, finish and usage', () => {
    const parts: StreamPart[] = [
      { type: 'start', model: 'gpt-4o', requestId: 'req_1' },
      { type: 'reasoning-delta', delta: 'think ' },
      { type: 'text-delta', delta: 'Hello ' },
      { type: 'text-delta', delta: 'world' },
      { type: 'finish', finishReason: 'stop', providerModelId: 'gpt-4o-2024-08-06', usage },
    ];
    const answer = foldStreamParts(fresh(), parts);
    expect(answer).toMatchObject({
      text: 'Hello world',
      reasoning: 'think ',
      requestId: 'req_1',
      region: 'eu',
      finishReason: 'stop',
      providerModelId: 'gpt-4o-2024-08-06',
      status: 'streaming',
      metrics: { usage },
    });
  });

  it('gives the same answer folded in one batch or part by part, and the same object for nothing', () => {
    const parts: StreamPart[] = [
      { type: 'start', model: 'm', region: 'us-east-1' },
      { type: 'text-delta', delta: 'a' },
      { type: 'text-delta', delta: 'b' },
      { type: 'error', kind: 'rate-limit', message: 'Slow down.', retryable: true },
    ];
    const oneByOne = parts.reduce((answer, part) => foldStreamParts(answer, [part]), fresh());
    expect(foldStreamParts(fresh(), parts)).toEqual(oneByOne);
    const answer = fresh();
    expect(foldStreamParts(answer, [])).toBe(answer);
  });
});

describe('sameApartFromGrowth', () => {
  it('overlooks only what deltas grow: text and reasoning', () => {
    const start = foldStreamParts(fresh(), [{ type: 'start', model: 'gpt-4o', requestId: 'r' }]);
    const grown = foldStreamParts(start, [
      { type: 'text-delta', delta: 'Hello' },
      { type: 'reasoning-delta', delta: 'think' },
    ]);
    expect(sameApartFromGrowth(start, grown)).toBe(true);
    // Anything else a part changes is seen: the served model, an error, the end.
    const served = foldStreamParts(grown, [{ type: 'served-model', providerModelId: 'gpt-4o-1' }]);
    expect(sameApartFromGrowth(grown, served)).toBe(false);
    const failed = foldStreamParts(grown, [
      { type: 'error', kind: 'rate-limit', message: 'Slow down', retryable: true },
    ]);
    expect(sameApartFromGrowth(grown, failed)).toBe(false);
    expect(sameApartFromGrowth(grown, finishAnswer(grown, metrics))).toBe(false);
    // An answer gone, or one with a field added or changed, is not the same.
    expect(sameApartFromGrowth(grown, undefined)).toBe(false);
    expect(sameApartFromGrowth(grown, { ...grown, systemFingerprint: 'fp' })).toBe(false);
    expect(sameApartFromGrowth(grown, { ...grown, requestId: 'other' })).toBe(false);
  });
});

describe('finishing an answer', () => {
  it('is complete after a finish, with the measured figures', () => {
    const done = finishAnswer(
      foldStreamParts(fresh(), [{ type: 'finish', finishReason: 'stop' }]),
      { ...metrics, usage },
    );
    expect(done.status).toBe('complete');
    expect(done.metrics).toEqual({ ...metrics, usage });
  });

  it('is stopped after a cancel, an error after a failure, and an error when the stream just ended', () => {
    const cancel: StreamPart = {
      type: 'error',
      kind: 'cancelled',
      message: 'Stopped.',
      retryable: false,
    };
    const fail: StreamPart = { type: 'error', kind: 'server', message: 'Down.', retryable: true };
    expect(finishAnswer(foldStreamParts(fresh(), [cancel]), metrics).status).toBe('stopped');
    const failed = finishAnswer(
      foldStreamParts(fresh(), [{ type: 'text-delta', delta: 'part' }, fail]),
      metrics,
    );
    expect(failed).toMatchObject({ status: 'error', text: 'part', error: { kind: 'server' } });
    const cut = finishAnswer(
      foldStreamParts(fresh(), [{ type: 'text-delta', delta: 'x' }]),
      metrics,
    );
    expect(cut).toMatchObject({ status: 'error', error: { kind: 'network', retryable: true } });
  });

  it('lets the renderer reach the same answer from the outcome, and history store and read it back', () => {
    const main = finishAnswer(
      foldStreamParts(fresh(), [
        { type: 'start', model: 'gpt-4o', requestId: 'req_9' },
        { type: 'text-delta', delta: 'Hi' },
        { type: 'finish', finishReason: 'stop', providerModelId: 'gpt-4o-2024-08-06', usage },
      ]),
      { ...metrics, usage },
    );
    const outcome = outcomeOf(main);
    // The renderer folded only some of the parts before the outcome arrived.
    const renderer = applyOutcome(
      foldStreamParts(fresh(), [{ type: 'text-delta', delta: 'H' }]),
      outcome,
    );
    expect(renderer).toEqual(main);
    const record = {
      id: 'm1',
      conversationId: 'c1',
      turnId: 't1',
      paneId: 'p1',
      role: 'assistant' as const,
      createdAt: 1,
      updatedAt: 2,
      ...recordFieldsOfOutcome(outcome),
    };
    expect(answerFromRecord(record)).toEqual(main);
  });
});
