// What the render diagnostics (profile-app.ts, trace-first-token.ts) start and must stop again:
// the cloud simulator, Chromium and, when asked, a readable (unminified) build of the renderer.
// Whatever was started is stopped, in reverse order, however the diagnostic ends.
import { rm } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { startCloudSimulator, type CloudSimulator } from '../../tests/simulator/cloud-simulator';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium';
import { buildReadableRenderer } from './readable-build';

export interface DiagnosticSession {
  browser: Browser;
  simulator: CloudSimulator;
  /** The readable build's folder, when one was asked for. */
  readableDir: string | undefined;
}

export async function withDiagnosticSession<T>(
  options: { readable: boolean },
  run: (session: DiagnosticSession) => Promise<T>,
): Promise<T> {
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const readableDir = options.readable ? await buildReadableRenderer() : undefined;
    if (readableDir) stops.push(() => rm(readableDir, { recursive: true, force: true }));
    const simulator = await startCloudSimulator();
    stops.push(() => simulator.close());
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    stops.push(() => browser.close());
    return await run({ browser, simulator, readableDir });
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}
