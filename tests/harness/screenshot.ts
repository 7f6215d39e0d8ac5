// Refreshes the README's screenshots from the harness: docs/screenshot-compare.png (four clouds
// answering side by side), docs/screenshot-gpt5.png (GPT-5.5 on OpenAI, Azure's v1 API and
// Bedrock through the Responses API, with a reasoning effort and the pane settings open),
// docs/screenshot-verdict.png (a turn's verdict with a version difference),
// docs/screenshot-verdict-streaming.png (the next turn's verdict while one pane still answers) and
// docs/screenshot-leaderboard.png (the leaderboard over what they recorded) and
// docs/screenshot-attachments.png (a chart and a PDF sent to four panes, one of them text-only).
// Run with `npx tsx tests/harness/screenshot.ts`, or name the shots to take
// (`… screenshot.ts attachments`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startCloudSimulator } from '../simulator/cloud-simulator';
import { startTestHost } from './test-host';
import { aimPane, threeReadersAndGptOss } from '../e2e/support/workspace-page';
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
  // Finished code blocks take their colours in an idle moment (idle-highlight.ts).
  await page.waitForFunction(
    () => !document.querySelector('.code-block code[aria-busy="true"]'),
    undefined,
    { timeout: 10_000 },
  );
}

/** Sets pane 1's reasoning effort ('' for the default, not sent) and applies it to every pane. */
async function reasoningEffortOnEveryPane(page: Page, effort: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings for pane 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings for pane 1' });
  await dialog.getByLabel('Reasoning effort').selectOption(effort);
  await dialog.getByRole('button', { name: 'Apply to every pane' }).click();
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
  await reasoningEffortOnEveryPane(page, 'high');
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

/** The next turn's verdict while Bedrock still answers: its row waits, the others are filled. */
async function verdictStreaming(page: Page): Promise<void> {
  await send(
    page,
    'And which is cheapest? [[sim reply=markdown ttft=20 rate=300]] [[sim@openai-on-bedrock rate=12 tokens=90]]',
  );
  const verdict = page.getByRole('region', { name: 'Verdict on turn 3' });
  await verdict.locator('tbody tr[data-status="complete"]').nth(1).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(DOCS, 'screenshot-verdict-streaming.png') });
  await waitForAnswers(page, 3);
}

/** The leaderboard over what the screenshots above recorded. */
async function leaderboard(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Leaderboard' }).click();
  await page.locator('.leaderboard__table tbody tr').first().waitFor({ timeout: 30_000 });
  // Charts draw on the next frame.
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(DOCS, 'screenshot-leaderboard.png') });
}

/** A bar chart drawn in the page, pasted as a screenshot would be, and a one-page PDF attached. */
async function attachments(page: Page): Promise<void> {
  // The leaderboard shot before this one leaves its tab open, where no conversation can start.
  await page.getByRole('tab', { name: 'Compare' }).click();
  await threeReadersAndGptOss(page);
  // The GPT-5.5 shot set a high reasoning effort on every pane; these models take none.
  await reasoningEffortOnEveryPane(page, '');
  await page.keyboard.press('Escape');
  const pdf = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  await page.getByRole('textbox', { name: 'Message' }).evaluate(async (box) => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 300;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no canvas');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, 480, 300);
    [120, 190, 150, 240, 210].forEach((height, i) => {
      g.fillStyle = ['#3b6ef5', '#e8a33d', '#2f9e6e', '#c93c3c', '#7a5af5'][i] ?? '#333';
      g.fillRect(40 + i * 85, 280 - height, 60, height);
    });
    const png = await new Promise<Blob>((done) =>
      canvas.toBlob((b) => done(b as Blob), 'image/png'),
    );
    const data = new DataTransfer();
    data.items.add(new File([png], 'image.png', { type: 'image/png' }));
    box.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await page.locator('.composer__file-input').setInputFiles({
    name: 'Q3 revenue.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(pdf),
  });
  await page.getByRole('list', { name: 'Attached files' }).getByRole('listitem').nth(1).waitFor();
  await page.getByRole('list', { name: 'Files some panes cannot take' }).waitFor();
  await page.screenshot({ path: join(DOCS, 'screenshot-attachments-composer.png') });
  await send(page, 'Does the chart agree with the report? [[sim reply=markdown ttft=20 rate=300]]');
  await waitForAnswers(page, 3);
  await page
    .getByLabel('Answer in pane 4', { exact: true })
    .last()
    .and(page.locator('[data-status="error"]'))
    .waitFor({ timeout: 30_000 });
  await page
    .locator('.pane .virtual-list')
    .evaluateAll((els) => els.forEach((el) => el.scrollTo({ top: 0 })));
  await page.screenshot({ path: join(DOCS, 'screenshot-attachments.png') });
}

const SHOTS: Record<string, (page: Page) => Promise<void>> = {
  fourClouds,
  gpt5AcrossClouds,
  verdict,
  verdictStreaming,
  leaderboard,
  attachments,
};

async function main(): Promise<void> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-screenshot-'));
  const simulator = await startCloudSimulator();
  const host = await startTestHost({ userDataDir, simulator, withProfiles: PROFILES });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1120 } });
    await page.goto(host.url);
    const asked = process.argv.slice(2);
    for (const [name, shot] of Object.entries(SHOTS)) {
      if (asked.length === 0 || asked.includes(name)) await shot(page);
    }
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
