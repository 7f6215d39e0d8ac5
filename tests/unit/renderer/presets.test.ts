import { describe, expect, it } from 'vitest';
import type { ProviderProfile } from '../../../shared/providers';
import { buildPresets, servedByDeploymentOf } from '../../../renderer/src/lib/presets';

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
  it('offers gpt-oss-120b through every cloud that serves it, named for the clouds it fills', () => {
    const presets = buildPresets([compatible, bedrock, mantle], {
      local: [{ id: 'gpt-oss-20b' }, { id: 'gpt-oss-120b' }],
    });
    const gptOss = presets.find((p) => p.id === 'family:gpt-oss-120b');
    expect(gptOss?.panes).toEqual([
      { profileId: 'local', model: 'gpt-oss-120b' },
      { profileId: 'br', model: 'openai.gpt-oss-120b-1:0' },
      { profileId: 'mantle', model: 'openai.gpt-oss-120b' },
    ]);
    expect(gptOss?.label).toBe('gpt-oss-120b on Local, Bedrock and OpenAI on Bedrock');
    expect(gptOss?.note).toBeUndefined();
  });

  it('offers the same OpenAI model on OpenAI and Azure, and says who does not serve it', () => {
    const presets = buildPresets([openai, azure, bedrock], {});
    const gpt4o = presets.find((p) => p.id === 'family:gpt-4o');
    expect(gpt4o?.panes).toEqual([
      { profileId: 'oa', model: 'gpt-4o' },
      { profileId: 'az', model: 'gpt-4o-prod' },
    ]);
    expect(gpt4o?.label).toBe('GPT-4o on OpenAI and Azure');
    expect(gpt4o?.note).toBe(
      'Not offered for GPT-4o: Bedrock (AWS Bedrock does not offer GPT-4o).',
    );
  });

  it('learns an Azure deployment\u2019s model from its answers', () => {
    const renamed = { ...azure, deployments: ['team-chat'] } as ProviderProfile;
    const served = servedByDeploymentOf(
      [
        {
          providerKind: 'azure-openai',
          providerName: 'Azure',
          model: 'team-chat',
          providerModelId: 'gpt-5.5-2026-04-23',
        },
      ],
      [renamed],
    );
    expect(served).toEqual({ az: { 'team-chat': 'gpt-5.5-2026-04-23' } });
    const presets = buildPresets([openai, renamed], {}, served);
    expect(presets.find((p) => p.id === 'family:gpt-5.5')?.panes).toEqual([
      { profileId: 'oa', model: 'gpt-5.5' },
      { profileId: 'az', model: 'team-chat' },
    ]);
  });

  it('names the default-model preset truthfully when not every provider fits', () => {
    const many = [1, 2, 3, 4, 5].map(
      (n) => ({ ...openai, id: `oa${n}`, name: `OpenAI ${n}` }) as ProviderProfile,
    );
    const defaults = buildPresets(many, {}).find((p) => p.id === 'each-cloud');
    expect(defaults?.label).toBe('Default model of the first 4 of 5 providers');
    expect(defaults?.panes).toHaveLength(4);
    expect(buildPresets([openai, bedrock], {}).find((p) => p.id === 'each-cloud')?.label).toBe(
      'Each provider\u2019s default model',
    );
  });

  it('offers nothing that needs a cloud the user has not set up', () => {
    expect(buildPresets([], {})).toEqual([]);
    const families = buildPresets([openai], {}).map((p) => p.id);
    expect(families).not.toContain('each-cloud');
    expect(families.every((id) => id.startsWith('family:gpt-'))).toBe(true);
  });
});
