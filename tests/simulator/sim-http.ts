// One loopback port serving both HTTP/1.1 and cleartext HTTP/2: the Bedrock runtime SDK talks
// HTTP/2 by default while the OpenAI SDK and the Bedrock control-plane SDK talk HTTP/1.1, so
// the simulator sniffs the connection preface and hands each socket to the matching server.
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import { Duplex } from 'node:stream';
import type { Readable } from 'node:stream';
import type { IncomingHttpHeaders } from 'node:http';

export interface SimRequest {
  method: string;
  /** Path and query exactly as sent (still percent-encoded). */
  rawUrl: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  httpVersion: '1.1' | '2';
}

export interface SimResponse {
  writeHead(status: number, headers: Record<string, string | number>): void;
  write(chunk: string | Uint8Array): void;
  end(chunk?: string | Uint8Array): void;
  /** Drops the connection mid-body, as a failing network or proxy would. */
  destroy(): void;
  /** True once the client has gone away (or we dropped it). */
  readonly closed: boolean;
}

export type SimHandler = (req: SimRequest, res: SimResponse) => Promise<void>;

export interface DualServer {
  port: number;
  close(): Promise<void>;
}

function readBody(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function adaptHttp1(res: http.ServerResponse, req: http.IncomingMessage): SimResponse {
  let closed = false;
  res.on('close', () => (closed = true));
  return {
    writeHead: (status, headers) => void res.writeHead(status, headers),
    write: (chunk) => void res.write(chunk),
    end: (chunk) => void (chunk === undefined ? res.end() : res.end(chunk)),
    destroy: () => {
      closed = true;
      req.socket.destroy();
    },
    get closed() {
      return closed || res.destroyed;
    },
  };
}

function adaptHttp2(res: http2.Http2ServerResponse): SimResponse {
  let closed = false;
  res.stream.on('close', () => (closed = true));
  return {
    writeHead: (status, headers) => void res.writeHead(status, headers),
    write: (chunk) => void res.write(chunk),
    end: (chunk) => void (chunk === undefined ? res.end() : res.end(chunk)),
    destroy: () => {
      closed = true;
      res.stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
    },
    get closed() {
      return closed || res.stream.closed || res.stream.destroyed;
    },
  };
}

function safely(handler: SimHandler, req: SimRequest, res: SimResponse): void {
  handler(req, res).catch((error: unknown) => {
    if (res.closed) return;
    try {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`simulator bug: ${error instanceof Error ? error.message : String(error)}`);
    } catch {
      res.destroy();
    }
  });
}

/**
 * The HTTP/2 server reads a real socket's native handle directly and would miss bytes already
 * read for sniffing; a plain JS duplex over the socket makes it read through JS instead.
 */
function replayingStream(socket: net.Socket): Duplex {
  const duplex = new Duplex({
    read: () => void socket.resume(),
    write: (chunk: Buffer, _encoding, callback) => void socket.write(chunk, callback),
    final: (callback) => {
      socket.end();
      callback();
    },
    destroy: (error, callback) => {
      socket.destroy();
      callback(error);
    },
  });
  socket.on('data', (chunk: Buffer) => {
    if (!duplex.push(chunk)) socket.pause();
  });
  socket.on('end', () => duplex.push(null));
  socket.on('close', () => duplex.destroy());
  socket.on('error', (error) => duplex.destroy(error));
  return duplex;
}

export async function startDualServer(handler: SimHandler, port = 0): Promise<DualServer> {
  const sockets = new Set<net.Socket>();
  const sessions = new Set<http2.ServerHttp2Session>();

  const h1 = http.createServer((req, res) => {
    void readBody(req).then((body) =>
      safely(
        handler,
        {
          method: req.method ?? 'GET',
          rawUrl: req.url ?? '/',
          headers: req.headers,
          body,
          httpVersion: '1.1',
        },
        adaptHttp1(res, req),
      ),
    );
  });
  // Large flow-control windows, as real endpoints advertise: with HTTP/2's default 64 KB a
  // request carrying an image crawled in at about a megabyte every 1.5 s.
  const h2 = http2.createServer({ settings: { initialWindowSize: 16 * 1024 * 1024 } });
  h2.on('session', (session) => {
    session.once('connect', () => session.setLocalWindowSize(32 * 1024 * 1024));
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  h2.on('request', (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => {
    void readBody(req).then((body) =>
      safely(
        handler,
        { method: req.method, rawUrl: req.url, headers: req.headers, body, httpVersion: '2' },
        adaptHttp2(res),
      ),
    );
  });

  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first: Buffer) => {
      socket.pause();
      // "PRI * HTTP/2.0" opens every prior-knowledge HTTP/2 connection; no HTTP/1 method starts so.
      if (first.subarray(0, 4).toString('latin1') === 'PRI ') {
        socket.unshift(first);
        h2.emit('connection', replayingStream(socket));
        return;
      }
      socket.unshift(first);
      h1.emit('connection', socket);
      socket.resume();
    });
  });

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, '127.0.0.1', () => resolve());
  });
  const address = front.address();
  if (address === null || typeof address === 'string') throw new Error('simulator has no port');

  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const session of sessions) session.destroy();
        for (const socket of sockets) socket.destroy();
        h1.closeAllConnections();
        front.close(() => resolve());
      }),
  };
}
