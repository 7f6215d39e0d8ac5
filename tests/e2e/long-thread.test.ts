// A long conversation opens with a DOM the size of a short one: only the newest page of messages
// is loaded and only the turns near the view are drawn, so 2,000 turns in four panes put no more
// elements in the document than 200. (How fast it opens is bench:render's to say, not a test's.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longConversationExport, longTurnId } from '../support/long-conversation';
import { startE2eApp, type E2eApp } from './support/e2e-app';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai'] });
  for (const turns of [200, 2000]) {
    const content = longConversationExport({
      id: `long-${turns}`,
      title: `A thread of ${turns} turns`,
      turns,
      panes: 4,
    });
    const imported = await app.host.invoke('importHistory', { content });
    expect(imported.ok).toBe(true);
  }
  await app.page.reload();
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

const COUNT_ELEMENTS = () => document.getElementsByTagName('*').length;

/** Opens a conversation from the sidebar and counts the document's elements once they settle. */
async function openAndCount(turns: number): Promise<number> {
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Conversations' });
  await nav.getByRole('button', { name: new RegExp(`^A thread of ${turns} turns`) }).click();
  const id = `long-${turns}`;
  await page
    .locator(`[data-key="${longTurnId(id, turns)}"]`)
    .first()
    .waitFor();
  // The virtualizer measures what it drew and may draw a turn more or less: wait for a steady count.
  let previous = -1;
  let count = await page.evaluate(COUNT_ELEMENTS);
  while (count !== previous) {
    await page.waitForTimeout(250);
    previous = count;
    count = await page.evaluate(COUNT_ELEMENTS);
  }
  return count;
}

describe('a long conversation', () => {
  it('opens with as many elements in the document for 2,000 turns as for 200', async () => {
    const short = await openAndCount(200);
    const long = await openAndCount(2000);
    const shortAgain = await openAndCount(200);
    // Four panes of a handful of turns each; the long one may add its "Load older" control.
    expect(long).toBeLessThanOrEqual(Math.max(short, shortAgain) + 20);
    // And the turns drawn are a window, not the page of 50 loaded turns in each pane.
    expect(await app.page.locator('.turn').count()).toBeLessThan(4 * 20);
  });
});
