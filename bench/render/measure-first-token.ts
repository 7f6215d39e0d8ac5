// Time to first token as the harness can see it, per pane, split where the app's own work is:
// - Enter in the page → the first text-delta event reaching the page (renderer send, bridge,
//   main process, SDK, simulator HTTP), minus the simulator's configured first-token delay;
// - that event → the pane's first text in the DOM, and → its paint (Element Timing's
//   renderTime): the renderer-added part.
// The bridge is a loopback WebSocket standing in for Electron IPC, and the simulator, main
// services and Playwright share this one Node process, so the first part reads high.
import type { Browser, Page } from 'playwright-core';
import type { CloudSimulator } from '../../tests/simulator/cloud-simulator';
import { openAppWithFourPanes, waitForFourAnswers } from './open-app';

export interface FirstTokenFigures {
  turns: number;
  simulatorTtftMs: number;
  /** One sample per pane per turn, ms. */
  enterToEvent: number[];
  eventToDom: number[];
  eventToFrame: number[];
}

const SIM_TTFT_MS = 20;

// Plain JavaScript run in the page before each Enter. Listens through window.api like the app
// (the harness's bridge calls listeners in order, so this one runs right after the app's).
const PROBE = `(() => {
  const probe = { enter: 0, event: {}, dom: {}, frame: {} };
  window.__firstToken = probe;
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !probe.enter) probe.enter = performance.now();
  }, { capture: true, once: true });
  const off = window.api.on('streamParts', (payload) => {
    if (probe.event[payload.paneId] !== undefined) return;
    if (payload.parts.some((part) => part.type === 'text-delta')) {
      probe.event[payload.paneId] = performance.now();
    }
  });
  const panes = () => [...document.querySelectorAll('[data-pane-id]')];
  const allIn = (record) => panes().every((pane) => record[pane.getAttribute('data-pane-id')] !== undefined);
  const paints = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const id = entry.identifier.replace('first-token-', '');
      if (probe.frame[id] === undefined) probe.frame[id] = entry.renderTime || entry.loadTime;
    }
    if (allIn(probe.frame)) paints.disconnect();
  });
  paints.observe({ type: 'element' });
  const observer = new MutationObserver(() => {
    for (const pane of panes()) {
      const id = pane.getAttribute('data-pane-id');
      if (probe.frame[id] !== undefined) continue;
      const text = pane.querySelector('.answer .markdown');
      if (!text || text.textContent.trim() === '') continue;
      if (probe.dom[id] === undefined) probe.dom[id] = performance.now();
      // Element Timing reports when the text is painted. Marked before the frame's paint, and
      // marked again until reported, as a re-render may replace the element before its paint.
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && node.textContent.trim() === '') node = walker.nextNode();
      const element = node && node.parentElement;
      if (element && !element.hasAttribute('elementtiming')) {
        element.setAttribute('elementtiming', 'first-token-' + id);
      }
    }
    if (allIn(probe.frame)) {
      observer.disconnect();
      off();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

interface ProbeResult {
  enter: number;
  event: Record<string, number>;
  dom: Record<string, number>;
  frame: Record<string, number>;
}

async function oneTurn(page: Page, turn: number): Promise<ProbeResult> {
  // A new conversation each turn, so each pane holds exactly one answer.
  await page.keyboard.press('Control+n');
  await page.locator('.pane__empty').nth(3).waitFor();
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill(`Say hello ${turn} [[sim ttft=${SIM_TTFT_MS} rate=200 tokens=20]]`);
  await page.evaluate(PROBE);
  await composer.press('Enter');
  await waitForFourAnswers(page);
  return (await page.evaluate('window.__firstToken')) as ProbeResult;
}

export async function measureFirstToken(
  browser: Browser,
  simulator: CloudSimulator,
  turns: number,
): Promise<FirstTokenFigures> {
  const app = await openAppWithFourPanes(browser, simulator);
  try {
    // One unmeasured turn warms the SDK clients and connections, as for a user's second question.
    await oneTurn(app.page, 0);
    const figures: FirstTokenFigures = {
      turns,
      simulatorTtftMs: SIM_TTFT_MS,
      enterToEvent: [],
      eventToDom: [],
      eventToFrame: [],
    };
    for (let turn = 1; turn <= turns; turn += 1) {
      const result = await oneTurn(app.page, turn);
      for (const [paneId, event] of Object.entries(result.event)) {
        const dom = result.dom[paneId];
        const frame = result.frame[paneId];
        figures.enterToEvent.push(event - result.enter - SIM_TTFT_MS);
        if (dom !== undefined) figures.eventToDom.push(dom - event);
        if (frame !== undefined) figures.eventToFrame.push(frame - event);
      }
    }
    return figures;
  } finally {
    await app.close();
  }
}
