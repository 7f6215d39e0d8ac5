// What each answer records for parity, through the real SDKs against the simulator: the protocol
// it came over, the model the server said served it, and OpenAI's system fingerprint or service
// tier where the cloud sent one; history keeps them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendTurnResult } from '../../../shared/chat';
import type { ConversationDetail } from '../../../shared/history';
import { startMainServices, type MainServicesFixture } from '../../support/main-services-fixture';

let fx: MainServicesFixture;
beforeAll(async () => {
  fx = await startMainServices();
});
afterAll(async () => {
  await fx?.close();
});

describe('parity evidence on every answer', () => {
  it('names the API, the served model and the fingerprint or tier, and keeps them', async () => {
    const panes = ['sim-openai', 'sim-openai-gpt5', 'sim-bedrock-keys'].map((id) => fx.paneOn(id));
    const result = await fx.call<SendTurnResult>('sendTurn', { prompt: 'Hello', panes });
    const done = await fx.waitForDone(result);
    const chat = done.get('sim-openai')?.outcome;
    const responses = done.get('sim-openai-gpt5')?.outcome;
    const converse = done.get('sim-bedrock-keys')?.outcome;

    expect(chat).toMatchObject({
      api: 'chat-completions',
      providerModelId: 'gpt-4o-2024-08-06',
      systemFingerprint: 'fp_sim',
    });
    expect(responses).toMatchObject({
      api: 'responses',
      providerModelId: 'gpt-5.5-2026-04-23',
      serviceTier: 'default',
    });
    expect(converse?.api).toBe('converse');
    expect(converse?.systemFingerprint).toBeUndefined();

    const detail = await fx.call<ConversationDetail>('getConversation', {
      conversationId: result.conversationId,
    });
    const saved = new Map(detail.messages.map((m) => [m.paneId, m]));
    expect(saved.get('sim-openai')).toMatchObject({
      api: 'chat-completions',
      systemFingerprint: 'fp_sim',
    });
    expect(saved.get('sim-openai-gpt5')).toMatchObject({
      api: 'responses',
      serviceTier: 'default',
    });
    expect(saved.get('sim-bedrock-keys')?.api).toBe('converse');
  });
});
