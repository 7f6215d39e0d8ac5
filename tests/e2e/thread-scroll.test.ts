// The thread's scrolling in real Chromium: a streaming answer is followed to its bottom, scrolling
// up stops that (new tokens do not pull the view back), sending a message shows it, an answer that
// finishes is not drawn again (a selection in it holds), and loading older turns at the top
// leaves the turn the user was reading where it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { lastAnswer, send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai'], viewport: { width: 1200, height: 700 } });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

function thread(): Locator {
  return app.page.getByRole('article', { name: 'Pane 1', exact: true }).locator('.virtual-list');
}

/** Pixels between the bottom of the view and the end of the thread. */
function distanceFromBottom(): Promise<number> {
  return thread().evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
}

function scrollTop(): Promise<number> {
  return thread().evaluate((el) => el.scrollTop);
}

function isStreaming(): Promise<boolean> {
  return lastAnswer(app.page, 1)
    .getAttribute('data-status')
    .then((status) => status === 'streaming');
}

/** An export holding one conversation of `turns` short turns in one pane. */
function conversationExport(turns: number): string {
  const start = Date.UTC(2026, 0, 1);
  const turnList = Array.from({ length: turns }, (_, i) => ({
    id: `scroll-turn-${i + 1}`,
    prompt: `Question ${i + 1}`,
    createdAt: start + i * 60_000,
    paneIds: ['scroll-pane'],
  }));
  return JSON.stringify({
    format: 'polycloud-chat-history',
    version: 1,
    exportedAt: new Date(start).toISOString(),
    conversations: [
      {
        id: 'scroll-conversation',
        title: 'Scrolling through a long thread',
        createdAt: start,
        updatedAt: start + turns * 60_000,
        pinned: false,
        archived: false,
        panes: [
          {
            paneId: 'scroll-pane',
            position: 0,
            profileId: 'sim-openai',
            providerKind: 'openai',
            providerName: 'OpenAI (simulator)',
            model: 'gpt-4o',
            settings: {},
          },
        ],
        turns: turnList,
        messages: turnList.map((turn, i) => ({
          id: `scroll-msg-${i + 1}`,
          turnId: turn.id,
          paneId: 'scroll-pane',
          role: 'assistant',
          // Turns of different heights, so estimates and measured sizes differ.
          content: `Answer number ${i + 1}.\n\n${'- a point\n'.repeat(1 + (i % 5))}`,
          status: 'complete',
          finishReason: 'stop',
          createdAt: turn.createdAt + 1000,
          updatedAt: turn.createdAt + 2000,
        })),
      },
    ],
  });
}

describe('thread scrolling', () => {
  it('follows a streaming answer to the bottom, and stops when the user scrolls up', async () => {
    const { page } = app;
    await send(page, 'A long answer please [[sim reply=markdown tokens=1800 rate=150]]');
    // Wait until the answer is well past one screen.
    await expect
      .poll(async () => (await isStreaming()) && (await scrollTop()) > 1500, { timeout: 20_000 })
      .toBe(true);

    // While it streams and nobody touches it, the view keeps up with the end.
    for (let i = 0; i < 5; i += 1) {
      expect(await isStreaming()).toBe(true);
      await expect.poll(distanceFromBottom, { timeout: 2_000 }).toBeLessThan(40);
      await page.waitForTimeout(150);
    }

    // The user scrolls up to read: the view stays where they put it while tokens keep coming.
    await thread().hover();
    await page.mouse.wheel(0, -800);
    await expect.poll(distanceFromBottom).toBeGreaterThan(400);
    const readingAt = await scrollTop();
    const before = await lastAnswer(page, 1).innerText();
    await page.waitForTimeout(1_000);
    expect(await isStreaming()).toBe(true);
    expect((await lastAnswer(page, 1).innerText()).length).toBeGreaterThan(before.length);
    expect(Math.abs((await scrollTop()) - readingAt)).toBeLessThan(2);
    expect(await distanceFromBottom()).toBeGreaterThan(400);

    // Back at the bottom, following starts again.
    await thread().evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(300);
    if (await isStreaming()) {
      await page.waitForTimeout(500);
      await expect.poll(distanceFromBottom, { timeout: 2_000 }).toBeLessThan(40);
    }
    await waitForStatus(page, 1, 'complete');
    await expect.poll(distanceFromBottom).toBeLessThan(40);

    // Scrolled up, the user sends another message: the view goes to it.
    await thread().hover();
    await page.mouse.wheel(0, -1500);
    await expect.poll(distanceFromBottom).toBeGreaterThan(1000);
    await send(page, 'And a short one [[sim reply=echo]]');
    await waitForStatus(page, 1, 'complete', 'And a short one');
    await expect.poll(distanceFromBottom).toBeLessThan(40);
  });

  it('keeps what the user selected in an answer when it finishes streaming', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New conversation' }).click();
    await send(page, 'Something to quote [[sim reply=markdown tokens=400 rate=100]]');
    const blocks = lastAnswer(page, 1).locator('.md-block');
    const first = blocks.first();
    // A second block has begun, so the first is finished: the user quotes a whole heading, not
    // one still growing (a selection of all of a growing block grows with it, as it should).
    await expect.poll(() => blocks.count()).toBeGreaterThan(1);
    expect(await isStreaming()).toBe(true);
    // The user selects the answer's first block while the rest still streams in.
    const selected = await first.evaluate((block) => {
      getSelection()?.selectAllChildren(block);
      return getSelection()?.toString() ?? '';
    });
    expect(selected.length).toBeGreaterThan(0);
    await waitForStatus(page, 1, 'complete');
    // The finished answer is the same one on screen (not drawn anew), so the selection holds.
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe(selected);
    expect(await distanceFromBottom()).toBeLessThan(40);
  });

  it('keeps only the blocks near the view of one very long answer in the DOM', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New conversation' }).click();
    await send(page, 'A very long answer [[sim reply=markdown tokens=8000 rate=4000]]');
    const answer = await waitForStatus(page, 1, 'complete');
    const chunks = answer.locator('.md-chunk');
    const blocksIn = (chunk: Locator) => chunk.locator('.md-block').count();
    const chunkCount = await chunks.count();
    expect(chunkCount).toBeGreaterThan(8);

    // At the end of the answer: its last blocks are on screen, its first ones are not in the DOM.
    expect(await distanceFromBottom()).toBeLessThan(40);
    expect(await answer.locator('.md-block').last().isVisible()).toBe(true);
    await expect.poll(() => blocksIn(chunks.first())).toBe(0);
    await expect.poll(() => answer.locator('.md-block').count()).toBeLessThan(chunkCount * 8);

    // At its start: the first blocks are back and the last full chunks have left.
    for (let i = 0; i < 10 && (await scrollTop()) > 0; i += 1) {
      await thread().evaluate((el) => el.scrollTo({ top: 0 }));
      await page.waitForTimeout(100);
    }
    await expect.poll(() => blocksIn(chunks.first())).toBe(16);
    expect(await chunks.first().locator('.md-block').first().isVisible()).toBe(true);
    await expect.poll(() => blocksIn(chunks.nth(chunkCount - 2))).toBe(0);
  });

  it('keeps the turn being read in place when older turns load above it', async () => {
    const { page } = app;
    const imported = await app.host.invoke('importHistory', { content: conversationExport(600) });
    expect(imported.ok).toBe(true);
    await page.reload();
    const nav = page.getByRole('navigation', { name: 'Conversations' });
    await nav.getByRole('button', { name: /^Scrolling through a long thread/ }).click();
    await page.getByText('Answer number 600.').waitFor();
    expect(await distanceFromBottom()).toBeLessThan(40);

    // Up to the oldest loaded turn.
    for (let i = 0; i < 30 && (await scrollTop()) > 0; i += 1) {
      await thread().evaluate((el) => el.scrollTo({ top: 0 }));
      await page.waitForTimeout(50);
    }
    const firstPrompt = page.locator('.turn__prompt').first();
    const oldest = (await firstPrompt.innerText()).trim();
    expect(oldest).toMatch(/^Question \d+$/);
    expect(oldest).not.toBe('Question 1');
    const reading = page.locator('.turn__prompt', { hasText: new RegExp(`^${oldest}$`) });
    const yBefore = (await reading.boundingBox())?.y ?? Number.NaN;

    await page.getByRole('button', { name: 'Load older messages' }).click();
    // Older turns are now above it, and the turn the user was reading has not moved.
    await expect
      .poll(async () => (await firstPrompt.innerText()).trim() !== oldest, { timeout: 10_000 })
      .toBe(true);
    await page.waitForTimeout(300);
    const yAfter = (await reading.boundingBox())?.y ?? Number.NaN;
    expect(Math.abs(yAfter - yBefore)).toBeLessThan(4);
    expect(await page.locator('.turn').count()).toBeLessThan(30);
  });
  it('opens a search hit far from the end with its answer in view, and keeps it there', async () => {
    const { page } = app;
    // The 600-turn conversation imported above, opened from an empty workspace: turn 500 is a
    // hundred turns before the end.
    await page.getByRole('button', { name: 'New conversation' }).click();
    await page.getByRole('searchbox', { name: 'Search history' }).fill('500');
    const results = page.getByRole('region', { name: 'Search results' });
    await results.locator('.search-hit', { hasText: 'Answer number 500.' }).click();
    const revealed = page.locator('.answer--revealed');
    await revealed.waitFor();
    expect(await revealed.innerText()).toContain('Answer number 500.');
    const inView = async () => {
      const [box, view] = [await revealed.boundingBox(), await thread().boundingBox()];
      return !!box && !!view && box.y < view.y + view.height && box.y + box.height > view.y;
    };
    await expect.poll(inView).toBe(true);
    await page.waitForTimeout(500);
    expect(await inView()).toBe(true);
    expect(await distanceFromBottom()).toBeGreaterThan(1000);
  });
});
