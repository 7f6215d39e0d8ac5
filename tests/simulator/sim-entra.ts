// A local stand-in for Microsoft Entra ID: it issues signed JWT access tokens for the Cognitive
// Services audience and checks them on the Azure routes (signature, audience, expiry, role), so
// the real @azure/identity credentials can sign in against it. The stand-in `az`
// (tests/support/fake-az/az) fetches its token from here, as the real CLI would from Entra.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimRequest, SimResponse } from './sim-http';

export const COGNITIVE_SERVICES_AUDIENCE = 'https://cognitiveservices.azure.com';

/**
 * Who is signed in on the machine the stand-in `az` runs on:
 * - `member`: an account with the 'Cognitive Services OpenAI User' role on the resource;
 * - `no-role`: signed in, but with no role on the resource (Azure answers 403);
 * - `expired`: the CLI hands out a token Azure finds expired (a clock skew or a revoked session);
 * - `none`: nobody ran `az login` (the stand-in never asks for a token).
 */
export const ENTRA_ACCOUNTS = ['member', 'no-role', 'expired', 'none'] as const;
export type EntraAccount = (typeof ENTRA_ACCOUNTS)[number];

export interface IssuedToken {
  /** The token's `jti`: tests match requests to tokens by it, never by the token itself. */
  id: string;
  account: EntraAccount;
  tenant: string;
  /** How many requests presented this token and were let through. */
  uses: number;
}

export type TokenCheck =
  { ok: true; token: IssuedToken } | { ok: false; status: 401 | 403; oid?: string };

export interface EntraTokenSource {
  /** Tokens handed out so far, oldest first. */
  issued: IssuedToken[];
  issue(account: EntraAccount, tenant: string): { accessToken: string; expiresOn: number };
  check(token: string): TokenCheck;
}

/** The home tenant of the simulated accounts. */
export const SIM_TENANT = '5e1f0000-0000-4000-8000-00000000c0de';

interface Claims {
  aud: string;
  iss: string;
  tid: string;
  oid: string;
  jti: string;
  exp: number;
  iat: number;
  roles?: string[];
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

export function createEntraTokenSource(): EntraTokenSource {
  // A fresh signing key per simulator: tokens from another run are simply invalid.
  const key = randomUUID();
  const issued: IssuedToken[] = [];
  const sign = (body: string) => createHmac('sha256', key).update(body).digest();

  return {
    issued,
    issue(account, tenant) {
      const now = Math.floor(Date.now() / 1000);
      const jti = randomUUID();
      const claims: Claims = {
        aud: COGNITIVE_SERVICES_AUDIENCE,
        iss: `https://sts.windows.net/${tenant}/`,
        tid: tenant,
        oid: `0000${jti.slice(4)}`,
        jti,
        iat: now,
        // The CLI reports an hour either way; only Azure learns the token is stale.
        exp: account === 'expired' ? now - 300 : now + 3600,
        ...(account === 'member' ? { roles: ['Cognitive Services OpenAI User'] } : {}),
      };
      const body = `${base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }))}.${base64url(JSON.stringify(claims))}`;
      issued.push({ id: jti, account, tenant, uses: 0 });
      return { accessToken: `${body}.${base64url(sign(body))}`, expiresOn: now + 3600 };
    },
    check(token) {
      const [header, payload, signature] = token.split('.');
      if (!header || !payload || !signature) return { ok: false, status: 401 };
      const expected = sign(`${header}.${payload}`);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, status: 401 };
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
      const found = issued.find((t) => t.id === claims.jti);
      if (!found || claims.aud !== COGNITIVE_SERVICES_AUDIENCE) return { ok: false, status: 401 };
      if (claims.exp <= Math.floor(Date.now() / 1000)) return { ok: false, status: 401 };
      if (!claims.roles?.length) return { ok: false, status: 403, oid: claims.oid };
      found.uses += 1;
      return { ok: true, token: found };
    },
  };
}

/**
 * `POST /entra/cli-token` with `{ account, resource, tenant? }`: what `az account
 * get-access-token --output json` prints for that account.
 */
export function handleCliToken(source: EntraTokenSource, req: SimRequest, res: SimResponse): void {
  let body: { account?: string; resource?: string; tenant?: string };
  try {
    body = JSON.parse(req.body.toString('utf8')) as typeof body;
  } catch {
    body = {};
  }
  const account = ENTRA_ACCOUNTS.find((a) => a === body.account && a !== 'none');
  if (!account || body.resource !== COGNITIVE_SERVICES_AUDIENCE) {
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'unknown account or resource' }));
    return;
  }
  const tenant = body.tenant ?? SIM_TENANT;
  const { accessToken, expiresOn } = source.issue(account, tenant);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      accessToken,
      expiresOn: new Date(expiresOn * 1000).toISOString().replace('T', ' ').replace('Z', ''),
      expires_on: expiresOn,
      subscription: '00000000-0000-4000-8000-0000000005ab',
      tenant,
      tokenType: 'Bearer',
    }),
  );
}

/** A service principal the stand-in authority knows (its app registration and secret). */
export interface EntraApp {
  tenant: string;
  clientId: string;
  clientSecret: string;
  account: Exclude<EntraAccount, 'none'>;
}

export interface EntraAuthority {
  /** https://127.0.0.1:PORT, for AZURE_AUTHORITY_HOST. */
  url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * Entra ID's OAuth 2.0 endpoints for the client-credentials flow, over HTTPS (MSAL refuses any
 * other authority): OpenID discovery per tenant and the v2.0 token endpoint, checking the client
 * secret of the registered apps and answering with Entra's own error shape (AADSTS codes).
 */
export async function startEntraAuthority(
  source: EntraTokenSource,
  apps: EntraApp[],
  tls: { cert: string; key: string },
): Promise<EntraAuthority> {
  let base = '';
  const handle = (req: IncomingMessage, res: ServerResponse, body: string): void => {
    const url = new URL(req.url ?? '/', base);
    const discovery = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    if (req.method === 'GET' && discovery) {
      const tenant = discovery[1] ?? '';
      const root = `${base}/${tenant}`;
      sendJson(res, 200, {
        token_endpoint: `${root}/oauth2/v2.0/token`,
        authorization_endpoint: `${root}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${root}/oauth2/v2.0/logout`,
        jwks_uri: `${root}/discovery/v2.0/keys`,
        issuer: `${root}/v2.0`,
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      });
      return;
    }
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
    if (req.method === 'POST' && token) {
      const form = new URLSearchParams(body);
      const app = apps.find((a) => a.tenant === token[1] && a.clientId === form.get('client_id'));
      if (!app || form.get('client_secret') !== app.clientSecret) {
        sendJson(res, 401, {
          error: 'invalid_client',
          error_description: app
            ? `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`
            : `AADSTS700016: Application with identifier '${form.get('client_id') ?? ''}' was not found in the directory.`,
          error_codes: [app ? 7000215 : 700016],
        });
        return;
      }
      if (form.get('scope') !== `${COGNITIVE_SERVICES_AUDIENCE}/.default`) {
        sendJson(res, 400, {
          error: 'invalid_scope',
          error_description:
            'AADSTS70011: The provided value for the input parameter scope is not valid.',
          error_codes: [70011],
        });
        return;
      }
      const issued = source.issue(app.account, app.tenant);
      sendJson(res, 200, {
        token_type: 'Bearer',
        expires_in: issued.expiresOn - Math.floor(Date.now() / 1000),
        ext_expires_in: issued.expiresOn - Math.floor(Date.now() / 1000),
        access_token: issued.accessToken,
      });
      return;
    }
    sendJson(res, 404, { error: 'not_found', error_description: 'Unknown stand-in Entra route.' });
  };
  const server = https.createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('authority has no port');
  base = `https://127.0.0.1:${address.port}`;
  return {
    url: base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
