// One compare turn through the real main process: the IPC invoker, the chat service, the real
// SDKs against the cloud simulator, a real SQLite history and the credential store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendTurnResult, StreamDoneEvent, StreamPartsEvent } from '../../../shared/chat';
import type { ConversationDetail } from '../../../shared/history';
import type { StreamPart } from '../../../shared/stream';
import { startMainServices, type MainServicesFixture } from '../../support/main-services-fixture';

let fx: MainServicesFixture;

beforeAll(async () => {
  fx = await startMainServices();
});
afterAll(async () => {
  await fx?.close();
});

const pane = (profileId: string, paneId?: string) => fx.paneOn(profileId, paneId);

function partsOf(streamId: string): { messages: number; parts: StreamPart[] } {
  const batches = fx.events
    .filter((e) => e.event === 'streamParts')
    .flatMap((e) => e.payload as StreamPartsEvent[])
    .filter((p) => p.streamId === streamId);
  return { messages: batches.length, parts: batches.flatMap((b) => b.parts) };
}

const textOf = (parts: StreamPart[]) =>
  parts.map((p) => (p.type === 'text-delta' ? p.delta : '')).join('');

async function send(input: unknown): Promise<{
  result: SendTurnResult;
  done: Map<string, StreamDoneEvent>;
}> {
  const result = await fx.call<SendTurnResult>('sendTurn', input);
  return { result, done: await fx.waitForDone(result) };
}

describe('a compare turn', () => {
  it('streams one prompt to four clouds side by side, measured, priced and recorded', async () => {
    const panes = ['sim-openai', 'sim-azure', 'sim-bedrock-keys', 'sim-compatible'].map((id) =>
      pane(id),
    );
    const { result, done } = await send({
      prompt: 'Compare these clouds [[sim tokens=80 rate=400]]',
      panes,
    });
    expect(result.streams).toHaveLength(4);

    for (const stream of result.streams) {
      const outcome = done.get(stream.paneId)?.outcome;
      expect(outcome, stream.paneId).toBeDefined();
      if (!outcome) continue;
      expect(outcome.status, `${stream.paneId}: ${outcome.error?.message}`).toBe('complete');
      expect(outcome.finishReason).toBe('stop');
      expect(outcome.text.length).toBeGreaterThan(20);
      expect(outcome.providerModelId).toBeTruthy();
      expect(outcome.metrics.ttftMs).toBeGreaterThan(0);
      expect(outcome.metrics.usage?.outputTokens).toBeGreaterThan(0);

      // What the renderer received adds up to what was recorded, and it came batched:
      // never more than one message per ~16.7 ms timer tick (plus the start and the end).
      const { messages, parts } = partsOf(stream.streamId);
      expect(parts[0]?.type).toBe('start');
      expect(parts.at(-1)?.type).toBe('finish');
      expect(textOf(parts)).toBe(outcome.text);
      expect(messages).toBeLessThanOrEqual(Math.ceil(outcome.metrics.totalMs / (1000 / 60)) + 3);

      // Every event names the answer it fills, so the renderer needs no stream → message table.
      const names = {
        conversationId: result.conversationId,
        turnId: result.turnId,
        messageId: stream.messageId,
        paneId: stream.paneId,
      };
      const batches = fx.events
        .filter((e) => e.event === 'streamParts')
        .flatMap((e) => e.payload as StreamPartsEvent[])
        .filter((p) => p.streamId === stream.streamId);
      for (const batch of batches) expect(batch).toMatchObject(names);
      expect(done.get(stream.paneId)).toMatchObject(names);
    }
    expect(done.get('sim-bedrock-keys')?.outcome.region).toBe('us-east-1');
    expect(done.get('sim-openai')?.outcome.cost?.total).toBeGreaterThan(0);

    const detail = await fx.call<ConversationDetail>('getConversation', {
      conversationId: result.conversationId,
    });
    expect(detail.turns).toHaveLength(1);
    expect(detail.turns[0]?.prompt).toContain('Compare these clouds');
    expect(detail.panes.map((p) => p.providerKind).sort()).toEqual(
      ['azure-openai', 'bedrock', 'openai', 'openai-compatible'].sort(),
    );
    for (const stream of result.streams) {
      const saved = detail.messages.find((m) => m.id === stream.messageId);
      const outcome = done.get(stream.paneId)?.outcome;
      expect(saved?.status).toBe('complete');
      expect(saved?.content).toBe(outcome?.text);
      expect(saved?.providerModelId).toBe(outcome?.providerModelId);
      expect(saved?.usage?.outputTokens).toBe(outcome?.metrics.usage?.outputTokens);
    }
  });

  it('stops one pane while the others finish, keeping its partial answer', async () => {
    const panes = [pane('sim-openai', 'left'), pane('sim-bedrock-api-key', 'right')];
    const result = await fx.call<SendTurnResult>('sendTurn', {
      prompt: 'Take your time [[sim tokens=60 rate=60]]',
      panes,
    });
    const left = result.streams.find((s) => s.paneId === 'left');
    if (!left) throw new Error('no left stream');
    // Stop once some text has reached the renderer.
    await expect
      .poll(() => textOf(partsOf(left.streamId).parts).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await fx.call('stopStream', { streamId: left.streamId });
    const done = await fx.waitForDone(result);

    const stopped = done.get('left')?.outcome;
    expect(stopped?.status).toBe('stopped');
    expect(stopped?.error?.kind).toBe('cancelled');
    expect(stopped?.text.length).toBeGreaterThan(0);
    expect(done.get('right')?.outcome.status).toBe('complete');

    const detail = await fx.call<ConversationDetail>('getConversation', {
      conversationId: result.conversationId,
    });
    const saved = detail.messages.find((m) => m.id === left.messageId);
    expect(saved?.status).toBe('stopped');
    expect(saved?.content).toBe(stopped?.text);
  });

  it('shows a failing pane in words while the other panes complete', async () => {
    // A second OpenAI profile whose key the simulator does not accept.
    const openai = fx.profiles.find((p) => p.profile.id === 'sim-openai');
    if (!openai) throw new Error('no openai profile');
    await fx.call('saveProvider', { ...openai.profile, id: 'wrong-key', name: 'Wrong key' });
    await fx.call('setSecret', {
      profileId: 'wrong-key',
      field: 'apiKey',
      value: 'sk-this-key-is-not-accepted-0000',
    });
    const { done } = await send({
      prompt: 'Hello',
      panes: [pane('sim-azure', 'ok'), { ...pane('sim-openai', 'bad'), profileId: 'wrong-key' }],
    });
    expect(done.get('ok')?.outcome.status).toBe('complete');
    const bad = done.get('bad')?.outcome;
    expect(bad?.status).toBe('error');
    expect(bad?.error?.kind).toBe('auth');
    expect(bad?.error?.message).toMatch(/OpenAI/);
    expect(bad?.error?.message).not.toContain('sk-this-key-is-not-accepted');
  });

  it('shows a 429 in one pane with when to retry, while the other panes complete', async () => {
    const { done } = await send({
      prompt: 'Busy day? [[sim@bedrock fault=rate-limit retryAfter=3]]',
      panes: [pane('sim-openai'), pane('sim-bedrock-keys'), pane('sim-azure')],
    });
    expect(done.get('sim-openai')?.outcome.status).toBe('complete');
    expect(done.get('sim-azure')?.outcome.status).toBe('complete');
    const limited = done.get('sim-bedrock-keys')?.outcome;
    expect(limited?.status).toBe('error');
    expect(limited?.error).toMatchObject({ kind: 'rate-limit', retryable: true });
    expect(limited?.error?.message).toMatch(/Bedrock/);
    expect(limited?.error?.message).toMatch(/3 s/);
  });

  it('keeps each pane its own thread across turns and regenerates one pane', async () => {
    const panes = [pane('sim-openai', 'a'), pane('sim-compatible', 'b')];
    const first = await send({ prompt: 'First question', panes });
    const conversationId = first.result.conversationId;
    const second = await send({ conversationId, prompt: 'Second question', panes: [panes[0]] });
    expect(second.result.conversationId).toBe(conversationId);

    // The second request carried pane a's own thread: both prompts and its first answer.
    const sent = fx.sim.requests.filter((r) => r.lastUserText?.includes('Second question')).at(-1);
    const body = JSON.stringify(sent?.body);
    expect(body).toContain('First question');
    expect(body).toContain(first.done.get('a')?.outcome.text.slice(0, 30));
    expect(body).not.toContain(first.done.get('b')?.outcome.text.slice(0, 30));

    const again = await fx.call<SendTurnResult>('regenerate', { conversationId, pane: panes[0] });
    const regenerated = (await fx.waitForDone(again)).get('a')?.outcome;
    expect(regenerated?.status).toBe('complete');
    const detail = await fx.call<ConversationDetail>('getConversation', { conversationId });
    const paneA = detail.messages.filter((m) => m.paneId === 'a');
    // The regenerated answer is a new version beside the old one, not a replacement.
    expect(paneA.map((m) => m.id)).toEqual([
      first.result.streams[0]?.messageId,
      second.result.streams[0]?.messageId,
      again.streams[0]?.messageId,
    ]);
  });

  it('refuses a pane whose provider was deleted, in words', async () => {
    const result = await fx.invoke('sendTurn', {
      prompt: 'Hello',
      panes: [{ paneId: 'x', profileId: 'no-such-profile', model: 'gpt-4o' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!result.ok) expect(result.error.message).toMatch(/no longer exists/);
  });
});
