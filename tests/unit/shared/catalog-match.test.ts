import { describe, expect, it } from 'vitest';
import {
  catalogFamilyOf,
  familiesOnMyClouds,
  familyOnMyClouds,
} from '../../../shared/catalog-match';
import { MODEL_CATALOG, MODEL_CATALOG_DATE } from '../../../shared/model-catalog';
import { modelFamily } from '../../../shared/model-family';
import type { ProviderProfile } from '../../../shared/providers';

const openai: ProviderProfile = { kind: 'openai', api: 'responses', id: 'oa', name: 'OpenAI' };
const azure: ProviderProfile = {
  kind: 'azure-openai',
  api: 'responses',
  id: 'az',
  name: 'Azure Sweden',
  resourceEndpoint: 'https://res.openai.azure.com',
  deployments: ['chat-prod', 'gpt-4o-dev'],
  apiVersion: 'v1',
};
const mantle = (region: string): ProviderProfile => ({
  kind: 'openai-on-bedrock',
  api: 'responses',
  id: `mantle-${region}`,
  name: `Mantle ${region}`,
  region,
  authMode: 'api-key',
});
const bedrock = (region: string): ProviderProfile => ({
  kind: 'bedrock',
  id: `br-${region}`,
  name: `Bedrock ${region}`,
  region,
  authMode: 'access-key',
});
const local: ProviderProfile = {
  kind: 'openai-compatible',
  api: 'chat-completions',
  id: 'local',
  name: 'Ollama',
  baseUrl: 'http://127.0.0.1:11434/v1',
  requiresKey: false,
};
const family = (name: string) => {
  const found = MODEL_CATALOG.find((f) => f.family === name);
  if (!found) throw new Error(name);
  return found;
};

describe('the model catalog', () => {
  it('is dated, and every offer reduces to its own family and no other', () => {
    expect(MODEL_CATALOG_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const entry of MODEL_CATALOG) {
      for (const offer of entry.offers) {
        expect(catalogFamilyOf(offer.id)?.family, offer.id).toBe(entry.family);
      }
    }
    expect(new Set(MODEL_CATALOG.map((f) => f.family)).size).toBe(MODEL_CATALOG.length);
    expect(MODEL_CATALOG.every((f) => modelFamily(f.family) === f.family)).toBe(true);
  });

  it('knows served snapshots and every cloud\u2019s spelling of a model', () => {
    expect(catalogFamilyOf('gpt-5.5-2026-04-23')?.label).toBe('GPT-5.5');
    expect(catalogFamilyOf('openai.gpt-5.5')?.label).toBe('GPT-5.5');
    expect(catalogFamilyOf('us.anthropic.claude-3-7-sonnet-20250219-v1:0')?.label).toBe(
      'Claude 3.7 Sonnet',
    );
    expect(catalogFamilyOf('my-fine-tune')).toBeUndefined();
  });
});

describe('a model across my clouds', () => {
  it('fills GPT-5.5 from OpenAI, the Azure deployment that serves it and Mantle in its region', () => {
    const match = familyOnMyClouds(
      family('gpt-5.5'),
      [openai, azure, mantle('us-east-2'), mantle('eu-west-1'), local],
      { listed: {}, servedByDeployment: { az: { 'chat-prod': 'gpt-5.5-2026-04-23' } } },
    );
    expect(match.panes).toEqual([
      { profileId: 'oa', model: 'gpt-5.5' },
      { profileId: 'az', model: 'chat-prod' },
      { profileId: 'mantle-us-east-2', model: 'openai.gpt-5.5' },
    ]);
    expect(match.missing).toEqual([
      {
        profileId: 'mantle-eu-west-1',
        profileName: 'Mantle eu-west-1',
        reason: 'GPT-5.5 is not served in eu-west-1 (it is in us-east-2)',
      },
      { profileId: 'local', profileName: 'Ollama', reason: 'this server lists no GPT-5.5 model' },
    ]);
  });

  it('maps an Azure deployment by its name when the server has not named its model yet', () => {
    const match = familyOnMyClouds(family('gpt-4o'), [azure], { listed: {} });
    expect(match.panes).toEqual([{ profileId: 'az', model: 'gpt-4o-dev' }]);
    const none = familyOnMyClouds(family('gpt-4.1'), [azure], { listed: {} });
    expect(none.missing[0]?.reason).toMatch(/^no deployment of GPT-4\.1/);
  });

  it('picks the inference profile of the region\u2019s geography on Bedrock', () => {
    const match = familyOnMyClouds(
      family('claude-sonnet-4-5'),
      [
        bedrock('us-east-1'),
        bedrock('eu-central-1'),
        bedrock('ap-northeast-1'),
        bedrock('sa-east-1'),
      ],
      { listed: {} },
    );
    expect(match.panes.map((p) => p.model)).toEqual([
      'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'jp.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
    ]);
  });

  it('takes a local server\u2019s own listing, and says when a cloud does not sell a model', () => {
    const match = familyOnMyClouds(family('gpt-oss-120b'), [local, openai, bedrock('us-west-2')], {
      listed: { local: [{ id: 'gpt-oss:20b' }, { id: 'gpt-oss:120b' }] },
    });
    expect(match.panes).toEqual([
      { profileId: 'local', model: 'gpt-oss:120b' },
      { profileId: 'br-us-west-2', model: 'openai.gpt-oss-120b-1:0' },
    ]);
    expect(match.missing).toEqual([
      { profileId: 'oa', profileName: 'OpenAI', reason: 'OpenAI does not offer gpt-oss-120b' },
    ]);
  });

  it('lists the families my clouds serve, most clouds first, and none nobody serves', () => {
    const families = familiesOnMyClouds([openai, mantle('us-east-2')], { listed: {} });
    expect(families[0]?.family.family).toBe('gpt-5.5');
    expect(families[0]?.panes).toHaveLength(2);
    expect(families.some((f) => f.family.family.startsWith('claude'))).toBe(false);
  });
});

describe('Azure deployment names', () => {
  const named = (deployments: string[]) =>
    familyOnMyClouds(family('gpt-4o'), [{ ...azure, deployments } as ProviderProfile], {
      listed: {},
    }).panes.map((p) => p.model);

  it('count a team suffix as the same model, a variant word as another', () => {
    expect(named(['gpt-4o-mini-prod', 'gpt-4o-eu'])).toEqual(['gpt-4o-eu']);
    expect(named(['gpt-4o-mini'])).toEqual([]);
  });

  it('give way to the model the server reported', () => {
    const match = familyOnMyClouds(family('gpt-4o'), [azure], {
      listed: {},
      servedByDeployment: { az: { 'gpt-4o-dev': 'gpt-4.1-2025-04-14' } },
    });
    expect(match.panes).toEqual([]);
  });
});
