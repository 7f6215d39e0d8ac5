// Deciding between answers in Chromium: continue with one answer (by button and by Alt+digit),
// vote, and branch at a turn; what was decided is what the clouds are sent and what history keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import {
  lastAnswer,
  pane,
  send,
  waitForStatus,
  openAiAndAzurePanes,
} from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai', 'sim-azure'] });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

/** The messages OpenAI was sent for the prompt containing `mark`. */
function sentToOpenAi(mark: string): string[] {
  const request = app.simulator.requests.find(
    (r) => r.route === 'openai' && r.lastUserText?.includes(mark),
  );
  const body = request?.body as { messages?: { content: string }[] } | undefined;
  return (body?.messages ?? []).map((m) => m.content);
}

describe('deciding between answers', () => {
  it('continues every pane from the chosen answer, votes, and branches', async () => {
    const { page } = app;
    await openAiAndAzurePanes(page);
    await send(page, 'Say hello [[sim rate=0]]');
    await waitForStatus(page, 1, 'complete');
    const azureText = await (
      await waitForStatus(page, 2, 'complete')
    )
      .locator('.markdown')
      .innerText();

    const verdict = page.getByRole('region', { name: 'Verdict on turn 1' });
    const continueAzure = verdict.getByRole('button', { name: "Continue with pane 2's answer" });
    await continueAzure.click();
    await expect.poll(() => continueAzure.getAttribute('aria-pressed')).toBe('true');

    await send(page, 'And then? [[sim rate=0]] e2e-next');
    await waitForStatus(page, 1, 'complete', 'Hello from');
    await expect.poll(() => lastAnswer(page, 1).getAttribute('data-status')).toBe('complete');
    // OpenAI's pane was sent Azure's answer as the first turn's answer.
    const sent = sentToOpenAi('e2e-next');
    expect(sent).toHaveLength(3);
    expect(sent[1]).toContain('on Azure OpenAI');
    expect(azureText).toContain('on Azure OpenAI');

    // Alt+1 continues the newest turn from pane 1's answer.
    const verdict2 = page.getByRole('region', { name: 'Verdict on turn 2' });
    await page.getByRole('textbox', { name: 'Message' }).press('Alt+1');
    await expect
      .poll(() =>
        verdict2
          .getByRole('button', { name: "Continue with pane 1's answer" })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');

    // A vote is kept with the answers.
    const best = verdict2.getByRole('button', { name: "Vote pane 2's answer the best" });
    await best.click();
    await expect.poll(() => best.getAttribute('aria-pressed')).toBe('true');

    // Branching at turn 1 opens a new conversation holding that turn only.
    await verdict2.getByRole('button', { name: 'Verdict on the previous turn' }).click();
    await page
      .getByRole('region', { name: 'Verdict on turn 1' })
      .getByRole('button', { name: 'Branch here' })
      .click();
    await expect.poll(() => page.locator('.top-bar__title').innerText()).toMatch(/\(branch\)$/);
    await expect
      .poll(() => page.getByRole('region', { name: /^Verdict on turn/ }).getAttribute('aria-label'))
      .toBe('Verdict on turn 1');
    expect(await page.getByRole('region', { name: 'Verdict on turn 2' }).count()).toBe(0);
  });

  it('keeps a row for an answer still streaming, so the panes keep their height as it ends', async () => {
    const { page } = app;
    await page.keyboard.press('Control+n');
    await send(page, 'Who is slower? [[sim rate=0]] [[sim@azure-openai rate=25 tokens=60]]');
    await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 2, 'streaming');

    const verdict = page.getByRole('region', { name: 'Verdict on turn 1' });
    const rows = verdict.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const azureRow = rows.nth(1);
    expect(await azureRow.locator('th').innerText()).toBe(
      '2. Azure OpenAI (simulator) (streaming)',
    );
    expect(await azureRow.locator('td').first().innerText()).toBe('…');
    const continueAzure = verdict.getByRole('button', { name: "Continue with pane 2's answer" });
    expect(await continueAzure.isDisabled()).toBe(true);
    const paneHeight = async () => (await pane(page, 1).boundingBox())?.height ?? 0;
    const before = await paneHeight();

    await waitForStatus(page, 2, 'complete');
    await expect.poll(() => azureRow.locator('th').innerText()).toBe('2. Azure OpenAI (simulator)');
    expect(await azureRow.locator('td').first().innerText()).not.toBe('…');
    expect(await continueAzure.isDisabled()).toBe(false);
    // The bar under the panes did not grow a row as the answer ended.
    expect(await paneHeight()).toBe(before);
  });
});
