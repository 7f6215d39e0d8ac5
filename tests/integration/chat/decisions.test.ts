// Deciding between answers, through the real main process, SQLite and the real SDKs: continue
// with one answer (every pane is then sent it), vote on a turn (kept with the answers, exported),
// and branch a conversation at a turn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendTurnResult } from '../../../shared/chat';
import type { ConversationDetail } from '../../../shared/history';
import type { IpcResult } from '../../../shared/ipc';
import { startMainServices, type MainServicesFixture } from '../../support/main-services-fixture';

let fx: MainServicesFixture;
beforeAll(async () => {
  fx = await startMainServices();
});
afterAll(async () => {
  await fx?.close();
});

const panes = () => [fx.paneOn('sim-openai'), fx.paneOn('sim-azure')];
let counter = 0;
const marker = () => `d${++counter}x`;

async function turn(prompt: string, conversationId?: string) {
  const result = await fx.call<SendTurnResult>('sendTurn', {
    prompt,
    panes: panes(),
    ...(conversationId ? { conversationId } : {}),
  });
  await fx.waitForDone(result);
  return result;
}

const detailOf = (conversationId: string) =>
  fx.call<ConversationDetail>('getConversation', { conversationId });

/** The text of each message the cloud was sent for the prompt carrying `mark`. */
function sentTo(route: 'openai' | 'azure-openai', mark: string): string[] {
  const request = fx.sim.requests.find((r) => r.route === route && r.lastUserText?.includes(mark));
  const body = request?.body as { messages?: { content: string }[] } | undefined;
  return (body?.messages ?? []).map((m) => m.content);
}

describe('continue with this answer', () => {
  it('sends the chosen answer to every pane as the next turn\u2019s context, until unchosen', async () => {
    const first = await turn(`Name a colour [[sim reply=echo]] ${marker()}`);
    const detail = await detailOf(first.conversationId);
    const azure = detail.messages.find((m) => m.paneId === 'sim-azure');
    await fx.call('chooseAnswer', {
      conversationId: first.conversationId,
      turnId: first.turnId,
      messageId: azure?.id,
    });
    const chosen = (await detailOf(first.conversationId)).messages;
    expect(chosen.find((m) => m.paneId === 'sim-azure')?.chosen).toBe(true);
    expect(chosen.find((m) => m.paneId === 'sim-openai')?.chosen).toBeUndefined();

    const next = marker();
    await turn(`And another ${next}`, first.conversationId);
    // OpenAI's pane is sent Azure's answer, not its own.
    expect(sentTo('openai', next)[1]).toBe(azure?.content);
    expect(sentTo('azure-openai', next)[1]).toBe(azure?.content);

    await fx.call('chooseAnswer', {
      conversationId: first.conversationId,
      turnId: first.turnId,
      messageId: null,
    });
    const own = marker();
    await turn(`Once more ${own}`, first.conversationId);
    const openaiOwn = chosen.find((m) => m.paneId === 'sim-openai')?.content;
    expect(sentTo('openai', own)[1]).toBe(openaiOwn);
  });

  it('refuses an answer that failed, in words', async () => {
    const failed = await fx.call<SendTurnResult>('sendTurn', {
      prompt: `Hello [[sim@openai fault=server]] ${marker()}`,
      panes: panes(),
    });
    await fx.waitForDone(failed);
    const broken = (await detailOf(failed.conversationId)).messages.find(
      (m) => m.paneId === 'sim-openai',
    );
    const result = (await fx.invoke('chooseAnswer', {
      conversationId: failed.conversationId,
      turnId: failed.turnId,
      messageId: broken?.id,
    })) as IpcResult<void>;
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Only a complete answer of this turn can be continued.' },
    });
  });
});

describe('votes', () => {
  it('keep how each answer fared with the answers, and go out in the export', async () => {
    const voted = await turn(`Which is better? ${marker()}`);
    const [a, b] = (await detailOf(voted.conversationId)).messages;
    await fx.call('voteTurn', {
      conversationId: voted.conversationId,
      turnId: voted.turnId,
      verdict: 'best',
      messageId: b?.id,
      blind: true,
    });
    const after = (await detailOf(voted.conversationId)).messages;
    expect(after.map((m) => [m.id, m.vote, m.votedBlind])).toEqual([
      [a?.id, 'not-best', true],
      [b?.id, 'best', true],
    ]);
    const file = await fx.call<{ content: string }>('exportHistory', {
      conversationId: voted.conversationId,
      format: 'json',
    });
    expect(file.content).toContain('"vote": "best"');

    await fx.call('voteTurn', {
      conversationId: voted.conversationId,
      turnId: voted.turnId,
      verdict: 'all-bad',
    });
    expect((await detailOf(voted.conversationId)).messages.map((m) => m.vote)).toEqual([
      'all-bad',
      'all-bad',
    ]);
  });

  it('need a winner for "best"', async () => {
    const voted = await turn(`Pick one ${marker()}`);
    const result = (await fx.invoke('voteTurn', {
      conversationId: voted.conversationId,
      turnId: voted.turnId,
      verdict: 'best',
    })) as IpcResult<void>;
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('branch', () => {
  it('starts a new conversation with the thread up to a turn, leaving the original as it was', async () => {
    const one = await turn(`First ${marker()}`);
    await turn(`Second ${marker()}`, one.conversationId);
    const { conversationId } = await fx.call<{ conversationId: string }>('branchConversation', {
      conversationId: one.conversationId,
      turnId: one.turnId,
    });
    const original = await detailOf(one.conversationId);
    const branch = await detailOf(conversationId);
    expect(original.turns).toHaveLength(2);
    expect(branch.turns.map((t) => t.prompt)).toEqual([original.turns[0]?.prompt]);
    expect(branch.conversation.title).toBe(`${original.conversation.title} (branch)`);
    expect(branch.messages.map((m) => m.content)).toEqual(
      original.messages.filter((m) => m.turnId === one.turnId).map((m) => m.content),
    );
    // The branch goes on from its own thread.
    const next = marker();
    await turn(`Branch on ${next}`, conversationId);
    expect(sentTo('openai', next)).toHaveLength(3);
  });
});

describe('merge answers', () => {
  it('streams one model\u2019s synthesis of the turn\u2019s answers into its own row, with its cost', async () => {
    const asked = await turn(`Compare tea and coffee ${marker()}`);
    const answers = (await detailOf(asked.conversationId)).messages;
    const merged = await fx.call<SendTurnResult>('synthesize', {
      conversationId: asked.conversationId,
      turnId: asked.turnId,
      profileId: 'sim-openai',
      model: 'gpt-4o',
    });
    expect(merged.streams.map((s) => s.paneId)).toEqual(['synthesis']);
    const outcome = (await fx.waitForDone(merged)).get('synthesis')?.outcome;
    expect(outcome?.status).toBe('complete');
    expect(outcome?.cost?.total).toBeGreaterThan(0);

    // The merging model read the question and every answer, labelled, under the instructions.
    const request = fx.sim.requests.find(
      (r) => r.route === 'openai' && r.lastUserText?.includes('## Question'),
    );
    const body = request?.body as { messages: { role: string; content: string }[] };
    expect(body.messages[0]?.role).toBe('system');
    expect(body.messages[0]?.content).toMatch(/say[s]? plainly where they disagree/);
    const read = body.messages[1]?.content ?? '';
    expect(read).toContain('### Answer A (OpenAI (simulator), gpt-4o)');
    expect(read).toContain('### Answer B (Azure OpenAI (simulator), gpt-4o-prod)');
    for (const answer of answers) expect(read).toContain(answer.content);

    // Recorded under the turn in the synthesis pane, apart from the workspace's panes.
    const detail = await detailOf(asked.conversationId);
    const synthesis = detail.messages.find((m) => m.paneId === 'synthesis');
    expect(synthesis?.turnId).toBe(asked.turnId);
    expect(synthesis?.content).toBe(outcome?.text);
    expect(detail.panes.map((p) => p.paneId)).toContain('synthesis');
  });

  it('needs two complete answers', async () => {
    const lone = await fx.call<SendTurnResult>('sendTurn', {
      prompt: `Alone ${marker()}`,
      panes: [fx.paneOn('sim-openai')],
    });
    await fx.waitForDone(lone);
    const result = (await fx.invoke('synthesize', {
      conversationId: lone.conversationId,
      turnId: lone.turnId,
      profileId: 'sim-openai',
      model: 'gpt-4o',
    })) as IpcResult<SendTurnResult>;
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Merging needs at least two complete answers to this turn.' },
    });
  });
});
