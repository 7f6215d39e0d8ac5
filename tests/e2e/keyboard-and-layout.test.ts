// The main flow with the keyboard alone (add a provider, compare in two panes, search, reopen),
// the shortcuts, focus in dialogs and menus; then four panes on a 1280×720 laptop screen: one-line
// headers of equal height, one-line metrics, and a stalled stream that says so.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { lastAnswer, pane, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ viewport: { width: 1280, height: 720 } });
});

afterAll(async () => {
  await app?.close();
});

/** What a screen reader would roughly call the focused element. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label =
      el.getAttribute('aria-label') ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || null) ??
      el.innerText;
    return label.replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused element's name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${String(name)} (last: ${await focusedName(page)})`);
}

const composerFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.id === 'composer-input');

describe('keyboard only', () => {
  it('adds a provider from the guided setup', async () => {
    const { page, simulator } = app;
    await page.getByRole('heading', { name: 'Set up your first cloud' }).waitFor();
    await tabTo(page, /^OpenAI An API key/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Name$/);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Keyboard OpenAI');
    await tabTo(page, /^API key$/);
    await page.keyboard.type(simulator.credentials.openaiKey);
    await tabTo(page, /^Advanced$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Endpoint override/);
    await page.keyboard.type(simulator.endpoints.openai);
    // Enter in a field submits the form: save, then the connection test.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status', { name: 'Connection test result' }).innerText())
      .toMatch(/^Connected/);
    await tabTo(page, /^Start comparing$/);
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
    // One cloud only: the app suggests adding a second, and Settings says how.
    await page.getByRole('button', { name: 'Add a second cloud to compare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByText(/^Comparing is the point: add a second cloud/).waitFor();
    // It starts at the cloud for the new provider, offering one not set up yet.
    const cloud = dialog.getByRole('combobox', { name: 'Cloud for the new provider' });
    await expect.poll(() => cloud.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await cloud.inputValue()).toBe('azure-openai');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('compares in two panes, finds the conversation with search and reopens it', async () => {
    const { page } = app;
    await page.keyboard.press('Control+l');
    await expect.poll(() => composerFocused(page)).toBe(true);
    await tabTo(page, /^Add pane$/);
    await page.keyboard.press('Enter');
    await pane(page, 2).waitFor();

    await page.keyboard.press('Control+l');
    await page.keyboard.type('Tell me about the kestrelarium [[sim reply=echo]]');
    await page.keyboard.press('Enter');
    await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 2, 'complete');

    await page.keyboard.press('Control+n');
    await expect.poll(() => page.getByLabel('Answer in pane 1', { exact: true }).count()).toBe(0);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('kestrelarium');
    const hit = page.getByRole('region', { name: 'Search results' }).locator('.search-hit').first();
    await hit.waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await hit.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const answer = await waitForStatus(page, 1, 'complete');
    expect(await answer.innerText()).toContain('kestrelarium');
    // Opening a result puts the prompt under the fingers.
    await expect.poll(() => composerFocused(page)).toBe(true);
  });

  it('skips to the prompt, and keeps each conversation to one stop behind a menu', async () => {
    const { page } = app;
    await page.reload();
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Skip to the prompt');
    await page.keyboard.press('Enter');
    await expect.poll(() => composerFocused(page)).toBe(true);

    const item = page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('listitem')
      .first();
    // The conversation itself and its actions menu: two stops, not five.
    expect(
      await item.evaluate(
        (li) =>
          [...li.querySelectorAll('button, a, input, select, textarea')].filter(
            (el) => (el as HTMLElement).tabIndex >= 0,
          ).length,
      ),
    ).toBe(2);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Escape');
    await tabTo(page, /^Actions for /);
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await focusedName(page)).toBe('Rename');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Pin');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focusedName(page)).toMatch(/^Actions for /);
  });

  it('lists the shortcuts on "?" and opens Settings with Ctrl+, keeping focus inside', async () => {
    const { page } = app;
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.getByRole('cell', { name: 'Focus the prompt' }).waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+l');
    await page.keyboard.press('Control+,');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    const inside = () => dialog.evaluate((el) => el.contains(document.activeElement));
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe(true);
    }
    await tabTo(page, /^Edit Keyboard OpenAI$/);
    await page.keyboard.press('Enter');
    await dialog.getByRole('form', { name: 'Edit Keyboard OpenAI' }).waitFor();
    await expect.poll(inside).toBe(true);
    await tabTo(page, /^Test connection$/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByRole('status', { name: 'Connection test result' }).innerText())
      .toMatch(/^Connected/);
    expect(await inside()).toBe(true);
    // Leaving the form puts the focus back on the provider's Edit button.
    await tabTo(page, /^Cancel$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Edit Keyboard OpenAI');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Focus is back where it was before Settings opened.
    await expect.poll(() => composerFocused(page)).toBe(true);
  });
});

describe('four panes on a 1280×720 screen', () => {
  it('keeps every pane header on one line of the same height, details on hover', async () => {
    const { page } = app;
    await page.keyboard.press('Control+n');
    while ((await page.getByRole('article').count()) < 4) {
      await page.getByRole('button', { name: 'Add pane' }).click();
    }
    const headers = page.locator('.pane__header');
    const heights = await headers.evaluateAll((els) =>
      els.map((el) => Math.round(el.getBoundingClientRect().height)),
    );
    expect(heights).toHaveLength(4);
    expect(new Set(heights).size).toBe(1);
    expect(heights[0]).toBeLessThanOrEqual(44);
    const model = await page.getByRole('combobox', { name: 'Model for pane 1' }).inputValue();
    const region = await page.getByLabel('Region for pane 1').innerText();
    expect(await headers.first().getAttribute('title')).toBe(
      `Keyboard OpenAI · OpenAI · ${model} · ${region}`,
    );
  });

  it('shows the metrics on one line with all of it on hover', async () => {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Message' }).fill('Short one [[sim reply=echo]]');
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    for (const number of [1, 2, 3, 4]) await waitForStatus(page, number, 'complete');
    const line = lastAnswer(page, 4).getByLabel('Answer metrics');
    const box = await line.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(20);
    const hover = (await line.getAttribute('title')) ?? '';
    expect(hover).toMatch(/^TTFT: /);
    expect(hover).toMatch(
      /\nCost: .*\nTokens: .*\nTotal: .*\nModel: .*\nRegion: .*\nFinish: stop$/,
    );
    // The price keeps its own hover: source and rates.
    expect(await line.locator('dd[title]').first().getAttribute('title')).toMatch(/\S/);
  });

  it('says a silent stream is waiting for the cloud, with a Stop', async () => {
    const { page } = app;
    await page.keyboard.press('Control+1');
    await page.keyboard.type('Hang on [[sim fault=stall]]');
    await page.keyboard.press('Enter');
    const hint = lastAnswer(page, 1)
      .getByRole('status')
      .filter({ hasText: /waiting for the cloud/ });
    await hint.waitFor({ timeout: 20_000 });
    expect(await hint.innerText()).toMatch(/^waiting for the cloud \(\d+ s\)… Stop$/);
    await hint.getByRole('button', { name: 'Stop waiting for pane 1' }).click();
    await waitForStatus(page, 1, 'stopped');
  });
});
