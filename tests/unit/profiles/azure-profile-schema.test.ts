// Azure profiles: what a new one gets by default, what a saved one keeps, and which secret each
// sign-in needs.
import { describe, expect, it } from 'vitest';
import {
  azureAuthMode,
  providerProfileSchema,
  secretFieldsFor,
  type ProviderProfileOf,
} from '../../../shared/providers';

const base = {
  kind: 'azure-openai',
  id: 'az',
  name: 'Azure',
  resourceEndpoint: 'https://my-resource.openai.azure.com',
  deployments: ['gpt-5-mini'],
};

function parseAzure(input: Record<string, unknown>): ProviderProfileOf<'azure-openai'> {
  const parsed = providerProfileSchema.parse({ ...base, ...input });
  if (parsed.kind !== 'azure-openai') throw new Error('not an Azure profile');
  return parsed;
}

describe('Azure profile schema', () => {
  it('gives a new profile the v1 API, the Responses API and an API key', () => {
    const profile = parseAzure({});
    expect(profile.apiVersion).toBe('v1');
    expect(profile.api).toBe('responses');
    expect(azureAuthMode(profile)).toBe('api-key');
    expect(secretFieldsFor(profile)).toEqual(['apiKey']);
  });

  it('keeps a saved dated api-version and migrates it to the Chat Completions it spoke', () => {
    const profile = parseAzure({ apiVersion: '2024-10-21' });
    expect(profile.apiVersion).toBe('2024-10-21');
    expect(profile.api).toBe('chat-completions');
    expect(azureAuthMode(profile)).toBe('api-key');
  });

  it('keeps an explicit API choice on v1', () => {
    expect(parseAzure({ apiVersion: 'v1', api: 'chat-completions' }).api).toBe('chat-completions');
  });

  it('needs no stored secret when signing in with Microsoft Entra ID', () => {
    const profile = parseAzure({ authMode: 'entra-id', tenantId: 'contoso.onmicrosoft.com' });
    expect(profile.tenantId).toBe('contoso.onmicrosoft.com');
    expect(secretFieldsFor(profile)).toEqual([]);
  });

  it('refuses a tenant id that could not be one', () => {
    const parsed = providerProfileSchema.safeParse({
      ...base,
      authMode: 'entra-id',
      tenantId: 'contoso; rm -rf',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/tenant ID/);
  });

  it('refuses an unknown sign-in mode', () => {
    expect(providerProfileSchema.safeParse({ ...base, authMode: 'password' }).success).toBe(false);
  });
});
