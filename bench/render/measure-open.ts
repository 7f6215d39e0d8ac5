// Opening a long conversation (DESIGN.md: 2,000 messages to first paint in ≤ 300 ms with a DOM
// that does not grow with its length). Conversations of 200 and 2,000 turns in four panes are
// imported through the app's own import, then opened from the sidebar in turn, alternately. Each
// open is timed in the page from the click to the end of the first frame that holds the newest
// turn (its paint comes before the next task), and the document's elements are counted once the
// list has settled. The time includes loading the newest page of messages from SQLite through the
// harness's WebSocket bridge (Electron's IPC in the app).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestHost } from '../../tests/harness/test-host';
import type { CloudSimulator } from '../../tests/simulator/cloud-simulator';
import { longConversationExport, longTurnId } from '../../tests/support/long-conversation';
import { median } from './report';
import { VIEWPORT } from './viewport';

export const OPEN_SIZES = [200, 2000] as const;

export interface OpenFigures {
  /** Per conversation size (turns): every open's time to first paint, ms, and element count. */
  bySize: Map<number, { openMs: number[]; elements: number[] }>;
}

const title = (turns: number) => `A thread of ${turns} turns`;
const conversationId = (turns: number) => `bench-open-${turns}`;

// Plain JavaScript run in the page (tsx would add helpers to a function the page lacks): clicks
// the conversation in the sidebar and resolves after the frame that draws its newest turn.
const OPEN_IN_PAGE = `(({ name, key }) => {
  const nav = document.querySelector('nav[aria-label="Conversations"]');
  const button = [...(nav ? nav.querySelectorAll('button') : [])].find((b) =>
    (b.textContent || '').startsWith(name));
  if (!button) throw new Error('No conversation named ' + name + ' in the sidebar.');
  const start = performance.now();
  button.click();
  return new Promise((resolve) => {
    const check = () => {
      if (document.querySelector('[data-key="' + key + '"]')) {
        // This frame paints after its animation-frame callbacks; a task queued now runs after.
        setTimeout(() => resolve(performance.now() - start), 0);
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  });
})`;

const COUNT_ELEMENTS = `document.getElementsByTagName('*').length`;

async function settledElementCount(page: Page): Promise<number> {
  const count = () => page.evaluate(COUNT_ELEMENTS) as Promise<number>;
  let previous = -1;
  let current = await count();
  while (current !== previous) {
    await page.waitForTimeout(250);
    previous = current;
    current = await count();
  }
  return current;
}

export async function measureOpen(
  browser: Browser,
  simulator: CloudSimulator,
  opens: number,
): Promise<OpenFigures> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-bench-open-'));
  const host = await startTestHost({ userDataDir, simulator, withProfiles: ['sim-openai'] });
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    for (const turns of OPEN_SIZES) {
      const content = longConversationExport({
        id: conversationId(turns),
        title: title(turns),
        turns,
        panes: 4,
      });
      const imported = await host.invoke('importHistory', { content });
      if (!imported.ok) throw new Error(`Import failed: ${JSON.stringify(imported.error)}`);
    }
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: new RegExp(`^${title(OPEN_SIZES[0])}`) }).waitFor();
    const figures: OpenFigures = { bySize: new Map() };
    // One unmeasured open of each first: the first query and render of a kind warm their caches.
    for (let run = -1; run < opens; run += 1) {
      for (const turns of OPEN_SIZES) {
        const key = longTurnId(conversationId(turns), turns);
        const args = JSON.stringify({ name: title(turns), key });
        const openMs = (await page.evaluate(`${OPEN_IN_PAGE}(${args})`)) as number;
        const elements = await settledElementCount(page);
        if (run < 0) continue;
        const entry = figures.bySize.get(turns) ?? { openMs: [], elements: [] };
        entry.openMs.push(openMs);
        entry.elements.push(elements);
        figures.bySize.set(turns, entry);
      }
    }
    return figures;
  } finally {
    await context.close();
    await host.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

export function printOpen(figures: OpenFigures): void {
  console.log(
    '\nOpening a long conversation (four panes; click in the sidebar → first frame with the ' +
      'newest turn, through the harness bridge; elements in the document once settled):',
  );
  for (const [turns, { openMs, elements }] of figures.bySize) {
    console.log(
      `  ${String(turns).padStart(5)} turns (${turns * 4} answers): open p50 ` +
        `${median(openMs).toFixed(0)} ms, max ${Math.max(...openMs).toFixed(0)} ms over ` +
        `${openMs.length} opens; ${median(elements)} elements (${Math.min(...elements)}–` +
        `${Math.max(...elements)})`,
    );
  }
}
