// The floor of the first-token method: a bare page that appends an answer's first text to its
// pane at once (later text once per frame), given the app's own stream events. The app's backend
// streams the same prompt to the same four simulated clouds (backend-load.ts), and each message
// it sends is relayed unchanged over a loopback WebSocket, so the page receives what the app's
// page receives, when it would, with the same backend busy on the machine's two cores beside it.
// The same probe as the app's (first-token-probe.ts) times event → first text in the DOM, → its
// paint and → its presentation, so what is left between the app and this page is the app's own.
// Served cross-origin isolated like the app's measured page, for the same timer precision.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CloudSimulator } from '../../tests/simulator/cloud-simulator';
import { startBackendLoad, type BackendLoad } from './backend-load';
import { ISOLATION_HEADERS, MESSAGE_CLOCK, PROBE, type ProbeResult } from './first-token-probe';
import { VIEWPORT } from './viewport';

// Four panes of the app's width, each an answer whose text the probe looks for.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>first-token floor</title>
<style>
  html, body { margin: 0; height: 100%; font: 14px/1.5 system-ui, sans-serif; }
  .panes { display: flex; height: 100%; }
  [data-pane-id] { flex: 1; min-width: 0; overflow: auto; padding: 12px; }
</style>
</head>
<body>
<div class="panes"></div>
<script>
  const listeners = new Map();
  window.api = {
    on: (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    },
  };
  const socket = new WebSocket('ws://' + location.host + '/events');
  window.__ready = new Promise((done) => socket.addEventListener('open', done));
  const answers = new Map();
  let pending = new Map();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    for (const [id, text] of pending) answers.get(id).append(text);
    pending = new Map();
  };
  // The page's own listener first, as the app's is registered before the probe's. A message
  // holds one entry per stream, as main's streamParts messages do.
  window.api.on('streamParts', (streams) => {
    for (const payload of streams) {
      const answer = answers.get(payload.paneId);
      const text = payload.parts
        .filter((part) => part.type === 'text-delta')
        .map((part) => part.delta)
        .join('');
      if (!answer || text === '') continue;
      if (answer.textContent === '') {
        answer.append(text);
        continue;
      }
      pending.set(payload.paneId, (pending.get(payload.paneId) ?? '') + text);
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(flush);
      }
    }
  });
  // The harness bridge's messages, read as its browser side reads them.
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.type !== 'event') return;
    for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
  });
  // A new conversation: fresh, empty answers in every pane.
  window.__newTurn = (paneIds) => {
    const panes = document.querySelector('.panes');
    panes.replaceChildren();
    answers.clear();
    for (const id of paneIds) {
      const pane = document.createElement('div');
      pane.setAttribute('data-pane-id', id);
      pane.innerHTML = '<div class="answer"><div class="markdown"></div></div>';
      panes.append(pane);
      answers.set(id, pane.querySelector('.markdown'));
    }
  };
</script>
</body>
</html>
`;

async function oneTurn(
  page: Page,
  socket: WebSocket,
  backend: BackendLoad,
  prompt: string,
): Promise<ProbeResult> {
  await page.evaluate(`window.__newTurn(${JSON.stringify(backend.paneIds)})`);
  await page.evaluate(PROBE);
  await backend.streamTurn(prompt, (message) => socket.send(message));
  await page.waitForTimeout(100);
  return (await page.evaluate('window.__firstToken')) as ProbeResult;
}

export interface FloorPage {
  page: Page;
  /** Streams one turn of the prompt through the app's backend to the bare page; the readings. */
  turn(prompt: string): Promise<ProbeResult>;
  close(): Promise<void>;
}

export async function openFloorPage(
  browser: Browser,
  simulator: CloudSimulator,
): Promise<FloorPage> {
  const backend = await startBackendLoad(simulator);
  const server = createServer((request, response) => {
    response.writeHead(request.url === '/' ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      ...ISOLATION_HEADERS,
    });
    response.end(request.url === '/' ? PAGE : undefined);
  });
  const sockets = new WebSocketServer({ server, path: '/events' });
  const connected = new Promise<WebSocket>((done) => sockets.once('connection', done));
  let context: BrowserContext | undefined;
  // Everything opened so far, whichever step failed (the backend is a whole host of its own).
  const close = async () => {
    await context?.close();
    sockets.close();
    if (server.listening) await new Promise((done) => server.close(done));
    await backend.close();
  };
  try {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(MESSAGE_CLOCK);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate('window.__ready');
    if (!(await page.evaluate('crossOriginIsolated'))) {
      throw new Error('The floor page is not cross-origin isolated.');
    }
    const socket = await connected;
    return { page, turn: (prompt) => oneTurn(page, socket, backend, prompt), close };
  } catch (error) {
    await close();
    throw error;
  }
}
