// The thread is what the model sees, through the real main process and the real SDKs: a prompt
// sent while a pane still streams waits for that answer; failed and stopped answers are never
// sent back as answers (nor their prompts merged into the next one on Bedrock); an edited last
// prompt replaces its turn; regenerating keeps the earlier answer as a version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendTurnResult } from '../../../shared/chat';
import type { ConversationDetail } from '../../../shared/history';
import { startMainServices, type MainServicesFixture } from '../../support/main-services-fixture';
import type { RecordedRequest } from '../../simulator/cloud-simulator';

let fx: MainServicesFixture;
beforeAll(async () => {
  fx = await startMainServices();
});
afterAll(async () => {
  await fx?.close();
});

const pane = (profileId: string) => fx.paneOn(profileId);

let counter = 0;
const marker = () => `t${++counter}x`;

/** The simulator's record of the request whose last user message carries the marker. */
function requestWith(mark: string, route: RecordedRequest['route']): RecordedRequest {
  const found = fx.sim.requests.find((r) => r.route === route && r.lastUserText?.includes(mark));
  if (!found) throw new Error(`no ${route} request with ${mark}`);
  return found;
}

/** The text of each message the cloud was sent, whatever its wire shape. */
function sentThread(request: RecordedRequest): string[] {
  const body = request.body as {
    messages?: { role: string; content: string | { text?: string }[] }[];
  };
  return (body.messages ?? []).map((m) =>
    typeof m.content === 'string' ? m.content : m.content.map((c) => c.text ?? '').join(''),
  );
}

describe('the thread each pane is sent', () => {
  it('waits for a pane still streaming before sending it the next prompt', async () => {
    const first = marker();
    const slow = await fx.call<SendTurnResult>('sendTurn', {
      prompt: `[[sim reply=echo rate=60]] one two three four five six seven eight ${first}`,
      panes: [pane('sim-openai'), pane('sim-compatible')],
    });
    const second = marker();
    // Sent at once, while both answers are still arriving.
    const next = await fx.call<SendTurnResult>('sendTurn', {
      conversationId: slow.conversationId,
      prompt: `[[sim reply=echo]] next ${second}`,
      panes: [pane('sim-openai'), pane('sim-compatible')],
    });
    const done = await fx.waitForDone(slow);
    await fx.waitForDone(next);
    const firstAnswer = done.get('sim-openai')?.outcome.text ?? '';
    expect(firstAnswer).toContain(first);
    // Both panes got the whole first answer as context, not a half-written one.
    for (const route of ['openai', 'openai-compatible'] as const) {
      const thread = sentThread(requestWith(second, route));
      expect(thread).toHaveLength(3);
      expect(thread[1]).toBe(firstAnswer);
    }
  });

  it('leaves a failed exchange out, so Bedrock is not sent the failed prompt again', async () => {
    const failed = marker();
    const turn = await fx.call<SendTurnResult>('sendTurn', {
      prompt: `[[sim@bedrock fault=server]] first ${failed}`,
      panes: [pane('sim-bedrock-keys'), pane('sim-openai')],
    });
    const done = await fx.waitForDone(turn);
    expect(done.get('sim-bedrock-keys')?.outcome.status).toBe('error');
    const second = marker();
    const next = await fx.call<SendTurnResult>('sendTurn', {
      conversationId: turn.conversationId,
      prompt: `second ${second}`,
      panes: [pane('sim-bedrock-keys'), pane('sim-openai')],
    });
    const after = await fx.waitForDone(next);
    // Had the failed prompt been merged in, its fault directive would have failed this turn too.
    expect(after.get('sim-bedrock-keys')?.outcome.status).toBe('complete');
    expect(sentThread(requestWith(second, 'openai'))).toHaveLength(3);
    const bedrockBody = requestWith(second, 'bedrock').body as { messages?: unknown[] };
    expect(bedrockBody.messages).toHaveLength(1);
  });

  it('replaces the last turn when its prompt is edited', async () => {
    const typo = marker();
    const turn = await fx.call<SendTurnResult>('sendTurn', {
      prompt: `Waht is WAL? ${typo}`,
      panes: [pane('sim-openai')],
    });
    await fx.waitForDone(turn);
    const fixed = marker();
    const edited = await fx.call<SendTurnResult>('sendTurn', {
      conversationId: turn.conversationId,
      prompt: `[[sim reply=echo]] What is WAL? ${fixed}`,
      panes: [pane('sim-openai')],
      replaceTurnId: turn.turnId,
    });
    await fx.waitForDone(edited);
    const detail = await fx.call<ConversationDetail>('getConversation', {
      conversationId: turn.conversationId,
    });
    expect(detail.turns.map((t) => t.id)).toEqual([edited.turnId]);
    expect(sentThread(requestWith(fixed, 'openai'))).toHaveLength(1);
  });

  it('keeps the earlier answer when a pane is regenerated, and builds on the newest', async () => {
    const turn = await fx.call<SendTurnResult>('sendTurn', {
      prompt: `[[sim reply=echo]] version ${marker()}`,
      panes: [pane('sim-openai')],
    });
    await fx.waitForDone(turn);
    const again = await fx.call<SendTurnResult>('regenerate', {
      conversationId: turn.conversationId,
      pane: pane('sim-openai'),
    });
    await fx.waitForDone(again);
    const detail = await fx.call<ConversationDetail>('getConversation', {
      conversationId: turn.conversationId,
    });
    const versions = detail.messages.filter((m) => m.turnId === turn.turnId);
    expect(versions.map((m) => m.id)).toEqual([
      turn.streams[0]?.messageId,
      again.streams[0]?.messageId,
    ]);
    expect(versions.every((m) => m.status === 'complete')).toBe(true);
  });
});
