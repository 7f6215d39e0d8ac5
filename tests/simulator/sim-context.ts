// What every route of the simulator shares: the accepted keys, the default knobs and the log of
// requests that arrived (with secrets removed, so tests can print it safely).
import type { IncomingHttpHeaders } from 'node:http';
import type { ReceivedFile } from './sim-attachments';
import type { SimCredentials } from './sim-credentials';
import type { EntraTokenSource } from './sim-entra';
import type { SimKnobs } from './sim-knobs';

export type SimRoute =
  | 'openai'
  | 'azure-openai'
  | 'openai-compatible'
  | 'openai-on-bedrock'
  | 'bedrock'
  | 'bedrock-control';

export interface RecordedRequest {
  route: SimRoute;
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  httpVersion: '1.1' | '2';
  /** Request headers with credentials replaced by "[redacted]". */
  headers: Record<string, string>;
  /** How the request authenticated: bearer, api-key, sigv4 or none. */
  auth: 'bearer' | 'api-key' | 'sigv4' | 'none';
  model?: string;
  lastUserText?: string;
  /** The status the simulator answered with. */
  status?: number;
  /**
   * How a streamed answer ended on the simulator's side: sent in full, the client hung up
   * (Stop or an idle timeout tearing the request down), dropped by a fault, or still stalled.
   */
  outcome?: 'completed' | 'client-closed' | 'dropped' | 'stalled';
  /** The parsed JSON body, for checking what the SDK sent. */
  body?: unknown;
  /** The files the request carried, as the simulator read them (type, size, name, tokens). */
  files?: ReceivedFile[];
}

export interface SimContext {
  credentials: SimCredentials;
  /** Issues and checks the Microsoft Entra ID tokens Azure routes accept. */
  entra: EntraTokenSource;
  knobs(): SimKnobs;
  requests: RecordedRequest[];
  nextId(prefix: string): string;
}

const SECRET_HEADERS = new Set(['authorization', 'api-key', 'x-amz-security-token', 'x-api-key']);

export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = SECRET_HEADERS.has(name)
      ? '[redacted]'
      : Array.isArray(value)
        ? value.join(', ')
        : value;
  }
  return out;
}

export function authKind(headers: IncomingHttpHeaders): RecordedRequest['auth'] {
  const authorization = headers.authorization ?? '';
  if (authorization.startsWith('AWS4-HMAC-SHA256')) return 'sigv4';
  if (/^bearer /i.test(authorization)) return 'bearer';
  if (headers['api-key']) return 'api-key';
  return 'none';
}

export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^bearer (.+)$/i.exec(headers.authorization ?? '');
  return match?.[1]?.trim();
}
