// The reason the app exists, in real Chromium: GPT-5.5 asked through OpenAI, Azure OpenAI's v1
// API and OpenAI on Bedrock (Mantle), all on the Responses API, with a reasoning effort set for
// every pane. Each pane shows its reasoning summary, the model the cloud says served it and the
// region that served it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { aimPane, metricsOf, send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({
    withProfiles: ['sim-openai-gpt5', 'sim-azure-v1', 'sim-mantle-gpt5'],
  });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

const aim = (number: number, provider: string, model: string) =>
  aimPane(app.page, number, provider, model);

describe('GPT-5.5 on three clouds', () => {
  it('answers one prompt with a reasoning effort in each, showing served model and region', async () => {
    const { page, simulator } = app;
    await page.getByRole('button', { name: 'New conversation' }).click();
    while ((await page.getByRole('article').count()) < 3) {
      await page.getByRole('button', { name: 'Add pane' }).click();
    }
    await aim(1, 'OpenAI GPT-5 (simulator)', 'gpt-5.5');
    await aim(2, 'Azure OpenAI v1 (simulator)', 'gpt-5.5');
    await aim(3, 'OpenAI on Bedrock GPT-5 (simulator)', 'openai.gpt-5.5');

    await page.getByRole('button', { name: 'Settings for pane 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings for pane 1' });
    await dialog.getByLabel('Reasoning effort').selectOption('high');
    await dialog.getByRole('button', { name: 'Apply to every pane' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const before = simulator.requests.length;
    await send(page, 'Which cloud answers fastest? [[sim ttft=20 rate=300]]');
    const expected = [
      { model: 'gpt-5.5-2026-04-23', region: undefined, route: 'openai' },
      { model: 'gpt-5.5', region: 'swedencentral', route: 'azure-openai' },
      { model: 'openai.gpt-5.5', region: 'us-east-2', route: 'openai-on-bedrock' },
    ];
    for (const [index, want] of expected.entries()) {
      const answer = await waitForStatus(page, index + 1, 'complete');
      // The reasoning summary arrived and is shown apart from the answer.
      expect(await answer.getByText('Reasoning', { exact: true }).count()).toBe(1);
      const metrics = await metricsOf(answer);
      expect(metrics.Model, `pane ${index + 1}`).toBe(want.model);
      if (want.region) expect(Object.values(metrics).join(' ')).toContain(want.region);
    }

    // Every cloud was asked on the Responses API, statelessly, with the effort.
    const sent = simulator.requests.slice(before);
    for (const want of expected) {
      const request = sent.find((r) => r.route === want.route);
      expect(request?.path, want.route).toMatch(/\/responses$/);
      expect(request?.body).toMatchObject({ store: false, reasoning: { effort: 'high' } });
    }
  });

  it('fills the panes from "GPT-5.5 across my clouds" and gives the turn a verdict that names a version change', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New conversation' }).click();
    const preset = page.getByRole('combobox', { name: 'Quick preset' });
    const option = preset.locator('optgroup[label="Compare a model across my clouds"] option', {
      hasText: 'GPT-5.5 on',
    });
    expect(await option.innerText()).toBe(
      'GPT-5.5 on OpenAI GPT-5 (simulator), Azure OpenAI v1 (simulator) and OpenAI on Bedrock GPT-5 (simulator) (3 panes)',
    );
    await preset.selectOption('family:gpt-5.5');
    await expect.poll(() => page.getByRole('article').count()).toBe(3);
    const models = await Promise.all(
      [1, 2, 3].map((n) =>
        page.getByRole('combobox', { name: `Model for pane ${n}` }).inputValue(),
      ),
    );
    expect(models).toEqual(['gpt-5.5', 'gpt-5.5', 'openai.gpt-5.5']);

    // Bedrock serves a newer snapshot than OpenAI; Azure names no version at all.
    await send(
      page,
      'Which cloud wins? [[sim ttft=20 rate=300]] [[sim@openai-on-bedrock served=openai.gpt-5.5-2026-06-01]]',
    );
    for (const n of [1, 2, 3]) await waitForStatus(page, n, 'complete');

    const verdict = page.getByRole('region', { name: 'Verdict on turn 1' });
    await verdict.waitFor();
    expect(await verdict.getByRole('note').innerText()).toBe(
      'Versions differ: gpt-5.5-2026-04-23 on OpenAI GPT-5 (simulator), gpt-5.5-2026-06-01 on OpenAI on Bedrock GPT-5 (simulator).',
    );
    const rows = verdict.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await verdict.locator('thead th').allInnerTexts()).toEqual([
      'Pane',
      'TTFT',
      'Speed',
      'Total',
      'Output',
      'Cost',
      'Decide',
    ]);
    expect(await rows.first().locator('th').innerText()).toBe('1. OpenAI GPT-5 (simulator)');
    // Every column has a best value marked among the three complete answers.
    for (const column of [2, 3, 4, 5, 6]) {
      const marked = verdict.locator(`tbody tr td:nth-child(${column}) [aria-label="best"]`);
      expect(await marked.count(), `column ${column}`).toBeGreaterThan(0);
    }
  });
});
