// What answers cost, as a person sees it in Chromium: where a price came from on hover, an
// estimate said as one (and how the tokens were counted), and the conversation's running total in
// the header with each cloud's share.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { aimPane, lastAnswer, metricsOf, send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai', 'sim-bedrock-keys'] });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

/** Every hover text on an answer's metrics line, joined. */
async function hoverTextOf(answer: Locator): Promise<string> {
  return answer
    .getByLabel('Answer metrics')
    .evaluate((line) =>
      [...line.querySelectorAll('[title]')].map((el) => el.getAttribute('title')).join('\n'),
    );
}

const dollars = (text: string): number => Number(/\$(\d[\d.]*)/.exec(text)?.[1] ?? NaN);

describe('costs', () => {
  it('shows the exact cost of a finished answer with its source, and the running total per cloud', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New conversation' }).click();
    const header = page.getByLabel('Conversation cost');
    expect(await header.count()).toBe(0);
    if ((await page.getByRole('article').count()) < 2) {
      await page.getByRole('button', { name: 'Add pane' }).click();
    }
    await aimPane(page, 1, 'OpenAI (simulator)', 'gpt-4o');
    await aimPane(
      page,
      2,
      'Bedrock access keys (simulator)',
      'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
    );
    await send(page, 'Say hello [[sim ttft=30 rate=200]]');
    const first = await waitForStatus(page, 1, 'complete');
    const second = await waitForStatus(page, 2, 'complete');

    expect((await metricsOf(first)).Cost).toMatch(/^\$\d[\d.]* · prices of \d{4}-\d{2}-\d{2}$/);
    expect(await hoverTextOf(first)).toMatch(
      /List price from genai-prices [\d.]+ \(gpt-4o\), of \d{4}-\d{2}-\d{2}\nPer 1M tokens: input \$2\.5, cached input \$1\.25, output \$10/,
    );

    const costs = [
      dollars((await metricsOf(first)).Cost ?? ''),
      dollars((await metricsOf(second)).Cost ?? ''),
    ];
    await expect.poll(() => header.count()).toBe(1);
    const total = dollars(await header.innerText());
    expect(total).toBeCloseTo(costs[0]! + costs[1]!, 4);
    const perCloud = (await header.getAttribute('title')) ?? '';
    expect(perCloud).toMatch(
      /^OpenAI \(simulator\): \$[\d.]+ · 1 answer · \d+ in \/ \d+ out tokens$/m,
    );
    expect(perCloud).toMatch(/^Bedrock access keys \(simulator\): \$[\d.]+ · 1 answer · /m);
  });

  it('estimates a stopped answer, says how its tokens were counted, and adds it to the total', async () => {
    const { page } = app;
    const header = page.getByLabel('Conversation cost');
    const before = dollars(await header.innerText());
    await send(page, 'Count slowly [[sim reply=echo tokens=60 ttft=20 rate=25]]');
    await expect
      .poll(async () => (await lastAnswer(page, 1).locator('.markdown').count()) > 0, {
        timeout: 15_000,
      })
      .toBe(true);
    await page.getByRole('button', { name: 'Stop pane 1' }).click();
    const stopped = await waitForStatus(page, 1, 'stopped');
    await waitForStatus(page, 2, 'complete', 'Count');

    expect((await metricsOf(stopped)).Cost).toMatch(/^≈ \$\d[\d.]* \(estimated\)/);
    expect(await hoverTextOf(stopped)).toMatch(
      /the app counted \d+ in \/ \d+ out with OpenAI's o200k tokenizer\./,
    );
    await expect.poll(async () => dollars(await header.innerText())).toBeGreaterThan(before);
    expect(await header.innerText()).toMatch(/≈ \$/);
  });
});
