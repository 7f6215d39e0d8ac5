// One baseline run: open its static page, start the page's own token timer (and, with a backend
// load, the app's backend streaming the same four answers unshown), wait for the last pane to
// paint its last token.
import type { Browser } from 'playwright-core';
import { startHostCpu, startMeasuring, type RunFigures } from './page-probes';
import { VIEWPORT } from './viewport';

export async function measureBaseline(
  browser: Browser,
  url: string,
  variant: string,
  /** Streams the workload's turn through the app's backend, unshown (backend-load.ts). */
  streamBackend?: () => Promise<void>,
): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const measurement = await startMeasuring(page);
    const hostCpu = startHostCpu();
    // Started with the page's feed: both pace the same tokens from the same first-token delay.
    // Its failure is kept until the page is done with, then thrown.
    const backend = streamBackend?.().then(
      () => undefined,
      (error: unknown) => error,
    );
    await page.evaluate('window.__startStream()');
    await page.waitForFunction('window.__done === true', undefined, {
      timeout: 600_000,
      polling: 50,
    });
    const hostCpuPercent = streamBackend ? hostCpu() : undefined;
    const figures = await measurement.finish(variant);
    const failed = await backend;
    if (failed) throw failed;
    return hostCpuPercent === undefined ? figures : { ...figures, hostCpuPercent };
  } finally {
    await context.close();
  }
}
