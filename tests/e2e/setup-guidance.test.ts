// Setup that cannot dead-end, in real Chromium against the simulator: every field that needs work
// is flagged at once, the key is required (or explicitly not needed), the test step lists the
// models found and leads back to the form or on to a second cloud, Test connection tests what
// the form holds, and a provider that cannot work is marked where panes pick it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { pane } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

const NOTHING_AT_URL = 'Nothing answers at this URL — check the base URL (does it end in /v1?).';

describe('guided setup', () => {
  it('flags every empty field at once and requires the key', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^OpenAI An API key/ }).click();
    const form = page.getByRole('form', { name: 'New provider' });
    await form.getByLabel('Name').fill('');
    await form.getByRole('button', { name: 'Save and test connection' }).click();

    await expect.poll(() => form.getByRole('alert').count()).toBe(2);
    expect(await form.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    const key = form.getByLabel('API key', { exact: true });
    expect(await key.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('alert').allInnerTexts()).toEqual([
      'Give the provider a name.',
      expect.stringMatching(/^Paste the API key/),
    ]);
  });

  it('tests the saved provider, lists its models to pick the default, and goes back to edit', async () => {
    const { page, simulator } = app;
    const form = page.getByRole('form', { name: 'New provider' });
    await form.getByLabel('Name').fill('My OpenAI');
    await form.getByLabel('API key', { exact: true }).fill(simulator.credentials.openaiKey);
    await form.getByText('Advanced').click();
    await form.getByLabel('Endpoint override (optional)').fill(simulator.endpoints.openai);
    await form.getByRole('button', { name: 'Save and test connection' }).click();

    const result = page.getByRole('status', { name: 'Connection test result' });
    await expect
      .poll(() => result.innerText())
      .toMatch(/^Connected to OpenAI: \d+ models? available/);
    const picker = page.getByRole('combobox', { name: 'Default model' });
    const models = await picker.locator('option').allInnerTexts();
    expect(models.length).toBeGreaterThan(1);
    const chosen = models.at(-1) ?? '';
    await picker.selectOption(chosen);
    await page
      .getByRole('status', { name: 'Save result' })
      .filter({ hasText: `start with ${chosen}` })
      .waitFor();

    await page.getByRole('button', { name: 'Back to edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit My OpenAI' });
    expect(await edit.getByLabel('Name').inputValue()).toBe('My OpenAI');
    await edit.getByRole('button', { name: 'Save and test connection' }).click();
    await expect.poll(() => result.innerText()).toMatch(/^Connected to OpenAI/);
  });

  it('nudges to a second cloud: a local server needs no key, and a wrong URL is named', async () => {
    const { page, simulator } = app;
    await page.getByRole('button', { name: 'Add a second cloud' }).click();
    await page.getByRole('heading', { name: 'Add a second cloud' }).waitFor();
    await page.getByRole('button', { name: /^OpenAI-compatible server/ }).click();

    const form = page.getByRole('form', { name: 'New provider' });
    expect(
      await form.getByRole('checkbox', { name: 'This server needs an API key' }).isChecked(),
    ).toBe(false);
    // The base URL is the endpoint: no second field for it.
    expect(await form.getByLabel(/Endpoint override/).count()).toBe(0);

    const baseUrl = form.getByLabel('Base URL');
    await baseUrl.fill('localhost:11434');
    await form.getByRole('button', { name: 'Use http://localhost:11434/v1' }).click();
    expect(await baseUrl.inputValue()).toBe('http://localhost:11434/v1');

    await baseUrl.fill(`${simulator.endpoints['openai-compatible']}/nothing-here`);
    await form.getByRole('button', { name: 'Test connection', exact: true }).click();
    const result = form.getByRole('status', { name: 'Connection test result' });
    await expect.poll(() => result.innerText()).toBe(NOTHING_AT_URL);

    await baseUrl.fill(simulator.endpoints['openai-compatible']);
    await form.getByRole('button', { name: 'Test connection', exact: true }).click();
    await expect.poll(() => result.innerText()).toMatch(/^Connected/);
    const picker = form.getByRole('combobox', { name: 'Default model' });
    const first = (await picker.locator('option').allInnerTexts()).find((m) => !/Pick/.test(m));
    await picker.selectOption(first ?? '');
    await form.getByRole('button', { name: 'Save and test connection' }).click();
    await expect
      .poll(() => page.getByRole('status', { name: 'Connection test result' }).innerText())
      .toMatch(/^Connected/);
    await page.getByRole('button', { name: 'Start comparing' }).click();
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
  });
});

describe('settings', () => {
  it('offers Bedrock regions and current models, and explains Azure deployments', async () => {
    const { page } = app;
    await page.keyboard.press('Control+,');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog
      .getByRole('combobox', { name: 'Cloud for the new provider' })
      .selectOption('bedrock');
    await dialog.getByRole('button', { name: 'Add provider' }).click();
    const region = dialog.getByRole('combobox', { name: 'AWS region' });
    expect(await region.locator('option').allInnerTexts()).toEqual(
      expect.arrayContaining(['us-east-1', 'us-west-2', 'eu-central-1', 'ap-northeast-1']),
    );
    await region.selectOption('eu-central-1');
    const model = await dialog.getByLabel('Default model').inputValue();
    expect(model).toMatch(/claude-sonnet-4-5/);
    expect(model).not.toMatch(/2024/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await dialog
      .getByRole('combobox', { name: 'Cloud for the new provider' })
      .selectOption('azure-openai');
    await dialog.getByRole('button', { name: 'Add provider' }).click();
    await dialog.getByText(/deployments in the Azure portal .*not model names/).waitFor();
    await dialog.getByText(/Which of your deployments a new pane starts with/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('tests the key typed in the form, confirms a save, and Esc still closes after Test', async () => {
    const { page } = app;
    const opener = page.getByRole('button', { name: 'Settings', exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('button', { name: 'Edit My OpenAI' }).click();
    const form = dialog.getByRole('form', { name: 'Edit My OpenAI' });
    const key = form.getByLabel('API key', { exact: true });
    const result = form.getByRole('status', { name: 'Connection test result' });

    // A wrong key typed but not saved is what gets tested.
    await key.fill('sk-typed-but-wrong-0000000000');
    await form.getByRole('button', { name: 'Test connection', exact: true }).click();
    await expect.poll(() => result.innerText()).toMatch(/rejected/i);
    // Emptied again, the stored key is tested.
    await key.fill('');
    await form.getByRole('button', { name: 'Test connection', exact: true }).click();
    await expect.poll(() => result.innerText()).toMatch(/^Connected/);
    // Focus stayed in the dialog through Edit and Test.
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => form.getByRole('status', { name: 'Save result' }).innerText())
      .toBe('Saved');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('marks a provider that cannot work in the pane picker, with the reason', async () => {
    const { page, host, simulator } = app;
    const saved = await host.invoke('saveProvider', {
      kind: 'openai',
      id: 'keyless',
      name: 'Keyless OpenAI',
      api: 'responses',
      endpoint: simulator.endpoints.openai,
    });
    expect(saved.ok).toBe(true);
    await page.reload();
    const picker = pane(page, 1).getByRole('combobox', { name: 'Provider for pane 1' });
    const option = picker.locator('option', { hasText: 'Keyless OpenAI' });
    expect(await option.innerText()).toBe(
      'Keyless OpenAI (cannot work: no API key saved: add it in Settings)',
    );
    await picker.selectOption('keyless');
    await pane(page, 1)
      .getByRole('alert')
      .filter({ hasText: 'Keyless OpenAI cannot work: no API key saved' })
      .waitFor();
    // Settings' provider list says the same.
    await page.keyboard.press('Control+,');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByText('cannot work: no API key saved: add it in Settings').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
