// Azure's v1 API through the whole main process, as the app runs it: a profile that signs in with
// Microsoft Entra ID stores no key and answers through the app's own DefaultAzureCredential (here
// reaching the stand-in `az`), beside a key profile on the Responses API; both show the region
// Azure served them from, in the stream's outcome and in history.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendTurnResult } from '../../../shared/chat';
import type { ProviderProfileView } from '../../../shared/ipc';
import type { ConversationDetail } from '../../../shared/history';
import { startMainServices, type MainServicesFixture } from '../../support/main-services-fixture';

const FAKE_AZ_DIR = fileURLToPath(new URL('../../support/fake-az', import.meta.url));
const VARS = ['PATH', 'SIM_ENTRA_URL', 'SIM_AZ_ACCOUNT', 'AZURE_TOKEN_CREDENTIALS'];
const saved: Record<string, string | undefined> = {};

let fx: MainServicesFixture;

beforeAll(async () => {
  fx = await startMainServices({
    profiles: (sim) => [
      {
        profile: {
          kind: 'azure-openai',
          id: 'azure-entra',
          name: 'Azure (Entra ID)',
          resourceEndpoint: sim.endpoints['azure-openai'],
          deployments: ['gpt-4o-prod'],
          apiVersion: 'v1',
          api: 'chat-completions',
          authMode: 'entra-id',
        },
        credentials: {},
        model: 'gpt-4o-prod',
      },
      {
        profile: {
          kind: 'azure-openai',
          id: 'azure-key',
          name: 'Azure (key)',
          resourceEndpoint: sim.endpoints['azure-openai'],
          deployments: ['gpt-4o-prod'],
          apiVersion: 'v1',
          api: 'responses',
        },
        credentials: { apiKey: sim.credentials.azureKey },
        model: 'gpt-4o-prod',
      },
    ],
  });
  for (const name of VARS) saved[name] = process.env[name];
  process.env.PATH = `${FAKE_AZ_DIR}:${process.env.PATH ?? ''}`;
  process.env.SIM_ENTRA_URL = fx.sim.entra.url;
  process.env.SIM_AZ_ACCOUNT = 'member';
  // Only the CLI step of the chain: managed identity would probe the network for an Azure host.
  process.env.AZURE_TOKEN_CREDENTIALS = 'AzureCliCredential';
});
afterAll(async () => {
  for (const name of VARS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await fx?.close();
});

describe('Azure v1 through the app', () => {
  it('keeps no key for an Entra ID profile', async () => {
    const views = await fx.call<ProviderProfileView[]>('listProviders');
    const entra = views.find((v) => v.profile.id === 'azure-entra');
    expect(entra?.profile).toMatchObject({ authMode: 'entra-id', apiVersion: 'v1' });
    expect(entra?.secrets).toEqual([]);
  });

  it('answers in both panes with the region Azure served them from', async () => {
    const panes = ['azure-entra', 'azure-key'].map((id) => ({
      paneId: id,
      profileId: id,
      model: 'gpt-4o-prod',
    }));
    const result = await fx.call<SendTurnResult>('sendTurn', { prompt: 'Hello Azure', panes });
    const done = await fx.waitForDone(result);
    for (const { paneId } of panes) {
      const outcome = done.get(paneId)?.outcome;
      expect(outcome?.status, `${paneId}: ${outcome?.error?.message}`).toBe('complete');
      expect(outcome?.region).toBe('swedencentral');
      expect(outcome?.text.length).toBeGreaterThan(0);
    }
    const sent = fx.sim.requests.filter((r) => r.route === 'azure-openai');
    expect(sent.map((r) => [r.path, r.auth]).sort()).toEqual([
      ['/azure/openai/v1/chat/completions', 'bearer'],
      ['/azure/openai/v1/responses', 'api-key'],
    ]);
    expect(fx.sim.entra.issued).toMatchObject([{ account: 'member', uses: 1 }]);

    const detail = await fx.call<ConversationDetail>('getConversation', {
      conversationId: result.conversationId,
    });
    for (const stream of result.streams) {
      expect(detail.messages.find((m) => m.id === stream.messageId)?.region).toBe('swedencentral');
    }
  });

  it('tests the Entra ID connection with no key set', async () => {
    const result = await fx.call<{ ok: boolean; message: string }>('testConnection', {
      profileId: 'azure-entra',
    });
    expect(result).toMatchObject({ ok: true });
  });
});
