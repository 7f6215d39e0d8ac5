// The pane settings popover in real Chromium: opened and closed with the keyboard, controls a
// model cannot take disabled with the reason, a reasoning effort applied to every pane and seen
// on the wire by the cloud simulator in each API's own form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { aimPane, pane, send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({
    withProfiles: ['sim-openai', 'sim-bedrock-keys', 'sim-openai-on-bedrock'],
  });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

const focused = () =>
  app.page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.id ?? el?.tagName ?? '';
  });

const aim = (number: number, provider: string, model: string) =>
  aimPane(app.page, number, provider, model);

describe('pane settings', () => {
  it('sets a reasoning effort for every pane from the keyboard, and each cloud gets it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New conversation' }).click();
    while ((await page.getByRole('article').count()) < 3) {
      await page.getByRole('button', { name: 'Add pane' }).click();
    }
    await aim(1, 'OpenAI (simulator)', 'o4-mini');
    await aim(2, 'Bedrock access keys (simulator)', 'us.anthropic.claude-3-7-sonnet-20250219-v1:0');
    await aim(3, 'OpenAI on Bedrock (simulator)', 'openai.gpt-oss-120b');

    // Opens from its button with the keyboard; the first field takes focus.
    const button = page.getByRole('button', { name: 'Settings for pane 1' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Settings for pane 1' });
    await dialog.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(
      await dialog.getByLabel('System prompt').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    // o4-mini takes no temperature: the control is off and says why.
    expect(await dialog.getByLabel('Temperature').isDisabled()).toBe(true);
    expect(await dialog.innerText()).toContain('o-series reasoning models take no temperature.');

    // Esc closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused()).toBe('Settings for pane 1');

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // Tab past the disabled temperature to max output tokens, then to the effort.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(await dialog.getByLabel('Max output tokens').getAttribute('id'));
    await page.keyboard.press('Tab');
    const effort = dialog.getByLabel('Reasoning effort');
    expect(await effort.evaluate((el) => el === document.activeElement)).toBe(true);
    // Values o4-mini does not take are offered but disabled.
    expect(await effort.locator('option[value="xhigh"]').isDisabled()).toBe(true);
    await effort.selectOption('high');
    await dialog.getByRole('button', { name: 'Apply to every pane' }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused()).toBe('Settings for pane 1');

    // Claude's pane shows it as a thinking budget, with temperature off while thinking.
    await page.getByRole('button', { name: 'Settings for pane 2' }).press('Enter');
    const claude = page.getByRole('dialog', { name: 'Settings for pane 2' });
    await claude.waitFor();
    expect(await claude.getByLabel('Reasoning effort').inputValue()).toBe('high');
    expect(await claude.innerText()).toContain('thinking budget');
    expect(await claude.getByLabel('Temperature').isDisabled()).toBe(true);
    // A click elsewhere closes it too.
    await page.getByRole('textbox', { name: 'Message' }).click();
    await claude.waitFor({ state: 'hidden' });

    const marker = `effort-${Date.now()}`;
    await send(page, `Think it through ${marker} [[sim ttft=10 rate=400]]`);
    for (const n of [1, 2, 3]) await waitForStatus(page, n, 'complete', 'Hello from');

    const bodies = app.simulator.requests
      .filter((r) => r.lastUserText?.includes(marker))
      .map((r) => r.body as Record<string, unknown>);
    expect(bodies).toHaveLength(3);
    expect(bodies).toContainEqual(
      expect.objectContaining({ model: 'o4-mini', reasoning_effort: 'high' }),
    );
    expect(bodies).toContainEqual(
      expect.objectContaining({ model: 'openai.gpt-oss-120b', reasoning_effort: 'high' }),
    );
    expect(bodies).toContainEqual(
      expect.objectContaining({
        additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 16_384 } },
      }),
    );
    // Claude's thinking shows as the answer's reasoning.
    await pane(page, 2).getByText('Reasoning').first().waitFor();

    // The settings come back with the conversation after a reload.
    await app.restartHost();
    await page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: /Think it through/ })
      .first()
      .click();
    await waitForStatus(page, 1, 'complete', 'Hello from');
    await page.getByRole('button', { name: 'Settings for pane 3' }).press('Enter');
    const reopened = page.getByRole('dialog', { name: 'Settings for pane 3' });
    expect(await reopened.getByLabel('Reasoning effort').inputValue()).toBe('high');
    await page.keyboard.press('Escape');
  });

  it('shows a content filter that ended an answer as a plain notice, not a failure', async () => {
    const { page } = app;
    const marker = `filtered-${Date.now()}`;
    await send(page, `Tell me a story ${marker} [[sim fault=content-filter at=4]]`);
    const answer = await waitForStatus(page, 1, 'complete', 'Hello');
    expect(await answer.innerText()).toContain(
      "OpenAI's content filter stopped this answer; the text so far is kept.",
    );
    expect(await answer.getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: 'out/e2e/pane-settings.png' });
  });
});
