// A local stand-in for every cloud the app talks to, so the real official SDKs run unmodified
// against it through their endpoint override. One loopback port; each cloud under its own path
// prefix (every SDK here keeps a path prefix in its endpoint override).
import { randomUUID } from 'node:crypto';
import { handleOpenAiChat, handleOpenAiModels, recordFor } from './openai-routes';
import { handleOpenAiResponses } from './responses-routes';
import { handleControlPlane, handleConverseStream } from './bedrock-routes';
import { startDualServer } from './sim-http';
import { AZURE_SIM_REGION } from './azure-auth';
import { DEFAULT_KNOBS } from './sim-knobs';
import { SIM_CREDENTIALS } from './sim-credentials';
import { createEntraTokenSource, handleCliToken, startEntraAuthority } from './sim-entra';
import type { ProviderKind } from '../../shared/providers';
import type { OpenAiFlavor } from './openai-routes';
import type { RecordedRequest, SimContext } from './sim-context';
import type { SimRequest, SimResponse } from './sim-http';
import type { SimKnobs } from './sim-knobs';
import type { SimCredentials } from './sim-credentials';
import type { EntraApp, EntraAuthority, IssuedToken } from './sim-entra';

export type { RecordedRequest } from './sim-context';
export type { SimKnobs } from './sim-knobs';
export type { SimCredentials } from './sim-credentials';

export interface CloudSimulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The endpoint-override value to put in each kind's profile. */
  endpoints: Record<ProviderKind, string>;
  /** The keys the simulator accepts. */
  credentials: SimCredentials;
  /**
   * The stand-in Microsoft Entra ID: `url` is where the stand-in `az` gets its tokens
   * (SIM_ENTRA_URL); `issued` lists the tokens handed out, which the Azure routes accept;
   * `startAuthority` serves Entra's OAuth endpoints over HTTPS for service principals
   * (AZURE_AUTHORITY_HOST), issuing tokens the Azure routes accept too.
   */
  entra: {
    url: string;
    issued: IssuedToken[];
    startAuthority(apps: EntraApp[], tls: { cert: string; key: string }): Promise<EntraAuthority>;
  };
  setDefaults(knobs: Partial<SimKnobs>): void;
  /** Every request that arrived, oldest first, secrets redacted. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface CloudSimulatorOptions {
  port?: number;
  defaults?: Partial<SimKnobs>;
}

/** Path prefixes, one per simulated cloud. */
const PREFIX = {
  openai: '/openai',
  azure: '/azure',
  compatible: '/compatible',
  mantle: '/mantle',
  bedrock: '/bedrock',
  entra: '/entra',
} as const;

function notFound(res: SimResponse): void {
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      error: {
        message: 'Unknown simulator route.',
        type: 'invalid_request_error',
        code: 'not_found',
      },
    }),
  );
}

async function routeOpenAi(
  flavor: OpenAiFlavor,
  rest: string,
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
): Promise<boolean> {
  const record = recordFor(flavor, req);
  if (req.method === 'POST' && rest === '/v1/chat/completions') {
    ctx.requests.push(record);
    await handleOpenAiChat(flavor, undefined, req, res, ctx, record);
    return true;
  }
  if (req.method === 'POST' && rest === '/v1/responses') {
    ctx.requests.push(record);
    await handleOpenAiResponses(flavor, undefined, req, res, ctx, record);
    return true;
  }
  if (req.method === 'GET' && rest === '/v1/models') {
    ctx.requests.push(record);
    await handleOpenAiModels(flavor, req, res, ctx, record);
    return true;
  }
  return false;
}

/** Azure's question of api-version, answered as Azure does; true when it answered. */
function refuseApiVersion(res: SimResponse, record: RecordedRequest, status: 400 | 404): boolean {
  record.status = status;
  res.writeHead(status, { 'content-type': 'application/json', 'x-ms-region': AZURE_SIM_REGION });
  res.end(
    JSON.stringify({
      error:
        status === 404
          ? { code: '404', message: 'Resource not found' }
          : { code: 'BadRequest', message: 'API version not supported' },
    }),
  );
  return true;
}

/**
 * Azure OpenAI under `/azure` (the resource URL): the v1 API (`/openai/v1/…`, the model in the
 * body, no dated api-version) and the dated routes (deployment in the path for Chat Completions,
 * `/openai/responses` for Responses, an api-version always).
 */
async function routeAzure(
  rest: string,
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
): Promise<boolean> {
  if (req.method !== 'POST' || !rest.startsWith('/openai/')) return false;
  const record = recordFor('azure-openai', req);
  const version = record.query['api-version'];
  const v1 = rest.startsWith('/openai/v1/') ? rest.slice('/openai/v1'.length) : undefined;
  const dated = v1 === undefined ? rest.slice('/openai'.length) : undefined;
  const deployment = dated && /^\/deployments\/([^/]+)\/chat\/completions$/.exec(dated);
  // The dated Responses route arrived with 2025-03-01-preview; older versions do not have it.
  const modern = version !== undefined && version >= '2025-03-01-preview';
  if (v1 !== undefined && v1 !== '/chat/completions' && v1 !== '/responses') return false;
  if (dated !== undefined && !deployment && dated !== '/responses') return false;
  ctx.requests.push(record);
  if (v1 !== undefined && version !== undefined && version !== 'preview')
    return refuseApiVersion(res, record, 400);
  if (dated !== undefined && version === undefined) return refuseApiVersion(res, record, 404);
  if (deployment || v1 === '/chat/completions') {
    const model = deployment ? decodeURIComponent(deployment[1] ?? '') : undefined;
    await handleOpenAiChat('azure-openai', model, req, res, ctx, record);
    return true;
  }
  if (v1 === '/responses' || (dated === '/responses' && modern)) {
    await handleOpenAiResponses('azure-openai', undefined, req, res, ctx, record);
    return true;
  }
  return refuseApiVersion(res, record, 400);
}

async function route(req: SimRequest, res: SimResponse, ctx: SimContext): Promise<void> {
  const path = new URL(req.rawUrl, 'http://simulator').pathname;
  const under = (prefix: string): string | undefined =>
    path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;

  const openai = under(PREFIX.openai);
  if (openai !== undefined && (await routeOpenAi('openai', openai, req, res, ctx))) return;
  const compatible = under(PREFIX.compatible);
  if (
    compatible !== undefined &&
    (await routeOpenAi('openai-compatible', compatible, req, res, ctx))
  )
    return;
  const mantle = under(PREFIX.mantle);
  if (
    mantle !== undefined &&
    mantle.startsWith('/openai/') &&
    (await routeOpenAi('openai-on-bedrock', mantle.slice('/openai'.length), req, res, ctx))
  )
    return;

  const azure = under(PREFIX.azure);
  if (azure !== undefined && (await routeAzure(azure, req, res, ctx))) return;
  if (path === `${PREFIX.entra}/cli-token` && req.method === 'POST') {
    handleCliToken(ctx.entra, req, res);
    return;
  }

  const bedrock = under(PREFIX.bedrock);
  const converse =
    bedrock === undefined ? null : /^\/model\/([^/]+)\/converse-stream$/.exec(bedrock);
  if (converse && req.method === 'POST') {
    const record = recordFor('bedrock', req);
    ctx.requests.push(record);
    await handleConverseStream(decodeURIComponent(converse[1] ?? ''), req, res, ctx, record);
    return;
  }
  if (
    (bedrock === '/foundation-models' || bedrock === '/inference-profiles') &&
    req.method === 'GET'
  ) {
    const record = recordFor('bedrock-control', req);
    ctx.requests.push(record);
    await handleControlPlane(bedrock, req, res, ctx, record);
    return;
  }
  notFound(res);
}

export async function startCloudSimulator(
  options: CloudSimulatorOptions = {},
): Promise<CloudSimulator> {
  let defaults: SimKnobs = { ...DEFAULT_KNOBS, ...options.defaults };
  let counter = 0;
  const requests: RecordedRequest[] = [];
  const ctx: SimContext = {
    credentials: SIM_CREDENTIALS,
    entra: createEntraTokenSource(),
    knobs: () => defaults,
    requests,
    nextId: (prefix) => `${prefix}-${++counter}-${randomUUID().slice(0, 8)}`,
  };
  const server = await startDualServer((req, res) => route(req, res, ctx), options.port ?? 0);
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url,
    endpoints: {
      openai: `${url}${PREFIX.openai}/v1`,
      'azure-openai': `${url}${PREFIX.azure}`,
      bedrock: `${url}${PREFIX.bedrock}`,
      'openai-on-bedrock': `${url}${PREFIX.mantle}/openai/v1`,
      'openai-compatible': `${url}${PREFIX.compatible}/v1`,
    },
    credentials: SIM_CREDENTIALS,
    entra: {
      url: `${url}${PREFIX.entra}`,
      issued: ctx.entra.issued,
      startAuthority: (apps, tls) => startEntraAuthority(ctx.entra, apps, tls),
    },
    setDefaults: (knobs) => {
      defaults = { ...defaults, ...knobs };
    },
    requests,
    close: () => server.close(),
  };
}
