// The floor of the first-token method: a bare page that receives stream-part events over a
// loopback WebSocket, as the harness's bridge delivers them to the app, and appends an answer's
// first text to its pane at once (later text once per frame). The same probe as the app's
// (measure-first-token.ts) times event → first text in the DOM and → its paint (Element Timing),
// so what is left between the app and this page is the app's own.
// Served cross-origin isolated like the app's measured page, for the same timer precision.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { WebSocketServer, type WebSocket } from 'ws';
import { ISOLATION_HEADERS, MESSAGE_CLOCK, PROBE, type ProbeResult } from './first-token-probe';
import { VIEWPORT } from './viewport';

const PANES = 4;
const TOKENS_PER_ANSWER = 20;
const TOKEN_INTERVAL_MS = 5;

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
  const listeners = new Set();
  window.api = { on: (event, listener) => { listeners.add(listener); return () => listeners.delete(listener); } };
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
  listeners.add((streams) => {
    for (const payload of streams) {
      const answer = answers.get(payload.paneId);
      const text = payload.parts.map((part) => part.text).join('');
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
  socket.addEventListener('message', (event) => {
    const payload = JSON.parse(event.data);
    for (const listener of listeners) listener(payload);
  });
  // A new conversation: fresh, empty answers in every pane.
  window.__newTurn = () => {
    const panes = document.querySelector('.panes');
    panes.replaceChildren();
    answers.clear();
    for (let i = 0; i < ${PANES}; i += 1) {
      const pane = document.createElement('div');
      pane.setAttribute('data-pane-id', 'pane-' + i);
      pane.innerHTML = '<div class="answer"><div class="markdown"></div></div>';
      panes.append(pane);
      answers.set('pane-' + i, pane.querySelector('.markdown'));
    }
  };
</script>
</body>
</html>
`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Streams one short answer per pane, the panes starting a few milliseconds apart. */
async function streamTurn(socket: WebSocket, turn: number): Promise<void> {
  await Promise.all(
    Array.from({ length: PANES }, async (_, pane) => {
      await sleep(20 + Math.random() * 30);
      for (let token = 0; token < TOKENS_PER_ANSWER; token += 1) {
        const part = { type: 'text-delta', text: token === 0 ? `Hello ${turn}` : ` word${token}` };
        socket.send(JSON.stringify([{ paneId: `pane-${pane}`, parts: [part] }]));
        await sleep(TOKEN_INTERVAL_MS);
      }
    }),
  );
}

async function oneTurn(page: Page, socket: WebSocket, turn: number): Promise<ProbeResult> {
  await page.evaluate('window.__newTurn()');
  await page.evaluate(PROBE);
  await streamTurn(socket, turn);
  await page.waitForTimeout(100);
  return (await page.evaluate('window.__firstToken')) as ProbeResult;
}

export interface FloorPage {
  page: Page;
  /** Streams one turn to the bare page; the probe's readings. */
  turn(turn: number): Promise<ProbeResult>;
  close(): Promise<void>;
}

export async function openFloorPage(browser: Browser): Promise<FloorPage> {
  const server = createServer((request, response) => {
    response.writeHead(request.url === '/' ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      ...ISOLATION_HEADERS,
    });
    response.end(request.url === '/' ? PAGE : undefined);
  });
  const sockets = new WebSocketServer({ server, path: '/events' });
  const connected = new Promise<WebSocket>((done) => sockets.once('connection', done));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(MESSAGE_CLOCK);
  const close = async () => {
    await context.close();
    sockets.close();
    await new Promise((done) => server.close(done));
  };
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate('window.__ready');
    if (!(await page.evaluate('crossOriginIsolated'))) {
      throw new Error('The floor page is not cross-origin isolated.');
    }
    const socket = await connected;
    return { page, turn: (turn) => oneTurn(page, socket, turn), close };
  } catch (error) {
    await close();
    throw error;
  }
}
