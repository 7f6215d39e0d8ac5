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
    });
    expect(profileFromDraft(draftFromProfile(profile))).toMatchObject(profile);
  });
});
