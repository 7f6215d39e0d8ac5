// Every answer whose tokens were billed gets a cost, through the real chat service and the real
// price data: a stopped answer (no usage from the cloud: counted, marked as an estimate), a
// content-filtered one (the cloud's usage), and none for a local server.
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICE_DATA } from '../../../electron/main/pricing/price-data';
import type { SendTurnResult, StreamDoneEvent, StreamPartsEvent } from '../../../shared/chat';
import type { ConversationDetail } from '../../../shared/history';
import { startMainServices, type MainServicesFixture } from '../../support/main-services-fixture';

let fx: MainServicesFixture;

beforeAll(async () => {
  fx = await startMainServices();
});
afterAll(async () => {
  await fx?.close();
});

const pane = (profileId: string) => fx.paneOn(profileId);

const textSoFar = (streamId: string) =>
  fx.events
    .filter((e) => e.event === 'streamParts')
    .flatMap((e) => e.payload as StreamPartsEvent[])
    .filter((p) => p.streamId === streamId)
    .flatMap((p) => p.parts)
    .map((p) => (p.type === 'text-delta' ? p.delta : ''))
    .join('');

async function send(input: unknown): Promise<{
  result: SendTurnResult;
  done: Map<string, StreamDoneEvent>;
}> {
  const result = await fx.call<SendTurnResult>('sendTurn', input);
  return { result, done: await fx.waitForDone(result) };
}

describe('the cost of an answer', () => {
  it('of a stopped answer is estimated from counted tokens and kept in history', async () => {
    const result = await fx.call<SendTurnResult>('sendTurn', {
      prompt: 'Take your time [[sim tokens=60 rate=60]]',
      panes: [pane('sim-openai-gpt5')],
    });
    const stream = result.streams[0];
    if (!stream) throw new Error('no stream');
    await expect
      .poll(() => textSoFar(stream.streamId).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await fx.call('stopStream', { streamId: stream.streamId });
    const outcome = (await fx.waitForDone(result)).get('sim-openai-gpt5')?.outcome;

    expect(outcome?.status).toBe('stopped');
    expect(outcome?.metrics.usage).toBeUndefined();
    expect(outcome?.cost?.total).toBeGreaterThan(0);
    expect(outcome?.cost?.priceDate).toBe(PRICE_DATA.date);
    expect(outcome?.cost?.rates).toMatchObject({ inputPerMillion: 5, outputPerMillion: 30 });
    expect(outcome?.cost?.estimatedTokens?.input).toBeGreaterThan(0);
    // GPT-5.5's tokens are counted with its own tokenizer: the text that streamed, exactly.
    expect(outcome?.cost?.estimatedTokens?.counter).toBe('o200k');
    expect(outcome?.cost?.estimatedTokens?.output).toBe(countTokens(outcome?.text ?? ''));
    expect(outcome?.cost?.estimatedTokens?.output).toBeGreaterThan(0);

    const detail = await fx.call<ConversationDetail>('getConversation', {
      conversationId: result.conversationId,
    });
    const saved = detail.messages.find((m) => m.id === stream.messageId);
    expect(saved?.status).toBe('stopped');
    expect(saved?.cost?.total).toBe(outcome?.cost?.total);
  });

  it('of a stopped Azure answer is priced by the model the server named, not the deployment', async () => {
    const azure = pane('sim-azure');
    expect(azure.model).toBe('gpt-4o-prod');
    const result = await fx.call<SendTurnResult>('sendTurn', {
      prompt: 'Take your time [[sim tokens=60 rate=60]]',
      panes: [azure],
    });
    const stream = result.streams[0];
    if (!stream) throw new Error('no stream');
    await expect
      .poll(() => textSoFar(stream.streamId).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await fx.call('stopStream', { streamId: stream.streamId });
    const outcome = (await fx.waitForDone(result)).get(azure.paneId)?.outcome;

    expect(outcome?.status).toBe('stopped');
    expect(outcome?.providerModelId).toMatch(/^gpt-4o-20\d\d-/);
    expect(outcome?.cost?.estimatedTokens?.counter).toBe('o200k');
    expect(outcome?.cost?.source).toMatch(/\(gpt-4o\)$/);
    expect(outcome?.cost?.total).toBeGreaterThan(0);
    expect(outcome?.unpricedReason).toBeUndefined();
  });

  it('of a content-filtered answer comes from the usage the cloud reported', async () => {
    const panes = ['sim-openai-gpt5', 'sim-bedrock-api-key'].map(pane);
    const { done } = await send({
      prompt: 'Tell me a story [[sim fault=content-filter at=4 tokens=40]]',
      panes,
    });
    for (const { paneId } of panes) {
      const outcome = done.get(paneId)?.outcome;
      expect(outcome?.finishReason, paneId).toBe('content-filter');
      expect(outcome?.metrics.usage?.outputTokens, paneId).toBe(4);
      expect(outcome?.cost?.total, paneId).toBeGreaterThan(0);
      expect(outcome?.cost?.source, paneId).toMatch(/^genai-prices /);
      expect(outcome?.cost?.estimatedTokens, paneId).toBeUndefined();
    }
    // Claude 3.7 Sonnet through the us. profile: $3 / $15 per 1M.
    const bedrock = done.get('sim-bedrock-api-key')?.outcome;
    expect(bedrock?.cost?.rates).toMatchObject({ inputPerMillion: 3, outputPerMillion: 15 });
    expect(bedrock?.cost?.output).toBeCloseTo((4 * 15) / 1_000_000, 10);
  });

  it('is not shown for a local server, which has no list price', async () => {
    const { done } = await send({ prompt: 'Hello', panes: [pane('sim-compatible')] });
    const outcome = done.get('sim-compatible')?.outcome;
    expect(outcome?.status).toBe('complete');
    expect(outcome?.metrics.usage?.outputTokens).toBeGreaterThan(0);
    expect(outcome?.cost).toBeUndefined();
    expect(outcome?.unpricedReason).toMatch(/no list price; add yours to price-overrides\.json/);
  });
});
