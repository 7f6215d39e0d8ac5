// A corpus of hostile Markdown and HTML, streamed back by a cloud (the simulator echoes the
// prompt) and rendered in real Chromium: markup that runs script, event handlers, script-bearing
// URL schemes, SVG with script, CSS that hides or covers the page, a huge table, deep nesting and
// a 1 MB single line. Nothing executes, nothing navigates or opens, and the app works afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { send, waitForStatus } from './support/workspace-page';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ withProfiles: ['sim-openai'] });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

// Every payload, if it ran, would set window.__pwned to its own name.
const MARKUP_CORPUS = [
  `<script>window.__pwned='script'</script>`,
  `<img src=x onerror="window.__pwned='img-onerror'">`,
  `<svg onload="window.__pwned='svg-onload'"><script>window.__pwned='svg-script'</script></svg>`,
  `<iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
  `<object data="javascript:parent.__pwned='object'"></object>`,
  `<embed src="data:text/html,<script>parent.__pwned='embed'</script>">`,
  `<a href="#" onclick="window.__pwned='onclick'">onclick link</a>`,
  `<div onmouseover="window.__pwned='hover'">hover me</div>`,
  `<details open ontoggle="window.__pwned='toggle'"><summary>x</summary></details>`,
  `<style>body{display:none !important}</style>`,
  `<div style="position:fixed;inset:0;background:red;z-index:99999">overlay</div>`,
  `<link rel="stylesheet" href="data:text/css,body{display:none}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'">`,
  `<form action="javascript:window.__pwned='form'"><button>submit form</button></form>`,
  `<math><mtext><script>window.__pwned='math'</script></mtext></math>`,
  '',
  `[js link](javascript:window.__pwned='js-link')`,
  `[mixed case js](JaVaScRiPt:window.__pwned='js-case')`,
  `[tab in js](jav&#x09;ascript:window.__pwned='js-entity')`,
  `[data link](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0nZGF0YSc8L3NjcmlwdD4=)`,
  `[file link](file:///etc/passwd)`,
  `[vbscript link](vbscript:msgbox("pwned"))`,
  `<javascript:window.__pwned='autolink'>`,
  `![md image js](javascript:window.__pwned='img-md')`,
  `![svg data image](data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned='svg-data'"/>)`,
  `[reference link][r]`,
  '',
  `[r]: javascript:window.__pwned='ref'`,
].join('\n');

function hugeTable(rows: number, columns: number): string {
  const cells = (row: number) =>
    Array.from({ length: columns }, (_, c) => `r${row}c${c} <b onmouseover=x>`).join(' | ');
  const header = Array.from({ length: columns }, (_, c) => `h${c}`).join(' | ');
  const rule = Array.from({ length: columns }, () => '---').join(' | ');
  return [`| ${header} |`, `| ${rule} |`]
    .concat(Array.from({ length: rows }, (_, r) => `| ${cells(r)} |`))
    .join('\n');
}

function deepList(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
}

async function pwned(): Promise<unknown> {
  return app.page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
}

/** Whatever the answers hold, the document has no live markup from them. */
async function expectNothingLive(): Promise<void> {
  const { page } = app;
  const found = await page.evaluate(() => {
    const answers = [...document.querySelectorAll('[aria-label^="Answer in pane"]')];
    const inAnswers = (selector: string) =>
      answers.reduce((n, a) => n + a.querySelectorAll(selector).length, 0);
    const handlerAttributes = [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((attr) => attr.name.toLowerCase().startsWith('on')),
    ).length;
    const badLinks = answers
      .flatMap((a) => [...a.querySelectorAll('a[href]')])
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !/^(https?:|#|mailto:)/i.test(href.trim()));
    const badImages = answers
      .flatMap((a) => [...a.querySelectorAll('img')])
      .filter((img) => !/^https:/i.test(img.getAttribute('src') ?? '')).length;
    return {
      answers: answers.length,
      liveElements: inAnswers(
        'script, iframe, object, embed, svg, style, link, meta, form, math, details',
      ),
      styled: inAnswers('[style]:not(pre *, code *)'),
      handlerAttributes,
      badLinks,
      badImages,
      bodyDisplay: getComputedStyle(document.body).display,
      bodyVisibility: getComputedStyle(document.body).visibility,
    };
  });
  // The checks below look inside the answers: they must have found them.
  expect(found.answers).toBeGreaterThan(0);
  expect(found).toEqual({
    answers: found.answers,
    liveElements: 0,
    styled: 0,
    handlerAttributes: 0,
    badLinks: [],
    badImages: 0,
    bodyDisplay: found.bodyDisplay === 'none' ? 'not none' : found.bodyDisplay,
    bodyVisibility: 'visible',
  });
  expect(await pwned()).toBeUndefined();
  expect(app.dialogs).toEqual([]);
  expect(app.host.openedUrls).toEqual([]);
}

describe('a hostile answer corpus', () => {
  it('renders script, handlers, hostile URL schemes, SVG and CSS injection as inert text', async () => {
    const { page } = app;
    const before = page.url();
    await send(page, `Hostile markup\n\n${MARKUP_CORPUS}\n\n[[sim reply=echo rate=0]]`);
    const answer = await waitForStatus(page, 1, 'complete', 'onclick link');
    // The markup is shown, as text.
    expect(await answer.innerText()).toContain(`<script>window.__pwned='script'</script>`);

    // Clicking and hovering every link and element the answer offers changes nothing.
    const links = answer.locator('a');
    for (let i = 0; i < (await links.count()); i++) await links.nth(i).click();
    await answer.getByText('hover me').first().hover();
    await expect.poll(() => page.url()).toBe(before);
    await expectNothingLive();
  });

  it('renders a huge table, deeply nested lists and quotes, losing and executing nothing', async () => {
    const { page } = app;
    const corpus = [
      // Under the prompt's 200,000-character limit.
      'Big structures',
      hugeTable(200, 12),
      deepList(200),
      `${'> '.repeat(500)}deep quote`,
      '[[sim reply=echo rate=0]]',
    ].join('\n\n');
    await send(page, corpus);
    const answer = await waitForStatus(page, 1, 'complete', 'r199c11');
    expect(await answer.locator('table').count()).toBeGreaterThan(0);
    // Past markdown-it's nesting limit the text is shown as written, not cut off.
    const text = (await answer.textContent()) ?? '';
    expect(text).toContain('deep quote');
    expect(text).toContain('level 199');
    await expectNothingLive();
  });

  // This answer once kept the page busy for about 40 s: with kerning on, Chromium laid the endless
  // word out again at every wrapped line (renderer/src/lib/long-words.ts turns kerning off for
  // such text). The answer arrives whole, nothing runs, and the app works afterwards.
  it('renders a 1 MB single line, and the app works afterwards', async () => {
    const { page } = app;
    // The echo repeats the prompt's one unbroken word ten times: one line of 1,000,000 characters.
    const word = 'A'.repeat(100_000);
    await send(page, `${word} [[sim reply=echo rate=0 tokens=10]]`);
    const answer = page
      .getByLabel('Answer in pane 1', { exact: true })
      .last()
      .and(page.locator('[data-status="complete"]'));
    await expect
      .poll(() => answer.evaluate((el) => (el.textContent ?? '').length), { timeout: 150_000 })
      .toBeGreaterThanOrEqual(1_000_000);

    // Still a working app: the composer takes text and the next answer arrives.
    await send(page, 'Still here? [[sim reply=echo rate=0]]');
    await waitForStatus(page, 1, 'complete', 'Still here?');
    await expectNothingLive();
  }, 240_000);
});
