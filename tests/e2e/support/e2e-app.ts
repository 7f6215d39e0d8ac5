// One app for an e2e file: the cloud simulator, the test host on a temp user-data folder with
// its own keychain service name, and Debian Chromium driven by playwright-core.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startCloudSimulator, type CloudSimulator } from '../../simulator/cloud-simulator';
import { removeKeychainEntries, startTestHost, type TestHost } from '../../harness/test-host';
import { uniqueServiceName } from '../../support/keychain';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/chromium';

export interface E2eApp {
  simulator: CloudSimulator;
  host: TestHost;
  browser: BrowserContext;
  page: Page;
  userDataDir: string;
  /** Dialogs (alert, confirm…) the page tried to open; an answer must never cause one. */
  dialogs: string[];
  /** Stops the host and starts a new one on the same user data and keychain service. */
  restartHost(): Promise<void>;
  close(): Promise<void>;
}

export interface E2eAppOptions {
  withProfiles?: boolean | string[];
  /** Environment the services see, given the simulator (for credential offers). */
  env?: (simulator: CloudSimulator) => Record<string, string | undefined>;
  viewport?: { width: number; height: number };
}

export async function startE2eApp(options: E2eAppOptions = {}): Promise<E2eApp> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-e2e-data-'));
  const browserDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-e2e-browser-'));
  const keychainService = uniqueServiceName();
  const simulator = await startCloudSimulator();
  let host = await startTestHost({
    userDataDir,
    simulator,
    keychainService,
    withProfiles: options.withProfiles ?? false,
    env: options.env?.(simulator),
  });
  const browser = await chromium.launchPersistentContext(browserDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1600, height: 1000 },
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(host.url);

  const app: E2eApp = {
    simulator,
    get host() {
      return host;
    },
    browser,
    page,
    userDataDir,
    dialogs,
    async restartHost() {
      await host.close();
      host = await startTestHost({
        userDataDir,
        simulator,
        keychainService,
        env: options.env?.(simulator),
      });
      await page.goto(host.url);
    },
    async close() {
      await browser.close().catch(() => undefined);
      await host.close();
      await simulator.close();
      await removeKeychainEntries(keychainService);
      await rm(userDataDir, { recursive: true, force: true });
      await rm(browserDir, { recursive: true, force: true });
    },
  };
  return app;
}
