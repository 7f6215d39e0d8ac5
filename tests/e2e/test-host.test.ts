// The test host only talks to its own page: a WebSocket without this run's token, or from
// another origin, is refused before it reaches the handler map.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestHost, type TestHost } from '../harness/test-host';

let host: TestHost;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'polycloud-chat-host-'));
  host = await startTestHost({ userDataDir: dir });
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

function bridgeUrl(token: string): string {
  const { host: authority } = new URL(host.url);
  return `ws://${authority}/bridge?token=${token}`;
}

function origin(): string {
  return new URL(host.url).origin;
}

function connect(url: string, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
}

describe('test host', () => {
  it('binds to loopback and serves the app with its content security policy', async () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root">');
  });

  it('refuses a WebSocket without the token, with a wrong token, or from another origin', async () => {
    await expect(connect(bridgeUrl(''), { origin: origin() })).rejects.toThrow(/401/);
    await expect(connect(bridgeUrl('0'.repeat(48)), { origin: origin() })).rejects.toThrow(/401/);
    await expect(connect(bridgeUrl(host.token), { origin: 'http://evil.example' })).rejects.toThrow(
      /401/,
    );
  });

  it('answers calls from its own page, validated like the app’s IPC', async () => {
    const socket = await connect(bridgeUrl(host.token), { origin: origin() });
    const reply = (id: number) =>
      new Promise<unknown>((resolve) =>
        socket.on('message', (data) => {
          const message = JSON.parse(String(data)) as { type: string; id: number };
          if (message.type === 'result' && message.id === id) resolve(message);
        }),
      );
    const listed = reply(1);
    socket.send(JSON.stringify({ type: 'call', id: 1, channel: 'listProviders', input: {} }));
    expect(await listed).toEqual({ type: 'result', id: 1, result: { ok: true, value: [] } });
    const invalid = reply(2);
    socket.send(JSON.stringify({ type: 'call', id: 2, channel: 'stopStream', input: {} }));
    expect(await invalid).toMatchObject({
      result: { ok: false, error: { code: 'invalid-input' } },
    });
    socket.close();
  });
});
