// The app as shipped, in the test harness: the built renderer and the real main-process services
// in a fresh user-data folder, its four panes set to every simulated cloud.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CloudSimulator } from '../../tests/simulator/cloud-simulator';
import { startTestHost, type TestHost } from '../../tests/harness/test-host';
import { VIEWPORT } from './viewport';

/** The four panes' providers: every simulated cloud, each at its default model. */
export const APP_PROFILES = [
  'sim-openai',
  'sim-azure',
  'sim-bedrock-keys',
  'sim-openai-on-bedrock',
];

export interface OpenApp {
  page: Page;
  close(): Promise<void>;
}

export interface BenchHost {
  host: TestHost;
  /** Stops the host and removes its user-data folder. */
  close(): Promise<void>;
}

/** The app's main services (test harness) in a fresh user-data folder, with APP_PROFILES saved. */
export async function startBenchHost(simulator: CloudSimulator): Promise<BenchHost> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-bench-render-'));
  const remove = () => rm(userDataDir, { recursive: true, force: true });
  const host = await startTestHost({ userDataDir, simulator, withProfiles: APP_PROFILES }).catch(
    async (error: unknown) => {
      await remove();
      throw error;
    },
  );
  return {
    host,
    close: async () => {
      await host.close();
      await remove();
    },
  };
}

export async function openAppWithFourPanes(
  browser: Browser,
  simulator: CloudSimulator,
  /** Runs before the page loads (e.g. the profiler routing requests to a readable build). */
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<OpenApp> {
  const bench = await startBenchHost(simulator);
  const { host } = bench;
  const context = await browser.newContext({ viewport: VIEWPORT });
  const close = async () => {
    await context.close();
    await bench.close();
  };
  try {
    await prepare?.(context);
    const page = await context.newPage();
    await page.goto(host.url);
    await page
      .getByRole('combobox', { name: 'Quick preset' })
      .selectOption({ label: 'Each provider’s default model (4 panes)' });
    await page.getByLabel('Pane 4', { exact: true }).waitFor();
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

// Plain JavaScript run in the page: resolves once the last answer in each of the four panes is
// complete, checking every 50 ms, as the baselines' waitForFunction polls their flag. It walks
// down from the panes to each thread's last item (querySelector stops at its first match, which
// comes before any answer's content), so a check costs the same however long the answers are; a
// whole-document query over four long answers cost the page ~150 ms per run. The page's CSP
// forbids the string evaluation waitForFunction would use, so the loop is one evaluated promise.
const FOUR_COMPLETE = `new Promise((resolve, reject) => {
  const deadline = performance.now() + 600000;
  const complete = () => {
    const slots = document.querySelector('.panes')?.children ?? [];
    if (slots.length !== 4) return false;
    return [...slots].every((slot) => {
      const items = slot.querySelector('.virtual-list__origin');
      const last = items?.lastElementChild;
      return last?.querySelector('.answer')?.getAttribute('data-status') === 'complete';
    });
  };
  const check = () => {
    if (complete()) resolve(true);
    else if (performance.now() > deadline) reject(new Error('The four answers did not finish in 10 minutes.'));
    else setTimeout(check, 50);
  };
  check();
})`;

/**
 * Resolves when every pane's answer to the latest message has finished streaming. The wait runs
 * in the page: polled from here, each check was a round trip through Playwright, whose Node side
 * (about a fifth of a core while the answers stream, on the machine's two cores) competed with
 * the page it measures; a Playwright locator resolving accessible labels over the whole growing
 * DOM cost the page ~0.4 s of script per run, counted against the app.
 */
export async function waitForFourAnswers(page: Page): Promise<void> {
  await page.evaluate(FOUR_COMPLETE);
}
