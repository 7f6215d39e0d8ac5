// A content filter or guardrail that stops an answer ends it as complete, not failed: through
// the chat service the answer keeps its text, usage, served model and so its cost, in the
// stream's outcome and in history, with the pane settings it was asked with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendTurnResult, StreamDoneEvent } from '../../../shared/chat';
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

async function send(input: unknown): Promise<{
  result: SendTurnResult;
  done: Map<string, StreamDoneEvent>;
}> {
  const result = await fx.call<SendTurnResult>('sendTurn', input);
  return { result, done: await fx.waitForDone(result) };
}

describe('a content filter ends an answer', () => {
  it('as complete with its usage, served model and cost, on Chat Completions and Bedrock', async () => {
    const panes = ['sim-openai', 'sim-azure', 'sim-bedrock-keys'].map(pane);
    const { result, done } = await send({
      prompt: 'Tell me a story [[sim fault=content-filter at=4 tokens=40]]',
      panes,
    });
    for (const { paneId } of panes) {
      const outcome = done.get(paneId)?.outcome;
      expect(outcome?.status, `${paneId}: ${outcome?.error?.message}`).toBe('complete');
      expect(outcome?.finishReason).toBe('content-filter');
      expect(outcome?.error).toBeUndefined();
      expect(outcome?.text.split(' ').filter(Boolean)).toHaveLength(4);
      expect(outcome?.metrics.usage?.outputTokens).toBe(4);
      expect(outcome?.providerModelId).toBeTruthy();
      // Priced from the shipped price data like any finished answer.
      expect(outcome?.cost?.total, paneId).toBeGreaterThan(0);
    }
    expect(done.get('sim-azure')?.outcome.providerModelId).toBe('gpt-4o-2024-08-06');

    const detail = await fx.call<ConversationDetail>('getConversation', {
      conversationId: result.conversationId,
    });
    for (const stream of result.streams) {
      const saved = detail.messages.find((m) => m.id === stream.messageId);
      expect(saved).toMatchObject({ status: 'complete', finishReason: 'content-filter' });
      expect(saved?.cost?.total).toBeGreaterThan(0);
      expect(saved?.errorKind).toBeUndefined();
    }
  });

  it('but a prompt refused up front (HTTP 400) stays an error', async () => {
    const { done } = await send({
      prompt: 'Something awful [[sim fault=prompt-filter]]',
      panes: [pane('sim-azure')],
    });
    const outcome = done.get('sim-azure')?.outcome;
    expect(outcome?.status).toBe('error');
    expect(outcome?.error?.kind).toBe('content-filter');
    expect(outcome?.cost).toBeUndefined();
  });

  it('saves each answer with the pane settings it was asked with', async () => {
    const settings = { reasoningEffort: 'high' as const, maxOutputTokens: 500 };
    const { result } = await send({
      prompt: 'Think hard',
      panes: [{ ...pane('sim-bedrock-api-key'), settings }],
    });
    const detail = await fx.call<ConversationDetail>('getConversation', {
      conversationId: result.conversationId,
    });
    const saved = detail.messages.find((m) => m.id === result.streams[0]?.messageId);
    expect(saved?.settings).toEqual(settings);
    expect(saved?.reasoning).toContain('Thinking it over');
    expect(saved?.status).toBe('complete');
    // The wire carried Claude's thinking with room for the answer above the budget.
    const sent = fx.sim.requests.filter((r) => r.lastUserText === 'Think hard').at(-1);
    expect(sent?.body).toMatchObject({
      additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 16_384 } },
      inferenceConfig: { maxTokens: 16_884 },
    });
  });
});
