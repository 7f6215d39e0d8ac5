// A prompt with files, through the real main process and the real SDKs against the simulator:
// every pane whose model reads images gets the image in its API's own shape (the simulator's
// reply names what arrived), a pane whose model cannot is told why without a request being
// made while the others answer, and the next turn sends the earlier image again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../../shared/attachments';
import type { SendTurnResult } from '../../../shared/chat';
import { startMainServices, type MainServicesFixture } from '../../support/main-services-fixture';
import { ONE_PIXEL_PNG_BASE64 as PNG_BASE64 } from '../../support/attachment-fixtures';

let fx: MainServicesFixture;
beforeAll(async () => {
  fx = await startMainServices();
});
afterAll(async () => {
  await fx?.close();
});

const PNG_BYTES = Buffer.from(PNG_BASE64, 'base64').length;

describe('a prompt with an image', () => {
  it('reaches the panes that read images, and tells the text-only pane why it was not asked', async () => {
    const image = await fx.call<AttachmentRef>('addAttachment', {
      name: 'chart.png',
      mediaType: 'image/png',
      data: PNG_BASE64,
    });
    const panes = [
      fx.paneOn('sim-openai'),
      fx.paneOn('sim-bedrock-keys'),
      fx.paneOn('sim-openai-on-bedrock'),
    ];
    const before = fx.sim.requests.length;
    const turn = await fx.call<SendTurnResult>('sendTurn', {
      prompt: '[[sim reply=echo]] What does the chart show?',
      attachments: [image],
      panes,
    });
    const done = await fx.waitForDone(turn);
    for (const paneId of ['sim-openai', 'sim-bedrock-keys']) {
      const outcome = done.get(paneId)?.outcome;
      expect(outcome?.status, paneId).toBe('complete');
      expect(outcome?.text, paneId).toContain(`Received 1 file: image/png ${PNG_BYTES} bytes 1×1`);
    }
    const refused = done.get('sim-openai-on-bedrock')?.outcome;
    expect(refused?.status).toBe('error');
    expect(refused?.error?.kind).toBe('unsupported-input');
    expect(refused?.error?.message).toMatch(/cannot read images \(chart\.png\)/);
    // No request left for the refused pane: only the two that could read the image were asked.
    const asked = fx.sim.requests.slice(before).filter((r) => r.lastUserText?.includes('chart'));
    expect(asked.map((r) => r.route).sort()).toEqual(['bedrock', 'openai']);

    // The next turn sends the earlier image again, as part of the conversation.
    const next = await fx.call<SendTurnResult>('sendTurn', {
      conversationId: turn.conversationId,
      prompt: '[[sim reply=echo]] And the trend?',
      panes: [fx.paneOn('sim-openai')],
    });
    const again = await fx.waitForDone(next);
    expect(again.get('sim-openai')?.outcome.text).toContain('Received 1 file: image/png');
  });

  it('refuses a file that is no longer held, before anything is recorded', async () => {
    const gone = { id: 'f'.repeat(64), name: 'lost.png', mediaType: 'image/png', size: 10 };
    const result = await fx.invoke('sendTurn', {
      prompt: 'Look at this',
      attachments: [gone],
      panes: [fx.paneOn('sim-openai')],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { message: '“lost.png” is no longer available to send. Attach it again.' },
    });
  });
});
