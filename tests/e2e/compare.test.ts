// The compare workspace in real Chromium against the real handler map and the cloud simulator:
// panes streaming side by side with their metrics, stopping one pane, a 429 in one pane, and
// regenerating one answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc';
import { startCloudSimulator, type CloudSimulator } from '../simulator/cloud-simulator';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { lastAnswer, metricsOf, pane, send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({
    withProfiles: ['sim-openai', 'sim-azure', 'sim-bedrock-keys', 'sim-openai-on-bedrock'],
  });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

async function newConversationWithPanes(count: number): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'New conversation' }).click();
  while ((await page.getByRole('article').count()) < count) {
    await page.getByRole('button', { name: 'Add pane' }).click();
  }
  while ((await page.getByRole('article').count()) > count) {
    const last = await page.getByRole('article').count();
    await page.getByRole('button', { name: `Remove pane ${last}` }).click();
  }
}

describe('compare workspace', () => {
  it('runs on a window.api with exactly the preload’s shape', async () => {
    const keys = await app.page.evaluate(() =>
      Object.keys((window as unknown as { api: object }).api).sort(),
    );
    expect(keys).toEqual([...CHANNELS, 'on'].sort());
  });

  it('streams two panes side by side and shows TTFT, tokens, cost and the served model', async () => {
    const { page } = app;
    await newConversationWithPanes(2);
    await send(page, 'Say hello [[sim ttft=30 rate=200]]');

    const first = await waitForStatus(page, 1, 'complete');
    const second = await waitForStatus(page, 2, 'complete');
    expect(await first.innerText()).toContain('Hello from');
    expect(await second.innerText()).toContain('Hello from');

    const metrics = await metricsOf(first);
    expect(metrics.TTFT).toMatch(/^\d+ ms$|^\d+\.\d+ s$/);
    expect(metrics.Tokens).toMatch(/^\d+ in \/ \d+ out$/);
    // The cost says which day's prices it used (gpt-4o through the shipped price data).
    expect(metrics.Cost).toMatch(/^\$\d[\d.]* · prices of \d{4}-\d{2}-\d{2}$/);
    // The exact version the server reported, not the alias that was asked for.
    expect(metrics.Model).toBe('gpt-4o-2024-08-06');
    expect(metrics.Finish).toBe('stop');
    expect((await metricsOf(second)).Speed).toMatch(/tok\/s$/);
  });

  it('copies a finished answer, says so, then offers to copy again', async () => {
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    const first = lastAnswer(page, 1);
    const copy = first.getByRole('button', { name: 'Copy answer in pane 1' });
    await copy.click();
    await expect.poll(() => copy.innerText()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Hello from');
    // The word goes back by itself, and a second copy says so again.
    await expect.poll(() => copy.innerText(), { timeout: 5000 }).toBe('Copy');
    await copy.click();
    await expect.poll(() => copy.innerText()).toBe('Copied');
  });

  it('streams four panes from four clouds at once, Markdown and code included', async () => {
    const { page } = app;
    // The quick preset fills one pane per cloud with that cloud's default model.
    await newConversationWithPanes(1);
    await page
      .getByRole('combobox', { name: 'Quick preset' })
      .selectOption({ label: 'Each provider’s default model (4 panes)' });
    await expect.poll(() => page.getByRole('article').count()).toBe(4);
    expect(await page.getByRole('combobox', { name: 'Model for pane 3' }).inputValue()).toBe(
      'anthropic.claude-3-5-sonnet-20240620-v1:0',
    );
    await send(page, 'Give me the tour [[sim reply=markdown ttft=20 rate=300]]');

    for (const n of [1, 2, 3, 4]) {
      const answer = await waitForStatus(page, n, 'complete');
      await answer.getByRole('table').waitFor();
      // Colours come in an idle moment after the block closes.
      await expect.poll(() => answer.locator('.hljs-keyword').count()).toBeGreaterThan(0);
      expect((await metricsOf(answer)).Tokens).toMatch(/^\d+ in \/ \d+ out$/);
    }
    // Bedrock reports its region; the pane header shows the region the profile implies.
    expect((await metricsOf(lastAnswer(page, 3))).Region).toBe('us-east-1');
    expect(await page.getByLabel('Region for pane 4').innerText()).toBe('us-west-2');

    // A picture for whoever reads a failed CI run (docs/ has its own, from
    // tests/harness/screenshot.ts).
    await page.screenshot({ path: 'out/e2e/compare-four-panes.png' });
  });

  it('stops one pane and keeps its partial answer while the others finish', async () => {
    const { page } = app;
    await newConversationWithPanes(3);
    await send(page, 'Count slowly [[sim reply=echo tokens=60 ttft=20 rate=25]]');

    // Wait for the first words in pane 2, then stop only that pane.
    await expect
      .poll(async () => (await lastAnswer(page, 2).locator('.markdown').count()) > 0, {
        timeout: 15_000,
      })
      .toBe(true);
    await page.getByRole('button', { name: 'Stop pane 2' }).click();

    const stopped = await waitForStatus(page, 2, 'stopped');
    const partial = await stopped.locator('.markdown').innerText();
    expect(partial.length).toBeGreaterThan(0);
    await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 3, 'complete');
    const full = await lastAnswer(page, 1).locator('.markdown').innerText();
    expect(full.length).toBeGreaterThan(partial.length);
  });

  it('prices a stopped answer from counted tokens and says it is an estimate', async () => {
    const { page } = app;
    await newConversationWithPanes(1);
    await send(page, 'Count slowly [[sim reply=echo tokens=60 ttft=20 rate=25]]');
    await expect
      .poll(async () => (await lastAnswer(page, 1).locator('.markdown').count()) > 0, {
        timeout: 15_000,
      })
      .toBe(true);
    await page.getByRole('button', { name: 'Stop pane 1' }).click();
    // OpenAI's gpt-4o sent no usage before the stop, but its tokens were billed.
    const metrics = await metricsOf(await waitForStatus(page, 1, 'stopped'));
    expect(metrics.Cost).toMatch(/^≈ \$\d[\d.]* \(estimated\) · prices of \d{4}-\d{2}-\d{2}$/);
    expect(metrics.Tokens).toMatch(/^≈ \d+ in \/ ≈ \d+ out$/);
  });

  it('shows a 429 in plain words in one pane while the other panes complete', async () => {
    const { page, host } = app;
    // A second simulator that throttles every request stands in for a cloud at its limit.
    const throttled: CloudSimulator = await startCloudSimulator({
      defaults: { fault: 'rate-limit', retryAfter: 3 },
    });
    try {
      const saved = await host.invoke('saveProvider', {
        kind: 'openai',
        id: 'throttled-openai',
        name: 'Throttled OpenAI',
        endpoint: throttled.endpoints.openai,
        defaultModel: 'gpt-4o',
      });
      expect(saved.ok).toBe(true);
      await host.invoke('setSecret', {
        profileId: 'throttled-openai',
        field: 'apiKey',
        value: throttled.credentials.openaiKey,
      });
      await page.reload();
      await newConversationWithPanes(3);
      await pane(page, 1)
        .getByRole('combobox', { name: 'Provider for pane 1' })
        .selectOption({ label: 'Throttled OpenAI' });
      await send(page, 'Are you there?');

      const failed = await waitForStatus(page, 1, 'error');
      const message = await failed.getByRole('alert').innerText();
      expect(message).toMatch(/429|rate|limit|throttl/i);
      expect(message).toMatch(/OpenAI/);
      expect(message).not.toContain(throttled.credentials.openaiKey);
      await waitForStatus(page, 2, 'complete');
      await waitForStatus(page, 3, 'complete');
    } finally {
      // Later tests expect the simulator's own profiles in every pane.
      await host.invoke('deleteProvider', { profileId: 'throttled-openai' });
      await page.reload();
      await throttled.close();
    }
  });

  it('regenerates one pane’s answer as a new version, leaving the others alone', async () => {
    const { page, simulator } = app;
    await newConversationWithPanes(2);
    await send(page, 'Tell me once [[sim ttft=10 rate=400]]');
    await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 2, 'complete');
    const before = simulator.requests.length;
    const firstAnswerText = await lastAnswer(page, 1).innerText();

    await page.getByRole('button', { name: 'Regenerate pane 2' }).click();
    await expect.poll(() => simulator.requests.length).toBe(before + 1);
    await waitForStatus(page, 2, 'complete');

    // One answer on screen per pane for the turn, with the earlier version one click away.
    expect(await pane(page, 2).getByLabel('Answer in pane 2', { exact: true }).count()).toBe(1);
    const versions = pane(page, 2).getByRole('group', { name: 'Versions of the answer in pane 2' });
    await expect.poll(() => versions.innerText()).toContain('2/2');
    await versions.getByRole('button', { name: 'Earlier version' }).click();
    await expect.poll(() => versions.innerText()).toContain('1/2');
    expect(await versions.innerText()).toContain('The next prompt builds on the newest version.');
    await versions.getByRole('button', { name: 'Later version' }).click();
    await expect.poll(() => versions.innerText()).toContain('2/2');
    expect(await lastAnswer(page, 1).innerText()).toBe(firstAnswerText);
  });

  it('replaces the last turn when its prompt is edited, and sends one prompt to one pane', async () => {
    const { page } = app;
    await newConversationWithPanes(2);
    await send(page, 'First draft [[sim reply=echo]]');
    await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 2, 'complete');

    await page.getByRole('button', { name: 'Edit last prompt' }).click();
    const composer = page.getByRole('textbox', { name: 'Message' });
    expect(await composer.inputValue()).toBe('First draft [[sim reply=echo]]');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Editing your last prompt' }).count())
      .toBe(1);
    await composer.fill('Second draft [[sim reply=echo]]');
    await composer.press('Enter');
    for (const n of [1, 2]) {
      const answer = await waitForStatus(page, n, 'complete');
      await expect.poll(() => answer.innerText()).toContain('Second draft');
      // The edited turn replaced the first one: nothing of the first draft is left.
      expect(await pane(page, n).getByText('First draft').count()).toBe(0);
    }

    await page.getByRole('combobox', { name: 'Send to' }).selectOption({ index: 2 });
    await send(page, 'Only you [[sim reply=echo]]');
    const answer = await waitForStatus(page, 2, 'complete', 'Only you');
    await expect.poll(() => answer.innerText()).toContain('Only you');
    expect(await pane(page, 1).getByText('Only you').count()).toBe(0);
    // Pane 1 shows the turn it skipped as a gap, and the next prompt goes to every pane again.
    expect(await pane(page, 1).getByText('Not sent to pane 1').count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Send to' }).inputValue()).toBe('all');
  });

  it('says in words what is missing before sending', async () => {
    const { page } = app;
    await newConversationWithPanes(2);
    const model = page.getByRole('combobox', { name: 'Model for pane 2' });
    const previous = await model.inputValue();
    await model.fill('');
    try {
      await send(page, 'Hello?');
      const alert = page.getByRole('region', { name: 'Compare workspace' }).getByRole('alert');
      await expect.poll(() => alert.first().innerText()).toContain('Pick a model in pane 2.');
      // Nothing was sent, and the prompt is still there to send once fixed.
      expect(await page.getByRole('textbox', { name: 'Message' }).inputValue()).toBe('Hello?');
    } finally {
      await model.fill(previous);
    }
  });

  /** Two panes, each with a long answer finished: their threads, and how each is scrolled. */
  async function twoLongAnswers() {
    const { page } = app;
    await newConversationWithPanes(2);
    await send(page, 'A long one [[sim reply=markdown tokens=600 rate=0]]');
    await waitForStatus(page, 1, 'complete');
    await waitForStatus(page, 2, 'complete');
    const threads = page.locator('.pane .virtual-list');
    return {
      threads,
      scrollTops: () => threads.evaluateAll((els) => els.map((el) => Math.round(el.scrollTop))),
      fromBottom: () =>
        threads.evaluateAll((els) =>
          els.map((el) => el.scrollHeight - el.scrollTop - el.clientHeight),
        ),
    };
  }

  it('scrolls panes together when sync scroll is on', async () => {
    const { page } = app;
    const { threads, scrollTops, fromBottom } = await twoLongAnswers();
    // Both follow the end of their answers, and keep it in view once they finish (the bar that
    // appears under the threads then takes room from them).
    expect(Math.min(...(await scrollTops()))).toBeGreaterThan(500);
    await expect.poll(async () => Math.max(...(await fromBottom()))).toBeLessThan(4);

    await page.getByRole('checkbox', { name: 'Sync scroll' }).check();
    await threads.first().evaluate((el) => el.scrollTo({ top: 0 }));
    await expect.poll(async () => (await scrollTops())[1]).toBeLessThan(50);

    await page.getByRole('checkbox', { name: 'Sync scroll' }).uncheck();
    await threads.first().evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(200);
    expect((await scrollTops())[1]).toBeLessThan(50);
  });

  it('leaves a synchronised pane where the scroll put it when its thread resizes in that frame', async () => {
    const { page } = app;
    const { threads, scrollTops, fromBottom } = await twoLongAnswers();
    // Both follow their ends.
    await expect.poll(async () => Math.max(...(await fromBottom()))).toBeLessThan(4);
    await page.getByRole('checkbox', { name: 'Sync scroll' }).check();
    // Pane 1 goes to the top; in the frame whose scroll step moves pane 2 after it, pane 2's
    // thread gets shorter (as when the verdict bar under the panes grows), after that step and
    // before its resize is observed.
    await threads.evaluateAll(
      (els) =>
        new Promise<void>((done) => {
          const [first, second] = els as HTMLElement[];
          if (!first || !second) throw new Error('two threads expected');
          first.scrollTop = 0;
          requestAnimationFrame(() => {
            second.style.maxHeight = `${second.clientHeight - 40}px`;
            // Two frames: the resize observed, and any scroll it caused heard.
            requestAnimationFrame(() => requestAnimationFrame(() => done()));
          });
        }),
    );
    const tops = await scrollTops();
    expect(tops[0]).toBe(0);
    expect(tops[1]).toBeLessThan(50);
    await threads.nth(1).evaluate((el) => (el.style.maxHeight = ''));
    await page.getByRole('checkbox', { name: 'Sync scroll' }).uncheck();
  });

  it('resizes two panes with the separator between them, by keyboard', async () => {
    const { page } = app;
    await newConversationWithPanes(2);
    const widthOf = async (n: number) => (await pane(page, n).boundingBox())?.width ?? 0;
    const before = [await widthOf(1), await widthOf(2)];
    const separator = page.getByRole('separator', { name: 'Resize panes 1 and 2' });
    await separator.focus();
    for (let i = 0; i < 3; i += 1) await separator.press('ArrowRight');
    await expect.poll(() => widthOf(1)).toBeGreaterThan(before[0]! + 50);
    expect(await widthOf(2)).toBeLessThan(before[1]! - 50);
  });

  it('stacks the panes on a narrow window', async () => {
    const { page } = app;
    await newConversationWithPanes(2);
    const sideBySide = [await pane(page, 1).boundingBox(), await pane(page, 2).boundingBox()];
    expect(sideBySide[1]!.x).toBeGreaterThan(sideBySide[0]!.x + sideBySide[0]!.width - 1);
    await page.setViewportSize({ width: 800, height: 900 });
    try {
      await expect
        .poll(async () => {
          const [a, b] = [await pane(page, 1).boundingBox(), await pane(page, 2).boundingBox()];
          return !!a && !!b && b.y >= a.y + a.height - 1 && Math.abs(a.x - b.x) < 2;
        })
        .toBe(true);
    } finally {
      await page.setViewportSize({ width: 1600, height: 1000 });
    }
  });
});
