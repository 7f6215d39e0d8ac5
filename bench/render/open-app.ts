// The app as shipped, in the test harness: the built renderer and the real main-process services
// in a fresh user-data folder, its four panes set to every simulated cloud.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CloudSimulator } from '../../tests/simulator/cloud-simulator';
import { startTestHost } from '../../tests/harness/test-host';
import { VIEWPORT } from './viewport';

const PROFILES = ['sim-openai', 'sim-azure', 'sim-bedrock-keys', 'sim-openai-on-bedrock'];

export interface OpenApp {
  page: Page;
  close(): Promise<void>;
}

export async function openAppWithFourPanes(
  browser: Browser,
  simulator: CloudSimulator,
  /** Runs before the page loads (e.g. the profiler routing requests to a readable build). */
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<OpenApp> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-bench-render-'));
  const host = await startTestHost({ userDataDir, simulator, withProfiles: PROFILES });
  const context = await browser.newContext({ viewport: VIEWPORT });
  const close = async () => {
    await context.close();
    await host.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    await prepare?.(context);
    const page = await context.newPage();
    await page.goto(host.url);
    await page
      .getByRole('combobox', { name: 'Quick preset' })
      .selectOption({ label: 'Every cloud, default model (4 panes)' });
    await page.getByLabel('Pane 4', { exact: true }).waitFor();
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Resolves when every pane's answer to the latest message has finished streaming. */
export async function waitForFourAnswers(page: Page): Promise<void> {
  for (const n of [1, 2, 3, 4]) {
    await page
      .getByLabel(`Answer in pane ${n}`, { exact: true })
      .and(page.locator('[data-status="complete"]'))
      .waitFor({ timeout: 600_000 });
  }
}
