// Serves the built renderer and the REAL main-process handler map to a browser, for tests and
// `npm run harness`. Loopback only, on an OS-chosen port, and every WebSocket must carry this
// run's random token and come from the page's own origin. Never shipped.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { createIpcInvoker, type IpcInvoker } from '../../electron/main/ipc/invoke-handler';
import { isAllowedExternalUrl } from '../../electron/main/security/external-url';
import { createMainServices } from '../../electron/main/services';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/window/content-security-policy';
import type {
  Channel,
  ChannelInput,
  ChannelOutput,
  EventName,
  IpcEvents,
  IpcResult,
} from '../../shared/ipc';
import type { CloudSimulator } from '../simulator/cloud-simulator';
import { loadKeytar } from '../../electron/main/credentials/keytar-like';
import { removeServiceEntries, uniqueServiceName } from '../support/keychain';
import { simulatorProfiles } from '../support/simulator-profiles';
import type { BridgeCall, BridgeMessage } from './bridge-protocol';
import { buildHarnessRenderer } from './build-renderer';

export interface TestHostOptions {
  /** settings.json, profiles.json and history.sqlite live here. */
  userDataDir: string;
  simulator?: CloudSimulator;
  port?: number;
  /**
   * Keychain service name. Defaults to a unique test name whose entries are removed on close;
   * pass one (from uniqueServiceName) to keep keys across a host restart, and remove it yourself.
   */
  keychainService?: string;
  /** Save the simulator's ready profiles (all, or those with these ids) with their keys. */
  withProfiles?: boolean | string[];
  /** Environment seen by the services (credential offers); empty by default. */
  env?: Record<string, string | undefined>;
}

export interface TestHost {
  /** The page to open: http://127.0.0.1:PORT/?token=… */
  url: string;
  token: string;
  keychainService: string;
  /** URLs the app asked main to open in the user's browser. */
  openedUrls: string[];
  /** Calls a channel as the renderer would (validated, wrapped). */
  invoke<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<IpcResult<ChannelOutput<C>>>;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)));
  if (!file.startsWith(root + sep) || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // The app's own policy, as the Electron window sets it.
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404).end();
  }
}

async function seedProfiles(
  invoke: IpcInvoker,
  simulator: CloudSimulator,
  only: boolean | string[],
): Promise<void> {
  const wanted = simulatorProfiles(simulator).filter(
    (entry) => only === true || (Array.isArray(only) && only.includes(entry.profile.id)),
  );
  for (const { profile, credentials, model } of wanted) {
    const saved = await invoke('saveProvider', { ...profile, defaultModel: model });
    if (!saved.ok) throw new Error(`Could not save ${profile.name}: ${saved.error.message}`);
    for (const [field, value] of Object.entries(credentials)) {
      if (!value) continue;
      const stored = await invoke('setSecret', { profileId: profile.id, field, value });
      if (!stored.ok) throw new Error(`Could not store a key: ${stored.error.message}`);
    }
  }
}

export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const rootDir = await buildHarnessRenderer();
  const token = randomBytes(24).toString('hex');
  const ownService = !options.keychainService;
  const keychainService = options.keychainService ?? uniqueServiceName();
  const sockets = new Set<WebSocket>();
  const openedUrls: string[] = [];

  const send = (socket: WebSocket, message: BridgeMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const emit = <E extends EventName>(event: E, payload: IpcEvents[E]) => {
    const message = { type: 'event', event, payload } as BridgeMessage;
    for (const socket of sockets) send(socket, message);
  };

  const services = await createMainServices({
    userDataDir: options.userDataDir,
    keychainService,
    env: options.env ?? {},
    emit,
    openExternal: async (url) => {
      if (isAllowedExternalUrl(url)) openedUrls.push(url);
    },
  });
  const invoke = createIpcInvoker(services.handlers);
  if (options.simulator && options.withProfiles) {
    await seedProfiles(invoke, options.simulator, options.withProfiles);
  }

  const server = createServer((req, res) => void serveStatic(rootDir, req, res));
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 * 1024 });
  let origin = '';

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const allowed =
      url.pathname === '/bridge' &&
      sameToken(url.searchParams.get('token'), token) &&
      req.headers.origin === origin;
    if (!allowed) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => {
        let call: BridgeCall;
        try {
          call = JSON.parse(String(data)) as BridgeCall;
        } catch {
          return;
        }
        if (call.type !== 'call' || typeof call.id !== 'number') return;
        void invoke(String(call.channel), call.input).then((result) =>
          send(ws, { type: 'result', id: call.id, result }),
        );
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: `${origin}/?token=${token}`,
    token,
    keychainService,
    openedUrls,
    invoke: <C extends Channel>(channel: C, input: ChannelInput<C>) =>
      invoke(channel, input) as Promise<IpcResult<ChannelOutput<C>>>,
    close() {
      closing ??= (async () => {
        for (const socket of sockets) socket.terminate();
        wss.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await services.dispose();
        if (ownService) await removeKeychainEntries(keychainService);
      })();
      return closing;
    },
  };
}

/** Removes what a test stored in the OS keychain (nothing to do when none is running). */
export async function removeKeychainEntries(service: string): Promise<void> {
  try {
    await removeServiceEntries(await loadKeytar(), service);
  } catch {
    // No Secret Service here: keys lived in session memory and are gone with the host.
  }
}
