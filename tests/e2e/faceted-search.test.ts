// History search by facets in Chromium: a cloud, a status and a cost range narrow the hits (text
// optional), hits come grouped by conversation with snippets free of Markdown syntax, and
// opening one brings that answer into view, marked, with the prompt focused.
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

async function conversation(prompt: string): Promise<void> {
  const { page } = app;
  await openAiAndAzurePanes(page);
  await send(page, prompt);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-status="streaming"]').length === 0 &&
      document.querySelectorAll('[aria-label^="Answer in pane"]').length >= 2,
  );
}

describe('faceted history search', () => {
  it('narrows by cloud, status and cost, groups by conversation, and opens a hit in view', async () => {
    const { page } = app;
    await conversation('Lighthouse keepers [[sim reply=markdown rate=0]]');
    await conversation('Zanzibar spices [[sim rate=0]] [[sim@azure-openai fault=server]]');

    const search = page.getByRole('searchbox', { name: 'Search history' });
    await page.getByRole('button', { name: /^Filters/ }).click();
    const filters = page.getByRole('group', { name: 'Search filters' });

    // A facet alone is a search: every failed answer.
    await filters.getByLabel('Status').selectOption({ label: 'Failed' });
    const results = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => results.locator('.search-hit').count()).toBe(1);
    expect(await results.locator('.search-group__title').allInnerTexts()).toEqual([
      expect.stringContaining('Zanzibar'),
    ]);
    expect(await results.locator('.search-hit__meta').innerText()).toMatch(
      /^Azure OpenAI · gpt-4o-prod · .*failed/,
    );

    // A cloud alone: its answers in every conversation, grouped by conversation.
    await filters.getByLabel('Status').selectOption({ label: 'Any status' });
    await filters.getByLabel('Cloud').selectOption({ label: 'OpenAI' });
    await expect.poll(() => results.locator('.search-group__title').count()).toBe(2);
    for (const meta of await results.locator('.search-hit__meta').allInnerTexts()) {
      expect(meta).toMatch(/^OpenAI · gpt-4o · /);
    }

    // Text and a cloud together; the Markdown answer's snippet reads as plain words.
    await search.fill('bold');
    await expect.poll(() => results.locator('.search-hit').count()).toBe(1);
    const snippet = results.locator('.search-hit__snippet');
    expect(await snippet.locator('mark').first().innerText()).toBe('bold');
    expect(await snippet.innerText()).not.toMatch(/\*\*|`|\[|\]\(/);

    // A cost range no answer falls in leaves nothing.
    await filters.getByLabel('Cost at least ($)').fill('1000');
    await expect.poll(() => results.locator('.search-hit').count()).toBe(0);
    await filters.getByLabel('Cost at least ($)').fill('');
    await expect.poll(() => results.locator('.search-hit').count()).toBe(1);

    // Opening a hit: its answer is marked in its pane, and the prompt has the focus.
    await results.locator('.search-hit').first().click();
    await page.locator('.answer--revealed').waitFor();
    expect(await page.locator('.answer--revealed').count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toBe('Message');
    await waitForStatus(page, 1, 'complete');
  });
});
