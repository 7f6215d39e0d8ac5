// Setting up Azure OpenAI with Microsoft Entra ID in real Chromium: a new Azure profile starts on
// the v1 API and the Responses API, choosing Entra ID takes the key field away and offers a tenant,
// and the connection test and an answer go through the app's own DefaultAzureCredential (here the
// stand-in `az`), showing the region Azure served it from.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { metricsOf, send, waitForStatus } from './support/workspace-page';

const FAKE_AZ_DIR = fileURLToPath(new URL('../support/fake-az', import.meta.url));
const VARS = ['PATH', 'SIM_ENTRA_URL', 'SIM_AZ_ACCOUNT', 'AZURE_TOKEN_CREDENTIALS'];
const saved: Record<string, string | undefined> = {};

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
  for (const name of VARS) saved[name] = process.env[name];
  // The host runs in this process, so the app's credential chain sees these.
  process.env.PATH = `${FAKE_AZ_DIR}:${process.env.PATH ?? ''}`;
  process.env.SIM_ENTRA_URL = app.simulator.entra.url;
  process.env.SIM_AZ_ACCOUNT = 'member';
  // Only the CLI step of the chain: managed identity would probe the network for an Azure host.
  process.env.AZURE_TOKEN_CREDENTIALS = 'AzureCliCredential';
});

afterAll(async () => {
  for (const name of VARS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await app?.close();
});

describe('Azure OpenAI with Microsoft Entra ID', () => {
  it('sets up a profile with no key, tests it and answers with the serving region', async () => {
    const { page, simulator } = app;
    await page.getByRole('heading', { name: 'Set up your first cloud' }).waitFor();
    await page.getByRole('button', { name: /^Azure OpenAI/ }).click();

    const form = page.getByRole('form', { name: 'New provider' });
    await form.getByLabel('Name').fill('Work Azure');
    await form.getByLabel('Resource endpoint').fill(simulator.endpoints['azure-openai']);
    await form.getByLabel('Deployments (comma separated)').fill('gpt-4o-prod');
    expect(await form.getByLabel('API version').inputValue()).toBe('v1');
    expect(await form.getByLabel('API', { exact: true }).inputValue()).toBe('responses');
    await form.getByText('Chat Completions is for servers without the Responses API.').waitFor();
    expect(await form.getByLabel('API key', { exact: true }).count()).toBe(1);

    await form.getByLabel('Sign in with').selectOption({ label: 'Microsoft Entra ID' });
    expect(await form.getByLabel('API key', { exact: true }).count()).toBe(0);
    await form.getByLabel('Tenant ID (optional)').waitFor();
    await form.getByText(/Uses your Azure sign-in on this computer/).waitFor();

    await form.getByRole('button', { name: 'Save and test connection' }).click();
    const result = page.getByRole('status', { name: 'Connection test result' });
    await expect
      .poll(() => result.innerText(), { timeout: 15_000 })
      .toBe('Connected to Azure OpenAI: deployment "gpt-4o-prod" answered.');

    await page.getByRole('button', { name: 'Start comparing' }).click();
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
    await send(page, 'Hello through Entra ID [[sim reply=echo]]');
    const answer = await waitForStatus(page, 1, 'complete');
    expect(await answer.innerText()).toContain('Hello through Entra ID');
    expect(Object.values(await metricsOf(answer)).join(' ')).toContain('swedencentral');

    const sent = simulator.requests.filter((r) => r.route === 'azure-openai');
    // The connection test's one-token request(s) and the answer, all on v1 Responses with a token.
    expect(sent.length).toBeGreaterThanOrEqual(2);
    for (const r of sent)
      expect([r.path, r.auth]).toEqual(['/azure/openai/v1/responses', 'bearer']);
    // One sign-in for all of them: the token is kept in memory between requests.
    expect(simulator.entra.issued).toMatchObject([{ account: 'member', uses: sent.length }]);
  });
});
