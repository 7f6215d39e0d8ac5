// History in real Chromium: search finds a message and reopens its conversation, the
// conversation survives a restart of the host on the same user data, and an answer full of
// hostile markup executes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { pane, send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai', 'sim-bedrock-keys'] });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('history', () => {
  it('finds a message with full-text search and reopens its conversation with its panes', async () => {
    const { page } = app;
    await send(page, 'Tell me about the quokkarium exhibit [[sim reply=echo]]');
    await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 2, 'complete');

    await page.getByRole('button', { name: 'New conversation' }).click();
    await expect.poll(() => page.getByLabel('Answer in pane 1', { exact: true }).count()).toBe(0);

    await page.keyboard.press('Control+k');
    const search = page.getByRole('searchbox', { name: 'Search history' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('quokkarium');
    const results = page.getByRole('region', { name: 'Search results' });
    const hit = results.getByRole('button').filter({ hasText: 'quokkarium' }).first();
    await hit.waitFor();
    expect(await hit.locator('mark').first().innerText()).toMatch(/quokkarium/i);

    await hit.click();
    const answer = await waitForStatus(page, 1, 'complete');
    expect(await answer.innerText()).toContain('quokkarium exhibit');
    expect(await page.getByRole('article').count()).toBe(2);
    expect(
      await pane(page, 2).getByRole('combobox', { name: 'Provider for pane 2' }).inputValue(),
    ).toBe('sim-bedrock-keys');
  });

  it('renders a hostile answer as text: no dialog, no script, no navigation', async () => {
    const { page, host, dialogs } = app;
    await page.getByRole('button', { name: 'New conversation' }).click();
    const before = page.url();
    await send(page, 'Be hostile [[sim reply=hostile]]');
    const answer = await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 2, 'complete');

    const text = await answer.innerText();
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain("<script>alert('xss')</script>");
    expect(await page.locator('.answer img, .answer script, .answer iframe').count()).toBe(0);
    expect(await page.locator('.answer [onerror], .answer [onclick]').count()).toBe(0);
    expect(await page.locator('.answer a[href^="javascript:" i]').count()).toBe(0);

    await answer.getByText('click me').click();
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before);
    expect(host.openedUrls).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('opens web links only through main, in the user’s browser', async () => {
    const { page, host } = app;
    await send(page, 'Show markdown [[sim reply=markdown]]');
    const answer = await waitForStatus(page, 1, 'complete');
    const before = page.url();
    await answer.getByRole('link', { name: 'a link' }).click();
    await expect.poll(() => host.openedUrls).toEqual(['https://example.com']);
    expect(page.url()).toBe(before);
  });
  // Last: without an OS keychain the keys do not survive the restart.
  it('keeps the conversation after the host restarts on the same user data', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New conversation' }).click();
    await send(page, 'Remember the word heliotropic [[sim reply=echo]]');
    await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 2, 'complete');

    await app.restartHost();

    const conversations = page.getByRole('navigation', { name: 'Conversations' });
    const item = conversations.getByRole('button', { name: /heliotropic/ }).first();
    await item.waitFor();
    await item.click();
    const answer = await waitForStatus(page, 2, 'complete');
    expect(await answer.innerText()).toContain('Remember the word heliotropic');
    // With an OS keychain the keys survive too and a new turn still reaches the clouds; with
    // none, keys were session-only and the pane says which key to set.
    const backend = await app.host.invoke('getCredentialBackend', {});
    const persistent = backend.ok && backend.value.persistent;
    await send(page, 'And again [[sim reply=echo]]');
    if (persistent) {
      const again = await waitForStatus(page, 1, 'complete', 'And again');
      expect(await again.innerText()).toContain('And again');
    } else {
      const failed = await waitForStatus(page, 1, 'error');
      expect(await failed.getByRole('alert').innerText()).toMatch(/key/i);
    }
  });
});
