// One baseline run: open its static page, start the page's own token timer, wait for the last
// pane to paint its last token.
import type { Browser } from 'playwright-core';
import { startMeasuring, type RunFigures } from './page-probes';
import { VIEWPORT } from './viewport';

export async function measureBaseline(
  browser: Browser,
  url: string,
  variant: string,
): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const measurement = await startMeasuring(page);
    await page.evaluate('window.__startStream()');
    await page.waitForFunction('window.__done === true', undefined, {
      timeout: 600_000,
      polling: 50,
    });
    return await measurement.finish(variant);
  } finally {
    await context.close();
  }
}
