// First run on a machine whose environment already holds a key: the setup offers it, described
// without its value, and one click makes a working provider.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({
    env: (sim) => ({
      OPENAI_API_KEY: sim.credentials.openaiKey,
      OPENAI_BASE_URL: sim.endpoints.openai,
    }),
  });
});

afterAll(async () => {
  await app?.close();
});

describe('credentials found in the environment', () => {
  it('offers them at first run without showing the key, and uses them on request', async () => {
    const { page, simulator } = app;
    const offers = page.getByRole('heading', { name: 'Found on this computer' });
    await offers.waitFor();
    expect(await page.getByText(/OPENAI_API_KEY/).count()).toBeGreaterThan(0);
    expect(await page.content()).not.toContain(simulator.credentials.openaiKey);

    await page.getByRole('button', { name: 'Use these' }).first().click();
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
    await send(page, 'From the environment [[sim reply=echo]]');
    const answer = await waitForStatus(page, 1, 'complete');
    expect(await answer.innerText()).toContain('From the environment');
  });
});
