// Two answers of a turn compared word by word in Chromium: side by side and inline, how alike they
// are in one line, and the same text on two clouds read as the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { send, waitForStatus, openAiAndAzurePanes } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai', 'sim-azure'] });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

async function askTwoClouds(prompt: string): Promise<void> {
  const { page } = app;
  await openAiAndAzurePanes(page);
  await send(page, prompt);
  await waitForStatus(page, 1, 'complete');
  await waitForStatus(page, 2, 'complete');
}

describe('comparing two answers', () => {
  it('marks the words each cloud wrote alone, side by side and inline, and closes with Esc', async () => {
    const { page } = app;
    await askTwoClouds('Say hello [[sim rate=0]]');
    const open = page.getByRole('button', { name: 'Compare answers…' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Compare answers of turn 1' });
    await dialog.waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Answer A' }).inputValue()).not.toBe(
      await dialog.getByRole('combobox', { name: 'Answer B' }).inputValue(),
    );
    // Each simulated cloud says its own name ("on OpenAI", "on Azure OpenAI"): a word apart.
    expect(await dialog.locator('.answer-diff__similarity').innerText()).toMatch(
      /^\d+% the same words \(\d+ of \d+ in A, \d+ of \d+ in B\)$/,
    );
    const sideA = dialog.getByRole('region', { name: /^Answer A/ });
    const sideB = dialog.getByRole('region', { name: /^Answer B/ });
    expect(await sideA.locator('ins').count()).toBe(0);
    expect(await sideB.locator('ins').allInnerTexts()).toEqual(['Azure ']);
    expect(await sideB.locator('del').count()).toBe(0);

    await dialog.getByRole('radio', { name: 'Inline' }).check();
    const both = dialog.getByRole('region', { name: /^Both answers/ });
    expect(await both.locator('ins').allInnerTexts()).toEqual(['Azure ']);
    expect(await both.innerText()).toContain('on Azure OpenAI');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('reads the same text from two clouds as word for word the same', async () => {
    const { page } = app;
    await askTwoClouds('The same words on both clouds, please. [[sim reply=echo rate=0]]');
    await page.getByRole('button', { name: 'Compare answers…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare answers of turn 1' });
    expect(await dialog.locator('.answer-diff__similarity').innerText()).toMatch(
      /^Word for word the same \(\d+ words\)$/,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
