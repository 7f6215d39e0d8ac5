import { describe, expect, it } from 'vitest';
import type { ProviderProfile } from '../../../shared/providers';
import { buildPresets } from '../../../renderer/src/lib/presets';

const compatible: ProviderProfile = {
  kind: 'openai-compatible',
  api: 'chat-completions',
  id: 'local',
  name: 'Local',
  baseUrl: 'http://127.0.0.1:1/v1',
  requiresKey: false,
};
const bedrock: ProviderProfile = {
  kind: 'bedrock',
  id: 'br',
  name: 'Bedrock',
  region: 'us-east-1',
  authMode: 'access-key',
};
const mantle: ProviderProfile = {
  kind: 'openai-on-bedrock',
  api: 'chat-completions',
  id: 'mantle',
  name: 'OpenAI on Bedrock',
  region: 'us-west-2',
  authMode: 'api-key',
};
const openai: ProviderProfile = {
  kind: 'openai',
  api: 'chat-completions',
  id: 'oa',
  name: 'OpenAI',
};
const azure: ProviderProfile = {
  kind: 'azure-openai',
  api: 'chat-completions',
  id: 'az',
  name: 'Azure',
  resourceEndpoint: 'https://res.openai.azure.com',
  deployments: ['gpt-4o-prod'],
  apiVersion: '2024-10-21',
};

describe('buildPresets', () => {
  it('offers GPT-OSS through every cloud that serves it, preferring the larger model', () => {
    const presets = buildPresets([compatible, bedrock, mantle], {
      local: [{ id: 'gpt-oss-20b' }, { id: 'gpt-oss-120b' }],
    });
    const gptOss = presets.find((p) => p.id === 'gpt-oss');
    expect(gptOss?.panes).toEqual([
      { profileId: 'local', model: 'gpt-oss-120b' },
      { profileId: 'br', model: 'openai.gpt-oss-120b-1:0' },
      { profileId: 'mantle', model: 'openai.gpt-oss-120b' },
    ]);
  });

  it('offers the same OpenAI model on OpenAI and Azure', () => {
    const presets = buildPresets([openai, azure], {});
    expect(presets.find((p) => p.id === 'gpt-4o')?.panes).toEqual([
      { profileId: 'oa', model: 'gpt-4o' },
      { profileId: 'az', model: 'gpt-4o-prod' },
    ]);
  });

  it('offers nothing that needs a cloud the user has not set up', () => {
    expect(buildPresets([openai], {})).toEqual([]);
    expect(buildPresets([bedrock, openai], {}).map((p) => p.id)).toEqual(['each-cloud']);
  });
});
