// Time to first token as the harness can see it, per pane, split where the app's own work is:
// - Enter in the page → the first text-delta event reaching the page (renderer send, bridge,
//   main process, SDK, simulator HTTP), minus the simulator's configured first-token delay;
// - that event → the pane's first text in the DOM, → the rendering update that painted it (Paint
//   Timing's paintTime) and → that frame's presentation (Element Timing's renderTime, when
//   Chromium's compositor shows it): the renderer-added part.
// The bridge is a loopback WebSocket standing in for Electron IPC, and the simulator, main
// services and Playwright share this one Node process, so the first part reads high.
// Beside it, turn for turn, the floor of the method (first-token-floor.ts): a bare page timed by
// the same probe, given the events of the same turn streamed through another copy of the app's
// backend.
// Both pages are served cross-origin isolated, for Element Timing's precision (first-token-probe.ts).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CloudSimulator } from '../../tests/simulator/cloud-simulator';
import { openFloorPage } from './first-token-floor';
import { ISOLATION_HEADERS, MESSAGE_CLOCK, PROBE, type ProbeResult } from './first-token-probe';
import { openAppWithFourPanes, waitForFourAnswers } from './open-app';

/** One sample per pane per turn, ms. */
export interface FirstTokenSamples {
  eventToDom: number[];
  /** → the end of the rendering update that painted it (Paint Timing's paintTime). */
  eventToPaint: number[];
  /** → the frame's presentation (Element Timing's renderTime). */
  eventToFrame: number[];
}

export interface FirstTokenFigures extends FirstTokenSamples {
  turns: number;
  simulatorTtftMs: number;
  enterToEvent: number[];
  /** The bare page's figures, measured turn for turn with the app's. */
  floor: FirstTokenSamples;
}

/**
 * Serves the harness's document with the isolation headers. A document fulfilled from here has no
 * loopback address, so Chromium's local-network checks would refuse the bridge's WebSocket
 * without the permission granted.
 */
export async function isolate(context: BrowserContext): Promise<void> {
  await context.addInitScript(MESSAGE_CLOCK);
  await context.grantPermissions(['local-network-access']);
  await context.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...ISOLATION_HEADERS } });
    },
  );
}

const SIM_TTFT_MS = 20;

/** A short answer per pane, the same for the app and the floor. */
export function firstTokenPrompt(turn: number): string {
  return `Say hello ${turn} [[sim ttft=${SIM_TTFT_MS} rate=200 tokens=20]]`;
}

export async function oneTurn(page: Page, turn: number): Promise<ProbeResult> {
  // A new conversation each turn, so each pane holds exactly one answer.
  await page.keyboard.press('Control+n');
  await page.locator('.pane__empty').nth(3).waitFor();
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill(firstTokenPrompt(turn));
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
  const app = await openAppWithFourPanes(browser, simulator, isolate);
  const floor = await openFloorPage(browser, simulator).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  try {
    if (!(await app.page.evaluate('crossOriginIsolated'))) {
      throw new Error('The app page is not cross-origin isolated: Element Timing would be coarse.');
    }
    // One unmeasured turn warms the SDK clients and connections, as for a user's second question.
    await oneTurn(app.page, 0);
    await floor.turn(firstTokenPrompt(0));
    const figures: FirstTokenFigures = {
      turns,
      simulatorTtftMs: SIM_TTFT_MS,
      enterToEvent: [],
      eventToDom: [],
      eventToPaint: [],
      eventToFrame: [],
      floor: { eventToDom: [], eventToPaint: [], eventToFrame: [] },
    };
    for (let turn = 1; turn <= turns; turn += 1) {
      const result = await oneTurn(app.page, turn);
      addSamples(figures, result);
      for (const event of Object.values(result.event)) {
        figures.enterToEvent.push(event - result.enter - SIM_TTFT_MS);
      }
      addSamples(figures.floor, await floor.turn(firstTokenPrompt(turn)));
    }
    return figures;
  } finally {
    await floor.close();
    await app.close();
  }
}

function addSamples(samples: FirstTokenSamples, result: ProbeResult): void {
  for (const [paneId, event] of Object.entries(result.event)) {
    const dom = result.dom[paneId];
    const paint = result.paint[paneId];
    const frame = result.frame[paneId];
    if (dom !== undefined) samples.eventToDom.push(dom - event);
    if (paint !== undefined) samples.eventToPaint.push(paint - event);
    if (frame !== undefined) samples.eventToFrame.push(frame - event);
  }
}
