// Failover through the real SDKs against the cloud simulator: a pane whose cloud fails before
// its first token is answered by its next fallback, says so, and keeps every attempt in history;
// a stream cut after its first token, or refused for a reason another cloud would share, is not.
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

/** A pane on `first` that fails over to `fallbacks`, each with its own model. */
function paneWithFallbacks(first: string, ...fallbacks: string[]) {
  return {
    ...fx.paneOn(first, 'pane'),
    fallbacks: fallbacks.map((profileId) => {
      const { model } = fx.paneOn(profileId);
      return { profileId, model };
    }),
  };
}

async function ask(prompt: string, pane: unknown) {
  const result = await fx.call<SendTurnResult>('sendTurn', { prompt, panes: [pane] });
  const outcome = (await fx.waitForDone(result)).get('pane')?.outcome;
  const detail = await fx.call<ConversationDetail>('getConversation', {
    conversationId: result.conversationId,
  });
  return { outcome, saved: detail.messages[0] };
}

describe('failover', () => {
  it('answers on the next cloud when the first throttles (429), and records the attempt', async () => {
    const { outcome, saved } = await ask(
      'Hello [[sim@bedrock fault=rate-limit retryAfter=7]]',
      paneWithFallbacks('sim-bedrock-keys', 'sim-azure'),
    );
    expect(outcome?.status).toBe('complete');
    expect(outcome?.text).toContain('Hello from');
    expect(outcome?.providerName).toBe('Azure OpenAI (simulator)');
    expect(outcome?.providerKind).toBe('azure-openai');
    expect(outcome?.attempts).toHaveLength(1);
    expect(outcome?.attempts?.[0]).toMatchObject({
      providerKind: 'bedrock',
      providerName: 'Bedrock access keys (simulator)',
      errorKind: 'rate-limit',
      status: 429,
    });
    expect(outcome?.attempts?.[0]?.message).toMatch(/Bedrock/);
    expect(outcome?.attempts?.[0]?.elapsedMs).toBeGreaterThanOrEqual(0);
    // Priced on the cloud that answered.
    expect(outcome?.cost?.source).toMatch(/gpt-4o/);
    // History keeps the attempts, and the answer under the cloud that gave it.
    expect(saved?.attempts).toEqual(outcome?.attempts);
    expect(saved?.providerName).toBe('Azure OpenAI (simulator)');
    expect(saved?.model).toBe('gpt-4o-prod');
    // The audit trail names the attempt, its outcome and its time.
    const audit = await fx.call<{ content: string }>('exportAudit', {
      format: 'jsonl',
      conversationIds: [saved?.conversationId],
    });
    const row = JSON.parse(audit.content.trim().split('\n')[0] ?? '{}') as Record<string, unknown>;
    expect(row.cloud).toBe('azure-openai');
    expect(row.failover_attempts).toMatch(
      /^Bedrock access keys \(simulator\) \(us-east-1\): rate-limit 429 after \d+ ms$/,
    );
  });

  it('goes on past two server errors to the third cloud', async () => {
    const { outcome } = await ask(
      'Hello [[sim@openai fault=server]] [[sim@azure-openai fault=server]]',
      paneWithFallbacks('sim-openai', 'sim-azure', 'sim-bedrock-keys'),
    );
    expect(outcome?.status).toBe('complete');
    expect(outcome?.providerKind).toBe('bedrock');
    expect(outcome?.attempts?.map((a) => [a.providerKind, a.errorKind, a.status])).toEqual([
      ['openai', 'server', 500],
      ['azure-openai', 'server', 500],
    ]);
  });

  it('does not fail over once text has started: the cut answer keeps its partial text', async () => {
    const { outcome, saved } = await ask(
      'Count [[sim@openai fault=drop at=4 tokens=40]]',
      paneWithFallbacks('sim-openai', 'sim-azure'),
    );
    expect(outcome?.status).toBe('error');
    expect(outcome?.providerKind).toBe('openai');
    expect(outcome?.attempts).toBeUndefined();
    expect(outcome?.text.length).toBeGreaterThan(0);
    expect(saved?.content).toBe(outcome?.text);
    expect(fx.sim.requests.filter((r) => r.lastUserText?.startsWith('Count'))).toHaveLength(1);
  });

  it('does not fail over on a wrong key: another cloud would not fix it', async () => {
    const { outcome } = await ask(
      'Hello [[sim@openai fault=auth]]',
      paneWithFallbacks('sim-openai', 'sim-azure'),
    );
    expect(outcome?.status).toBe('error');
    expect(outcome?.error?.kind).toBe('auth');
    expect(outcome?.attempts).toBeUndefined();
  });

  it('is off unless the pane lists fallbacks', async () => {
    const { outcome } = await ask(
      'Hello [[sim@openai fault=rate-limit]]',
      fx.paneOn('sim-openai', 'pane'),
    );
    expect(outcome?.status).toBe('error');
    expect(outcome?.error?.kind).toBe('rate-limit');
  });
});
