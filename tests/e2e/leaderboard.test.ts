// The leaderboard in Chromium, over the answers the app recorded: a row per model family × cloud
// × region with its figures, filters, a vote counted as a win, and the two charts drawn.
import { readFile } from 'node:fs/promises';
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

describe('leaderboard', () => {
  it('aggregates every recorded answer by model and cloud, with filters, wins and charts', async () => {
    const { page } = app;
    await openAiAndAzurePanes(page);
    for (const prompt of [
      'One [[sim rate=0]]',
      'Two [[sim rate=0]]',
      'Three [[sim@azure-openai fault=server]]',
    ]) {
      await send(page, prompt);
      await waitForStatus(page, 1, 'complete');
      await page.waitForFunction(
        () => document.querySelectorAll('[data-status="streaming"]').length === 0,
      );
    }
    await page
      .getByRole('region', { name: 'Verdict on turn 3' })
      .getByRole('button', { name: "Vote pane 1's answer the best" })
      .click();

    await page.getByRole('tab', { name: 'Leaderboard' }).click();
    const board = page.getByRole('region', { name: 'Leaderboard' });
    const rows = board.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    // The row whose Cloud cell is exactly this name ("OpenAI (simulator)" is inside Azure's too).
    const cells = async (cloud: string) => {
      for (const row of await rows.all()) {
        const texts = await row.locator('td').allInnerTexts();
        if (texts[1] === cloud) return texts;
      }
      return [];
    };
    const openai = await cells('OpenAI (simulator)');
    const azure = await cells('Azure OpenAI (simulator)');
    // Model, cloud, region, answers, TTFT p50, TTFT p95, speed, errors, $/1k, spent, wins.
    expect(openai[0]).toBe('gpt-4o');
    expect(openai[3]).toBe('3');
    expect(openai[7]).toBe('0.0%');
    expect(openai[10]).toBe('1');
    expect(azure[7]).toBe('33.3%');
    expect(openai[4]).toMatch(/ms$/);
    expect(openai[8]).toMatch(/^\$/);

    // Both charts are drawn, with a text summary for screen readers.
    const charts = board.locator('canvas[role="img"]');
    expect(await charts.count()).toBe(2);
    expect(await charts.first().getAttribute('aria-label')).toMatch(
      /^Time to first token by cloud: .*OpenAI \(simulator\) median \d+ ms/,
    );

    // Filtering by cloud leaves that cloud's row.
    await board.getByRole('combobox', { name: 'Cloud' }).selectOption({ label: 'Azure OpenAI' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Azure OpenAI (simulator)');

    // The audit trail: one row per answer, never a key.
    const download = page.waitForEvent('download');
    await board.getByRole('button', { name: 'Audit trail (CSV)' }).click();
    const file = await download;
    const csv = await readFile((await file.path()) ?? '', 'utf8');
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header?.split(',').slice(0, 3)).toEqual(['time', 'conversation_id', 'turn_id']);
    expect(lines).toHaveLength(6);
    expect(csv).not.toContain(app.simulator.credentials.openaiKey);

    // Back to the workspace, where everything waited.
    await page.getByRole('tab', { name: 'Compare' }).click();
    expect(await page.getByRole('article').count()).toBe(2);
  });
});
