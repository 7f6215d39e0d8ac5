// Managing history in real Chromium: rename, pin, export, delete and import back; and a long
// conversation opens with a DOM that does not grow with its length.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai'] });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

function longConversation(turns: number): string {
  const start = Date.UTC(2026, 0, 1);
  const pane = {
    paneId: 'long-pane',
    position: 0,
    profileId: 'sim-openai',
    providerKind: 'openai',
    providerName: 'OpenAI (simulator)',
    model: 'gpt-4o',
    settings: {},
  };
  const turnList = Array.from({ length: turns }, (_, i) => ({
    id: `long-turn-${i + 1}`,
    prompt: `Question ${i + 1}`,
    createdAt: start + i * 60_000,
    paneIds: ['long-pane'],
  }));
  const messages = turnList.map((turn, i) => ({
    id: `long-msg-${i + 1}`,
    turnId: turn.id,
    paneId: 'long-pane',
    role: 'assistant',
    content: `Answer number ${i + 1}, with **some** Markdown.\n\n- a point\n- another point`,
    status: 'complete',
    finishReason: 'stop',
    createdAt: turn.createdAt + 1000,
    updatedAt: turn.createdAt + 2000,
  }));
  return JSON.stringify({
    format: 'polycloud-chat-history',
    version: 1,
    exportedAt: new Date(start).toISOString(),
    conversations: [
      {
        id: 'long-conversation',
        title: 'A very long conversation',
        createdAt: start,
        updatedAt: start + turns * 60_000,
        pinned: false,
        archived: false,
        panes: [pane],
        turns: turnList,
        messages,
      },
    ],
  });
}

describe('managing history', () => {
  it('renames, pins, exports, deletes and imports a conversation back', async () => {
    const { page } = app;
    await send(page, 'Plan a trip to Kyoto [[sim reply=echo]]');
    await waitForStatus(page, 1, 'complete');
    const nav = page.getByRole('navigation', { name: 'Conversations' });
    const item = nav.getByRole('listitem').filter({ hasText: 'Plan a trip to Kyoto' });
    await item.waitFor();

    // A conversation's actions are behind one menu button.
    await item.getByRole('button', { name: /^Actions for / }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    await nav.getByRole('textbox', { name: 'New title' }).fill('Kyoto itinerary');
    await nav.getByRole('textbox', { name: 'New title' }).press('Enter');
    const renamed = nav.getByRole('listitem').filter({ hasText: 'Kyoto itinerary' });
    await renamed.waitFor();

    await renamed.getByRole('button', { name: 'Actions for Kyoto itinerary' }).click();
    await page.getByRole('menuitem', { name: 'Pin' }).click();
    await nav.getByRole('heading', { name: 'Pinned' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const path = await download.path();
    const exported = await readFile(path, 'utf8');
    expect(exported).toContain('Kyoto itinerary');

    await renamed.getByRole('button', { name: 'Actions for Kyoto itinerary' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await nav.getByRole('button', { name: 'Confirm delete Kyoto itinerary' }).click();
    await renamed.waitFor({ state: 'detached' });

    await page.getByLabel('Import history file').setInputFiles({
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await page
      .getByRole('status')
      .filter({ hasText: /Imported 1 conversation/ })
      .waitFor();
    await nav.getByRole('listitem').filter({ hasText: 'Kyoto itinerary' }).waitFor();
  });

  it('opens a 400-turn conversation with only the visible turns in the DOM', async () => {
    const { page } = app;
    const imported = await app.host.invoke('importHistory', { content: longConversation(400) });
    expect(imported.ok).toBe(true);
    await page.reload();
    const nav = page.getByRole('navigation', { name: 'Conversations' });
    await nav.getByRole('button', { name: /^A very long conversation/ }).click();

    // Opens at the newest answer.
    await page.getByText('Answer number 400,').waitFor();
    const turnsInDom = await page.locator('.turn').count();
    expect(turnsInDom).toBeGreaterThan(0);
    expect(turnsInDom).toBeLessThan(30);

    // Scroll to the top of what is loaded: older turns replace newer ones in the DOM.
    const thread = page
      .getByRole('article', { name: 'Pane 1', exact: true })
      .locator('.virtual-list');
    for (let i = 0; i < 20; i += 1) {
      await thread.evaluate((el) => el.scrollTo({ top: 0 }));
      await page.waitForTimeout(50);
    }
    await expect
      .poll(async () => (await page.locator('.turn__prompt').first().innerText()).trim())
      .toMatch(/^Question \d+$/);
    expect(await page.getByText('Answer number 400,').count()).toBe(0);
    expect(await page.locator('.turn').count()).toBeLessThan(30);
    await page.getByRole('button', { name: 'Load older messages' }).waitFor();
  });
});
