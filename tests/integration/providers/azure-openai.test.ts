// Azure OpenAI through the real `openai` SDK against the simulator: the v1 API and the dated
// deployment routes, the serving region from `x-ms-region`, and Microsoft Entra ID sign-in through
// the real @azure/identity (DefaultAzureCredential → AzureCliCredential running a stand-in `az`
// that gets its tokens from the simulator's stand-in Entra ID).
import https from 'node:https';
import { fileURLToPath } from 'node:url';
import {
  AzureCliCredential,
  DefaultAzureCredential,
  type DefaultAzureCredentialOptions,
} from '@azure/identity';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCloudSimulator } from '../../simulator/cloud-simulator';
import { allSecrets } from '../../simulator/sim-credentials';
import { createProvider } from '../../../electron/main/providers/create-provider';
import { createEntraTokens, type EntraTokens } from '../../../electron/main/providers/azure-entra';
import { testProviderConnection } from '../../../electron/main/profiles/connection-test';
import { createSelfSignedCert } from '../../support/self-signed-cert';
import { createTempDir, type TempDir } from '../../support/temp-dir';
import { runStream, terminalParts } from './run-stream';
import type { CloudSimulator } from '../../simulator/cloud-simulator';
import type { EntraAccount, EntraAuthority } from '../../simulator/sim-entra';
import type { StreamRun } from './run-stream';
import type { ProviderProfileOf } from '../../../shared/providers';

const FAKE_AZ_DIR = fileURLToPath(new URL('../../support/fake-az', import.meta.url));
const ECHO = 'alpha beta gamma delta';

let sim: CloudSimulator;
beforeAll(async () => {
  sim = await startCloudSimulator({ defaults: { ttftMs: 5, rate: 0 } });
});
afterAll(async () => {
  await sim.close();
});

function azureProfile(
  overrides: Partial<ProviderProfileOf<'azure-openai'>> = {},
): ProviderProfileOf<'azure-openai'> {
  return {
    kind: 'azure-openai',
    id: 'azure-test',
    name: 'Azure test',
    resourceEndpoint: sim.endpoints['azure-openai'],
    deployments: ['gpt-4o-prod'],
    apiVersion: 'v1',
    api: 'chat-completions',
    ...overrides,
  };
}

let counter = 0;
function prompt(): { text: string; marker: string } {
  const marker = `az${++counter}x`;
  return { text: `[[sim reply=echo]] ${ECHO} ${marker}`, marker };
}

const requestWith = (marker: string) => sim.requests.find((r) => r.lastUserText?.includes(marker));

function expectNoSecretOrToken(run: StreamRun): void {
  for (const part of run.parts) {
    if (part.type !== 'error') continue;
    for (const secret of allSecrets(sim.credentials)) expect(part.message).not.toContain(secret);
    // Every token the stand-in Entra ID issues is a JWT, and every JWT starts so.
    expect(part.message).not.toContain('eyJ');
  }
}

describe('Azure OpenAI with an API key', () => {
  it('streams through the v1 API: model in the body, no api-version, the key in api-key', async () => {
    const { text, marker } = prompt();
    // An OpenAI organization in the environment is OpenAI's business, not Azure's.
    process.env.OPENAI_ORG_ID = 'org-of-another-cloud';
    const provider = createProvider(azureProfile(), { apiKey: sim.credentials.azureKey });
    delete process.env.OPENAI_ORG_ID;
    const run = await runStream(provider, text, 'gpt-4o-prod');
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(run.start).toMatchObject({ model: 'gpt-4o-prod', region: 'swedencentral' });
    expect(run.start?.requestId).toBeTruthy();
    expect(run.finish?.finishReason).toBe('stop');
    const sent = requestWith(marker);
    expect(sent).toMatchObject({
      route: 'azure-openai',
      path: '/azure/openai/v1/chat/completions',
      query: {},
      auth: 'api-key',
      model: 'gpt-4o-prod',
    });
    expect(sent?.headers.authorization).toBeUndefined();
    expect(sent?.headers['openai-organization']).toBeUndefined();
  });

  it('keeps the deployment routes and the api-version for a dated version', async () => {
    const { text, marker } = prompt();
    const provider = createProvider(azureProfile({ apiVersion: '2024-10-21' }), {
      apiKey: sim.credentials.azureKey,
    });
    const run = await runStream(provider, text, 'gpt-4o-prod');
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(run.start?.region).toBe('swedencentral');
    expect(requestWith(marker)).toMatchObject({
      path: '/azure/openai/deployments/gpt-4o-prod/chat/completions',
      query: { 'api-version': '2024-10-21' },
      auth: 'api-key',
    });
  });

  it('says a wrong key was rejected, on v1 as before', async () => {
    const provider = createProvider(azureProfile(), { apiKey: 'wrong-azure-key-0000000000' });
    const run = await runStream(provider, prompt().text, 'gpt-4o-prod');
    expect(terminalParts(run)).toHaveLength(1);
    expect(run.error).toMatchObject({ kind: 'auth', status: 401 });
    expect(run.error?.message).toContain('Azure OpenAI rejected the API key (401)');
    expect(run.error?.message).not.toContain('wrong-azure-key');
  });
});

describe('the simulator’s Azure routes, as Azure answers them', () => {
  const post = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${sim.endpoints['azure-openai']}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'api-key': sim.credentials.azureKey,
        ...headers,
      },
      body: JSON.stringify({ model: 'gpt-4o-prod', messages: [{ role: 'user', content: 'hi' }] }),
    });

  it('refuses a dated api-version on v1 and a missing one on the deployment routes', async () => {
    const v1 = await post('/openai/v1/chat/completions?api-version=2024-10-21');
    expect(v1.status).toBe(400);
    expect(await v1.json()).toEqual({
      error: { code: 'BadRequest', message: 'API version not supported' },
    });
    const dated = await post('/openai/deployments/gpt-4o-prod/chat/completions');
    expect(dated.status).toBe(404);
    expect(dated.headers.get('x-ms-region')).toBe('swedencentral');
  });

  it('refuses a bearer token it did not issue, and names the region even then', async () => {
    const response = await post('/openai/v1/chat/completions', {
      'api-key': '',
      authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.bm90LWEtcmVhbC1zaWduYXR1cmU',
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-ms-region')).toBe('swedencentral');
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /Access token is missing, invalid/,
    );
  });
});

describe('Azure OpenAI on the Responses API', () => {
  it('streams through /openai/v1/responses with the key, the region and the served model', async () => {
    const { text, marker } = prompt();
    const provider = createProvider(azureProfile({ api: 'responses' }), {
      apiKey: sim.credentials.azureKey,
    });
    const run = await runStream(provider, text, 'gpt-4o-prod');
    expect(run.error).toBeUndefined();
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(run.start).toMatchObject({ model: 'gpt-4o-prod', region: 'swedencentral' });
    expect(run.finish?.finishReason).toBe('stop');
    expect(run.finish?.providerModelId).toBe('gpt-4o');
    expect(requestWith(marker)).toMatchObject({
      path: '/azure/openai/v1/responses',
      query: {},
      auth: 'api-key',
      model: 'gpt-4o-prod',
    });
  });

  it('uses /openai/responses with the api-version on a dated version that has it', async () => {
    const { text, marker } = prompt();
    const provider = createProvider(
      azureProfile({ api: 'responses', apiVersion: '2025-04-01-preview' }),
      { apiKey: sim.credentials.azureKey },
    );
    const run = await runStream(provider, text, 'gpt-4o-prod');
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(run.start?.region).toBe('swedencentral');
    expect(requestWith(marker)).toMatchObject({
      path: '/azure/openai/responses',
      query: { 'api-version': '2025-04-01-preview' },
    });
  });

  it('says so when a dated version predates the Responses API', async () => {
    const provider = createProvider(azureProfile({ api: 'responses', apiVersion: '2024-10-21' }), {
      apiKey: sim.credentials.azureKey,
    });
    const run = await runStream(provider, prompt().text, 'gpt-4o-prod');
    expect(run.error).toMatchObject({ kind: 'bad-request', status: 400 });
    expect(run.error?.message).toBe(
      'Azure OpenAI does not support the API version "2024-10-21" for the Responses API (400). Use v1, or choose Chat Completions, in this provider\'s settings.',
    );
  });
});

describe('Azure OpenAI with Microsoft Entra ID', () => {
  const VARS = ['PATH', 'SIM_ENTRA_URL', 'SIM_AZ_ACCOUNT', 'AZURE_TOKEN_CREDENTIALS'];
  const saved: Record<string, string | undefined> = {};
  let tokens: EntraTokens;

  const signedInAs = (account: EntraAccount) => {
    process.env.SIM_AZ_ACCOUNT = account;
  };
  const entraProvider = (overrides: Partial<ProviderProfileOf<'azure-openai'>> = {}) =>
    createProvider(
      azureProfile({ authMode: 'entra-id', ...overrides }),
      {},
      { entraTokens: tokens },
    );

  beforeEach(() => {
    for (const name of VARS) saved[name] = process.env[name];
    process.env.PATH = `${FAKE_AZ_DIR}:${process.env.PATH ?? ''}`;
    process.env.SIM_ENTRA_URL = sim.entra.url;
    // The app's DefaultAzureCredential, narrowed to the CLI: the managed-identity step would
    // otherwise probe the network for an Azure host.
    process.env.AZURE_TOKEN_CREDENTIALS = 'AzureCliCredential';
    // A fresh token cache per test, as a fresh start of the app would have.
    tokens = createEntraTokens();
  });
  afterEach(() => {
    for (const name of VARS) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('signs in with the account from `az login` and sends its token as a Bearer', async () => {
    signedInAs('member');
    const { text, marker } = prompt();
    const run = await runStream(entraProvider(), text, 'gpt-4o-prod');
    expect(run.error).toBeUndefined();
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(run.start?.region).toBe('swedencentral');
    expect(requestWith(marker)).toMatchObject({
      path: '/azure/openai/v1/chat/completions',
      auth: 'bearer',
    });
    expect(requestWith(marker)?.headers['api-key']).toBeUndefined();
    const token = sim.entra.issued.at(-1);
    expect(token).toMatchObject({ account: 'member', uses: 1 });

    // The token is kept in memory and used again, not fetched anew per answer.
    const again = prompt();
    await runStream(entraProvider(), again.text, 'gpt-4o-prod');
    expect(sim.entra.issued.at(-1)).toBe(token);
    expect(token?.uses).toBe(2);
  });

  it('asks for a token in the tenant the profile names', async () => {
    signedInAs('member');
    const tenantId = 'contoso.onmicrosoft.com';
    const run = await runStream(entraProvider({ tenantId }), prompt().text, 'gpt-4o-prod');
    expect(run.finish?.finishReason).toBe('stop');
    expect(sim.entra.issued.at(-1)).toMatchObject({ tenant: tenantId, uses: 1 });
  });

  it('signs in on the v1 Responses API', async () => {
    signedInAs('member');
    const { text, marker } = prompt();
    const run = await runStream(entraProvider({ api: 'responses' }), text, 'gpt-4o-prod');
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(run.start?.region).toBe('swedencentral');
    expect(requestWith(marker)).toMatchObject({
      path: '/azure/openai/v1/responses',
      auth: 'bearer',
    });
    expect(sim.entra.issued.at(-1)?.uses).toBe(1);
  });

  it('signs in on the dated deployment routes too', async () => {
    signedInAs('member');
    const { text, marker } = prompt();
    const run = await runStream(entraProvider({ apiVersion: '2024-10-21' }), text, 'gpt-4o-prod');
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(requestWith(marker)).toMatchObject({
      path: '/azure/openai/deployments/gpt-4o-prod/chat/completions',
      auth: 'bearer',
    });
  });

  it('takes an injected credential (here AzureCliCredential itself)', async () => {
    signedInAs('member');
    tokens = createEntraTokens(({ tenantId }) => new AzureCliCredential({ tenantId }));
    const run = await runStream(entraProvider(), prompt().text, 'gpt-4o-prod');
    expect(run.finish?.finishReason).toBe('stop');
    expect(sim.entra.issued.at(-1)?.uses).toBe(1);
  });

  it('says how to sign in when nobody is signed in, and sends nothing', async () => {
    signedInAs('none');
    const before = sim.requests.length;
    const run = await runStream(entraProvider(), prompt().text, 'gpt-4o-prod');
    expect(terminalParts(run)).toHaveLength(1);
    expect(run.error?.kind).toBe('auth');
    expect(run.error?.message).toBe(
      'Azure OpenAI uses Microsoft Entra ID, but no Azure sign-in was found on this computer. Sign in with `az login` (or set AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET) and try again.',
    );
    expect(sim.requests.length).toBe(before);
  });

  it('says an expired token was rejected (401), and signs in anew on the next try', async () => {
    signedInAs('expired');
    const run = await runStream(entraProvider(), prompt().text, 'gpt-4o-prod');
    expect(run.error).toMatchObject({ kind: 'auth', status: 401 });
    expect(run.error?.message).toMatch(
      /rejected the Microsoft Entra ID token \(401\): it has expired/,
    );
    expect(run.error?.message).toContain('az login');
    expectNoSecretOrToken(run);

    signedInAs('member');
    const retry = await runStream(entraProvider(), prompt().text, 'gpt-4o-prod');
    expect(retry.finish?.finishReason).toBe('stop');
    expect(sim.entra.issued.at(-1)).toMatchObject({ account: 'member', uses: 1 });
  });

  it('says the account has no role on the resource (403) and which role to ask for', async () => {
    signedInAs('no-role');
    const run = await runStream(entraProvider(), prompt().text, 'gpt-4o-prod');
    expect(run.error).toMatchObject({ kind: 'auth', status: 403 });
    expect(run.error?.message).toContain(
      "your account has no role on this resource (403): ask for 'Cognitive Services OpenAI User'",
    );
    expectNoSecretOrToken(run);

    // Signed in again with an account that has the role: the next answer uses it at once.
    signedInAs('member');
    const retry = await runStream(entraProvider(), prompt().text, 'gpt-4o-prod');
    expect(retry.finish?.finishReason).toBe('stop');
    expect(sim.entra.issued.at(-1)).toMatchObject({ account: 'member', uses: 1 });
  });

  it('tests the connection with no stored secret, and explains a missing sign-in', async () => {
    const options = {
      createProvider: (
        profile: Parameters<typeof createProvider>[0],
        credentials: Parameters<typeof createProvider>[1],
      ) => createProvider(profile, credentials, { entraTokens: tokens }),
    };
    const profile = azureProfile({ authMode: 'entra-id' });
    signedInAs('member');
    expect(await testProviderConnection(profile, {}, options)).toMatchObject({
      ok: true,
      message: 'Connected to Azure OpenAI: deployment "gpt-4o-prod" answered.',
    });

    tokens = createEntraTokens();
    signedInAs('none');
    const failed = await testProviderConnection(profile, {}, options);
    expect(failed).toMatchObject({ ok: false, kind: 'auth' });
    expect(failed.message).toContain('Sign in with `az login`');
  });
});

describe('Azure OpenAI with a service principal from the environment', () => {
  // DefaultAzureCredential's first step, as on a build agent or a server: AZURE_CLIENT_ID,
  // AZURE_TENANT_ID and AZURE_CLIENT_SECRET, with AZURE_AUTHORITY_HOST sending the sign-in to the
  // simulator's stand-in Entra ID (MSAL insists on HTTPS, hence a throw-away certificate).
  const VARS = [
    'AZURE_TENANT_ID',
    'AZURE_CLIENT_ID',
    'AZURE_CLIENT_SECRET',
    'AZURE_AUTHORITY_HOST',
    'AZURE_TOKEN_CREDENTIALS',
  ];
  const saved: Record<string, string | undefined> = {};
  const app = {
    tenant: '5f1c0de0-0000-4000-8000-00000000a11c',
    clientId: '0a7e5b1c-0000-4000-8000-00000000c11e',
    clientSecret: 'sim-entra-client-secret~4Qf8',
    account: 'member' as const,
  };
  let dir: TempDir;
  let authority: EntraAuthority;
  let trust: NonNullable<DefaultAzureCredentialOptions['additionalPolicies']>[number];

  beforeAll(async () => {
    dir = await createTempDir();
    const cert = await createSelfSignedCert(dir);
    authority = await sim.entra.startAuthority([app], cert);
    // The identity library's own HTTP pipeline, told to trust the throw-away certificate.
    const agent = new https.Agent({ ca: cert.cert });
    trust = {
      position: 'perCall',
      policy: {
        name: 'trustStandInEntra',
        sendRequest: (request, next) => {
          request.agent = agent;
          return next(request);
        },
      },
    };
  });
  afterAll(async () => {
    await authority?.close();
    await dir?.remove();
  });
  beforeEach(() => {
    for (const name of VARS) saved[name] = process.env[name];
    process.env.AZURE_TENANT_ID = app.tenant;
    process.env.AZURE_CLIENT_ID = app.clientId;
    process.env.AZURE_CLIENT_SECRET = app.clientSecret;
    process.env.AZURE_AUTHORITY_HOST = authority.url;
    process.env.AZURE_TOKEN_CREDENTIALS = 'EnvironmentCredential';
  });
  afterEach(() => {
    for (const name of VARS) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  // The app's credential with what only a test needs: the stand-in's certificate, and no
  // instance discovery (it would ask Microsoft's real sign-in host about the authority).
  const provider = () =>
    createProvider(
      azureProfile({ authMode: 'entra-id' }),
      {},
      {
        entraTokens: createEntraTokens(
          ({ tenantId }) =>
            new DefaultAzureCredential({
              ...(tenantId ? { tenantId } : {}),
              disableInstanceDiscovery: true,
              additionalPolicies: [trust],
            }),
        ),
      },
    );

  it('signs in with the client secret and sends the token it got', async () => {
    const { text, marker } = prompt();
    const run = await runStream(provider(), text, 'gpt-4o-prod');
    expect(run.error).toBeUndefined();
    expect(run.text).toBe(`${ECHO} ${marker}`);
    expect(requestWith(marker)).toMatchObject({ auth: 'bearer' });
    expect(sim.entra.issued.at(-1)).toMatchObject({ tenant: app.tenant, uses: 1 });
  });

  it('names Entra’s refusal of a wrong client secret by its code, never the secret', async () => {
    process.env.AZURE_CLIENT_SECRET = 'not-the-secret-0000';
    const before = sim.requests.length;
    const run = await runStream(provider(), prompt().text, 'gpt-4o-prod');
    expect(run.error?.kind).toBe('auth');
    expect(run.error?.message).toContain(
      'Microsoft Entra ID refused to sign you in for Azure OpenAI (AADSTS7000215).',
    );
    expect(run.error?.message).not.toContain('not-the-secret');
    expect(run.error?.message).not.toContain(app.clientId);
    expect(sim.requests.length).toBe(before);
  });
});
