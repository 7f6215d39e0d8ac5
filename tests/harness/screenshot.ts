// Refreshes the README's screenshots from the harness: docs/screenshot-compare.png (four clouds
// answering side by side), docs/screenshot-gpt5.png (GPT-5.5 on OpenAI, Azure's v1 API and
// Bedrock through the Responses API, with a reasoning effort and the pane settings open),
// docs/screenshot-verdict.png (a turn's verdict with a version difference) and
// docs/screenshot-leaderboard.png (the leaderboard over what they recorded).
// Run with `npx tsx tests/harness/screenshot.ts`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startCloudSimulator } from '../simulator/cloud-simulator';
import { startTestHost } from './test-host';
import { aimPane } from '../e2e/support/workspace-page';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

const DOCS = resolve(import.meta.dirname, '../../docs');
const PROFILES = [
  'sim-openai',
  'sim-azure',
  'sim-bedrock-keys',
  'sim-openai-on-bedrock',
  'sim-openai-gpt5',
  'sim-azure-v1',
  'sim-mantle-gpt5',
];

async function waitForAnswers(page: Page, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    await page
      .getByLabel(`Answer in pane ${n}`, { exact: true })
      .last()
      .and(page.locator('[data-status="complete"]'))
      .waitFor({ timeout: 30_000 });
  }
}

async function send(page: Page, prompt: string): Promise<void> {
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill(prompt);
  await composer.press('Enter');
}

async function fourClouds(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Quick preset' }).selectOption({
    label: `Default model of the first 4 of ${PROFILES.length} providers (4 panes)`,
  });
  await send(page, 'Give me the tour [[sim reply=markdown ttft=20 rate=300]]');
  await waitForAnswers(page, 4);
  await page
    .locator('.pane .virtual-list')
    .evaluateAll((els) => els.forEach((el) => el.scrollTo({ top: 0 })));
  await page.screenshot({ path: join(DOCS, 'screenshot-compare.png') });
}

async function gpt5AcrossClouds(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New conversation' }).click();
  while ((await page.getByRole('article').count()) > 3) {
    const last = await page.getByRole('article').count();
    await page.getByRole('button', { name: `Remove pane ${last}` }).click();
  }
  const aim = (n: number, provider: string, model: string) => aimPane(page, n, provider, model);
  await aim(1, 'OpenAI GPT-5 (simulator)', 'gpt-5.5');
  await aim(2, 'Azure OpenAI v1 (simulator)', 'gpt-5.5');
  await aim(3, 'OpenAI on Bedrock GPT-5 (simulator)', 'openai.gpt-5.5');
  await page.getByRole('button', { name: 'Settings for pane 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings for pane 1' });
  await dialog.getByLabel('Reasoning effort').selectOption('high');
  await dialog.getByRole('button', { name: 'Apply to every pane' }).click();
  await send(
    page,
    'Explain the Responses API in three points [[sim reply=markdown ttft=20 rate=300]]',
  );
  await waitForAnswers(page, 3);
  await page.getByRole('button', { name: 'Settings for pane 3' }).click();
  await page.screenshot({ path: join(DOCS, 'screenshot-gpt5.png') });
}

/** The verdict strip on a GPT-5.5 turn where Bedrock served a newer snapshot. */
async function verdict(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await send(
    page,
    'Which cloud wins? [[sim reply=markdown ttft=20 rate=300]] [[sim@azure-openai ttft=180]] [[sim@openai-on-bedrock served=openai.gpt-5.5-2026-06-01 ttft=90]]',
  );
  await page
    .getByRole('region', { name: 'Verdict on turn 2' })
    .getByRole('note')
    .waitFor({ timeout: 30_000 });
  await waitForAnswers(page, 3);
  await page.screenshot({ path: join(DOCS, 'screenshot-verdict.png') });
}

/** The leaderboard over what the screenshots above recorded. */
async function leaderboard(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Leaderboard' }).click();
  await page.locator('.leaderboard__table tbody tr').first().waitFor({ timeout: 30_000 });
  // Charts draw on the next frame.
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(DOCS, 'screenshot-leaderboard.png') });
}

async function main(): Promise<void> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-screenshot-'));
  const simulator = await startCloudSimulator();
  const host = await startTestHost({ userDataDir, simulator, withProfiles: PROFILES });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1120 } });
    await page.goto(host.url);
    await fourClouds(page);
    await gpt5AcrossClouds(page);
    await verdict(page);
    await leaderboard(page);
    console.log(`Wrote the screenshots in ${DOCS}`);
  } finally {
    await browser.close();
    await host.close();
    await simulator.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
