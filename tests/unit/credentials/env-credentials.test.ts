import { expect, it } from 'vitest';
import {
  findEnvCredentialOffers,
  findEnvImports,
} from '../../../electron/main/credentials/env-credentials';
import { providerProfileSchema } from '../../../shared/providers';

const env = {
  OPENAI_API_KEY: 'sk-env-openai-0000000000000001',
  AZURE_OPENAI_API_KEY: 'azure-env-key-00000000000002',
  AZURE_OPENAI_ENDPOINT: 'https://my-resource.openai.azure.com',
  AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-prod',
  AWS_PROFILE: 'work-sso',
  AWS_REGION: 'eu-west-1',
  AWS_BEARER_TOKEN_BEDROCK: 'bedrock-env-token-000000003',
  AWS_ACCESS_KEY_ID: 'AKIAENVACCESSKEY0004',
  AWS_SECRET_ACCESS_KEY: 'env-secret-access-key-0000005',
  HOME: '/home/someone',
};

it('offers each cloud found in the environment, by variable name only', () => {
  const offers = findEnvCredentialOffers(env);
  expect(offers.map((o) => o.id)).toEqual([
    'env-openai',
    'env-azure-openai',
    'env-bedrock-api-key',
    'env-bedrock-profile',
    'env-bedrock-access-key',
  ]);
  expect(offers.find((o) => o.id === 'env-azure-openai')?.variables).toEqual([
    'AZURE_OPENAI_API_KEY',
    'AZURE_OPENAI_ENDPOINT',
    'AZURE_OPENAI_DEPLOYMENT',
  ]);
  const text = JSON.stringify(offers);
  for (const secret of [
    env.OPENAI_API_KEY,
    env.AZURE_OPENAI_API_KEY,
    env.AWS_BEARER_TOKEN_BEDROCK,
    env.AWS_ACCESS_KEY_ID,
    env.AWS_SECRET_ACCESS_KEY,
  ]) {
    expect(text).not.toContain(secret);
  }
});

it('offers nothing when nothing is set, and Azure only with both key and endpoint', () => {
  expect(findEnvCredentialOffers({ HOME: '/home/someone' })).toEqual([]);
  expect(findEnvCredentialOffers({ AZURE_OPENAI_API_KEY: 'k', OPENAI_API_KEY: ' ' })).toEqual([]);
});

it('builds valid profiles whose secrets are kept apart from the profile', () => {
  for (const found of findEnvImports(env)) {
    const profile = providerProfileSchema.parse(found.profile);
    expect(JSON.stringify(profile)).not.toMatch(
      /sk-env|azure-env-key|bedrock-env|AKIAENV|env-secret/,
    );
  }
  const bedrockProfile = findEnvImports(env).find((f) => f.offer.id === 'env-bedrock-profile');
  expect(bedrockProfile?.profile).toMatchObject({
    kind: 'bedrock',
    authMode: 'profile',
    awsProfile: 'work-sso',
    region: 'eu-west-1',
  });
  expect(bedrockProfile?.secrets).toEqual({});
  const azure = findEnvImports(env).find((f) => f.offer.id === 'env-azure-openai');
  expect(azure?.profile).toMatchObject({ deployments: ['gpt-4o-prod'] });
  expect(azure?.secrets).toEqual({ apiKey: env.AZURE_OPENAI_API_KEY });
});

it('warns that temporary AWS keys expire', () => {
  const [offer] = findEnvCredentialOffers({
    AWS_ACCESS_KEY_ID: 'AKIA0000',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_SESSION_TOKEN: 'token',
  });
  expect(offer?.description).toContain('Session tokens expire');
  expect(offer?.description).toContain('us-east-1');
});
