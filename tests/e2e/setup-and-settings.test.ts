// First run and settings in real Chromium: the guided setup creates a provider against the
// simulator, validation messages appear next to their fields, keys are write-only, and the
// keyboard shortcuts work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

describe('first run and settings', () => {
  it('guides the first setup: pick a cloud, fill its fields, paste the key, test the connection', async () => {
    const { page, simulator } = app;
    await page.getByRole('heading', { name: 'Set up your first cloud' }).waitFor();
    await page.getByRole('button', { name: /^OpenAI An API key/ }).click();

    const form = page.getByRole('form', { name: 'New provider' });
    await form.getByLabel('Name').fill('My OpenAI');
    await form.getByLabel('API key', { exact: true }).fill(simulator.credentials.openaiKey);
    await form.getByText('Advanced').click();
    // A wrong URL is refused next to its field, in words.
    await form.getByLabel('Endpoint override (optional)').fill('not a url');
    await form.getByRole('button', { name: 'Save and test connection' }).click();
    const fieldError = form.getByRole('alert');
    await fieldError.waitFor();
    expect(await fieldError.innerText()).toMatch(/full URL/i);

    await form.getByLabel('Endpoint override (optional)').fill(simulator.endpoints.openai);
    await form.getByRole('button', { name: 'Save and test connection' }).click();
    const result = page.getByRole('status', { name: 'Connection test result' });
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toMatch(/connected/i);
    // The key never comes back to the page.
    expect(await page.content()).not.toContain(simulator.credentials.openaiKey);

    await page.getByRole('button', { name: 'Start comparing' }).click();
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
    await send(page, 'First question [[sim reply=echo]]');
    const answer = await waitForStatus(page, 1, 'complete');
    expect(await answer.innerText()).toContain('First question');
  });

  it('shows a stored key only as a masked hint and names the credential backend', async () => {
    const { page, simulator } = app;
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('button', { name: 'Edit My OpenAI' }).click();
    const hint = dialog.getByText(/Stored in your keychain\. Set …/);
    await hint.waitFor();
    expect(await hint.innerText()).toContain(simulator.credentials.openaiKey.slice(-4));
    expect(await dialog.getByLabel('API key', { exact: true }).inputValue()).toBe('');
    expect(await page.content()).not.toContain(simulator.credentials.openaiKey);

    const backend = await app.host.invoke('getCredentialBackend', {});
    expect(backend.ok).toBe(true);
    if (backend.ok) {
      await dialog.getByText(backend.value.description).waitFor();
    }
    await dialog.getByRole('button', { name: 'Close settings' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('switches to the dark theme', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await dialog.getByRole('radio', { name: 'Light' }).check();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('light');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('stops streaming with Esc, starts a new conversation with Ctrl+N, aims with Ctrl+2', async () => {
    const { page } = app;
    await send(page, 'Go slowly [[sim reply=echo tokens=200 rate=20]]');
    // The new answer, streaming: the pane's last answer was the previous turn's until it shows.
    await waitForStatus(page, 1, 'streaming');
    await page.keyboard.press('Escape');
    await waitForStatus(page, 1, 'stopped');

    await page.keyboard.press('Control+n');
    await expect.poll(() => page.getByLabel('Answer in pane 1', { exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Add pane' }).click();
    await page.keyboard.press('Control+2');
    const target = page.getByRole('combobox', { name: 'Send to' });
    expect(await target.locator('option:checked').innerText()).toMatch(/^Pane 2/);
    const composer = page.getByRole('textbox', { name: 'Message' });
    await expect.poll(() => composer.evaluate((el) => el === document.activeElement)).toBe(true);
    // Shift+Enter is a new line, not a send.
    await composer.fill('line one');
    await composer.press('Shift+Enter');
    await composer.type('line two');
    expect(await composer.inputValue()).toBe('line one\nline two');
  });

  it('gives every control an accessible name, in the workspace and in settings', async () => {
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    const unnamed = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { ignored: boolean; role?: { value?: string }; name?: { value?: string } }[];
      };
      const controls = ['button', 'textbox', 'combobox', 'checkbox', 'radio', 'searchbox', 'link'];
      const found = nodes.filter((n) => !n.ignored && controls.includes(n.role?.value ?? ''));
      // The tree must hold the page's controls, or an empty list would prove nothing.
      expect(found.length).toBeGreaterThan(10);
      return found.filter((n) => !(n.name?.value ?? '').trim()).map((n) => n.role?.value);
    };
    expect(await unnamed()).toEqual([]);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    expect(await unnamed()).toEqual([]);
    await page.keyboard.press('Escape');
    await cdp.detach();
  });
});
