import { describe, expect, it } from 'vitest';
import { PROVIDER_KINDS, providerProfileSchema } from '../../../shared/providers';
import {
  draftFromProfile,
  emptyDraft,
  profileFromDraft,
} from '../../../renderer/src/components/settings/profile-draft';

describe('provider form drafts', () => {
  it('builds a profile main accepts for every cloud once its required fields are filled', () => {
    for (const kind of PROVIDER_KINDS) {
      const draft = {
        ...emptyDraft(kind),
        resourceEndpoint: 'https://res.openai.azure.com',
        deployments: 'gpt-4o-prod, gpt-4o-mini',
        baseUrl: 'http://127.0.0.1:11434/v1',
      };
      const parsed = providerProfileSchema.safeParse(profileFromDraft(draft));
      expect(parsed.success, kind).toBe(true);
    }
  });

  it('round-trips a saved profile through the form', () => {
    const profile = providerProfileSchema.parse({
      kind: 'azure-openai',
      id: 'az',
      name: 'Azure',
      resourceEndpoint: 'https://res.openai.azure.com',
      deployments: ['a', 'b'],
      apiVersion: '2024-10-21',
      defaultModel: 'a',
      deploymentType: 'data-zone',
    });
    expect(profileFromDraft(draftFromProfile(profile))).toMatchObject(profile);
  });

  it('prices an Azure profile saved before deployment types existed as Global', () => {
    const profile = providerProfileSchema.parse({
      kind: 'azure-openai',
      id: 'az',
      name: 'Azure',
      resourceEndpoint: 'https://res.openai.azure.com',
      deployments: ['a'],
    });
    expect(draftFromProfile(profile).azureDeploymentType).toBe('global');
  });

  it('starts a new Azure profile on v1 with the Responses API and an API key', () => {
    const draft = emptyDraft('azure-openai');
    expect(draft).toMatchObject({ apiVersion: 'v1', api: 'responses', azureAuthMode: 'api-key' });
  });

  it('keeps an Azure Entra ID sign-in and its tenant, and drops a tenant for key sign-in', () => {
    const profile = providerProfileSchema.parse({
      kind: 'azure-openai',
      id: 'az',
      name: 'Azure',
      resourceEndpoint: 'https://res.openai.azure.com',
      deployments: ['a'],
      apiVersion: 'v1',
      api: 'chat-completions',
      authMode: 'entra-id',
      tenantId: 'contoso.onmicrosoft.com',
    });
    const draft = draftFromProfile(profile);
    expect(profileFromDraft(draft)).toMatchObject(profile);
    expect(profileFromDraft({ ...draft, azureAuthMode: 'api-key' })).toMatchObject({
      authMode: 'api-key',
      tenantId: undefined,
    });
  });
});
