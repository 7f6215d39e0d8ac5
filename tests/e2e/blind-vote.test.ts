// A blind turn in Chromium: the answers are letters with their clouds, models and figures hidden;
// a vote reveals them and is kept with the answers, marked as cast blind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail } from '../../shared/history';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { lastAnswer, send, waitForStatus, openAiAndAzurePanes } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai', 'sim-azure'] });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('blind mode', () => {
  it('hides who answered until the vote, then reveals it and keeps the vote', async () => {
    const { page, host } = app;
    await openAiAndAzurePanes(page);
    await page.getByRole('checkbox', { name: 'Blind' }).check();
    expect(await page.getByRole('combobox', { name: 'Provider for pane 1' }).isVisible()).toBe(
      false,
    );

    await send(page, 'Say hello [[sim rate=0]]');
    await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 2, 'complete');
    const labels = await Promise.all(
      [1, 2].map((n) => lastAnswer(page, n).locator('.answer__blind-label').innerText()),
    );
    expect([...labels].sort()).toEqual(['Answer A', 'Answer B']);
    expect(await lastAnswer(page, 1).getByLabel('Answer metrics').count()).toBe(0);

    const verdict = page.getByRole('region', { name: 'Verdict on turn 1' });
    expect(await verdict.locator('tbody th').allInnerTexts()).toEqual(['Answer A', 'Answer B']);
    expect(await verdict.innerText()).not.toContain('simulator');
    expect(await verdict.locator('tbody td', { hasText: 'hidden' }).count()).toBe(10);

    // Vote for B, whichever pane it is.
    const paneOfB = labels[0] === 'Answer B' ? 1 : 2;
    await verdict.getByRole('button', { name: 'Vote answer B the best' }).click();

    // Revealed: clouds, figures and the vote.
    await expect
      .poll(() => verdict.locator('tbody th').allInnerTexts())
      .toEqual(['1. OpenAI (simulator)', '2. Azure OpenAI (simulator)']);
    expect(await lastAnswer(page, 1).getByLabel('Answer metrics').count()).toBe(1);
    const pressed = verdict.getByRole('button', { name: `Vote pane ${paneOfB}'s answer the best` });
    expect(await pressed.getAttribute('aria-pressed')).toBe('true');

    // History keeps each answer's part in the vote, marked as cast blind.
    const list = await host.invoke('listConversations', { limit: 1 });
    if (!list.ok) throw new Error(list.error.message);
    const detail = await host.invoke('getConversation', {
      conversationId: list.value.items[0]?.id ?? '',
    });
    if (!detail.ok) throw new Error(detail.error.message);
    const winner = (detail.value as ConversationDetail).panes[paneOfB - 1]?.paneId;
    expect(
      detail.value.messages.map((m) => [m.paneId === winner, m.vote, m.votedBlind]).sort(),
    ).toEqual([
      [false, 'not-best', true],
      [true, 'best', true],
    ]);
  });
});
