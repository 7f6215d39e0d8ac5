// Refreshes docs/screenshot-compare.png: four clouds answering side by side in the harness.
// Run with `npx tsx tests/harness/screenshot.ts`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startCloudSimulator } from '../simulator/cloud-simulator';
import { startTestHost } from './test-host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

const OUTPUT = resolve(import.meta.dirname, '../../docs/screenshot-compare.png');
const PROFILES = ['sim-openai', 'sim-azure', 'sim-bedrock-keys', 'sim-openai-on-bedrock'];

async function main(): Promise<void> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-screenshot-'));
  const simulator = await startCloudSimulator();
  const host = await startTestHost({ userDataDir, simulator, withProfiles: PROFILES });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1120 } });
    await page.goto(host.url);
    await page
      .getByRole('combobox', { name: 'Quick preset' })
      .selectOption({ label: 'Every cloud, default model (4 panes)' });
    const composer = page.getByRole('textbox', { name: 'Message' });
    await composer.fill('Give me the tour [[sim reply=markdown ttft=20 rate=300]]');
    await composer.press('Enter');
    for (const n of [1, 2, 3, 4]) {
      await page
        .getByLabel(`Answer in pane ${n}`, { exact: true })
        .and(page.locator('[data-status="complete"]'))
        .waitFor({ timeout: 30_000 });
    }
    await page
      .locator('.pane .virtual-list')
      .evaluateAll((els) => els.forEach((el) => el.scrollTo({ top: 0 })));
    await page.screenshot({ path: OUTPUT });
    console.log(`Wrote ${OUTPUT}`);
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
