// "Merge answers" in Chromium: a model the user picks reads the turn's answers and streams one
// into its own row under the turn, marked as a synthesis with its cost; it is still there when the
// conversation is reopened, and it never becomes a pane.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { metricsOf, send, waitForStatus, openAiAndAzurePanes } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai', 'sim-azure'] });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('merge answers', () => {
  it('streams a synthesis under the turn with its cost, kept in history', async () => {
    const { page } = app;
    await openAiAndAzurePanes(page);
    await send(page, 'Tea or coffee? [[sim rate=0]]');
    await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 2, 'complete');

    await page.getByRole('button', { name: 'Merge answers…' }).click();
    const form = page.getByRole('form', { name: 'Merge answers' });
    await form.getByRole('combobox', { name: 'Provider that merges' }).selectOption({
      label: 'Azure OpenAI (simulator)',
    });
    await form.getByRole('textbox', { name: 'Model that merges' }).fill('gpt-4o-prod');
    await form.getByRole('button', { name: 'Merge' }).click();

    const synthesis = page.getByRole('region', { name: 'Synthesis' });
    await synthesis.and(page.locator('[data-status="complete"]')).waitFor();
    expect(await synthesis.locator('.synthesis__label').innerText()).toBe(
      'Synthesis · Azure OpenAI (simulator) · gpt-4o-prod',
    );
    expect(await synthesis.locator('.markdown').innerText()).toContain('Hello from');
    expect((await metricsOf(synthesis)).Cost).toMatch(/^\$\d/);

    // Reopened from history: the synthesis is under its turn, and the workspace has two panes.
    await page.getByRole('button', { name: 'New conversation' }).click();
    await page.getByRole('navigation').getByText('Tea or coffee?').first().click();
    await page.getByRole('region', { name: 'Synthesis' }).waitFor();
    expect(await page.getByRole('article').count()).toBe(2);
  });
});
