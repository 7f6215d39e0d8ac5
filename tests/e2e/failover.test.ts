// Failover as a person sets it up and sees it, in Chromium: a pane on OpenAI told to fall back to
// Azure's deployment of the same model answers from Azure when OpenAI throttles, and says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { aimPane, lastAnswer, metricsOf, send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai', 'sim-azure'] });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('failover', () => {
  it('answers from the fallback cloud when the pane\u2019s cloud throttles, and says so', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New conversation' }).click();
    while ((await page.getByRole('article').count()) > 1) {
      await page
        .getByRole('button', { name: /^Remove pane/ })
        .last()
        .click();
    }
    await aimPane(page, 1, 'OpenAI (simulator)', 'gpt-4o');

    await page.getByRole('button', { name: 'Settings for pane 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings for pane 1' });
    const failover = dialog.getByRole('group', { name: 'Failover' });
    const azure = failover.getByRole('checkbox', {
      name: 'Azure OpenAI (simulator) · gpt-4o-prod',
    });
    expect(await azure.isChecked()).toBe(false);
    await azure.check();
    await dialog.getByRole('button', { name: 'Apply to this pane' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await send(page, 'Hello [[sim@openai fault=rate-limit]]');
    const answer = await waitForStatus(page, 1, 'complete');
    expect(await answer.locator('.answer__failover').innerText()).toMatch(
      /^OpenAI \(simulator\) throttled \(429\) → answered by Azure OpenAI \(simulator\)/,
    );
    expect(await answer.innerText()).toContain('Hello from');
    expect((await metricsOf(answer)).Model).toBe('gpt-4o-2024-08-06');

    // Reopened from history, the answer still says how it came.
    await page.getByRole('button', { name: 'New conversation' }).click();
    await page.getByRole('navigation').getByText('Hello').first().click();
    await expect
      .poll(async () => lastAnswer(page, 1).locator('.answer__failover').count(), {
        timeout: 10_000,
      })
      .toBe(1);
  });
});
