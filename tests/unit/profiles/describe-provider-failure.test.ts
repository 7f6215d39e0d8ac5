import { expect, it } from 'vitest';
import { describeProviderFailure } from '../../../electron/main/profiles/describe-provider-failure';
import type { ProviderProfile } from '../../../shared/providers';

const openai: ProviderProfile = {
  kind: 'openai',
  api: 'chat-completions',
  id: 'o',
  name: 'OpenAI',
};
const bedrock: ProviderProfile = {
  kind: 'bedrock',
  id: 'b',
  name: 'Bedrock',
  region: 'eu-central-1',
  authMode: 'access-key',
};
const credentials = { apiKey: 'sk-secret-value-1234567890' };

function httpError(status: number, name = 'Error', message = 'failed'): Error {
  return Object.assign(new Error(message), { status, name });
}

it('names the cloud and says a 401 means the key was rejected', () => {
  expect(describeProviderFailure(httpError(401), openai, credentials)).toEqual({
    kind: 'auth',
    message: "OpenAI rejected the credentials (401). Check the key in this provider's settings.",
  });
});

it('reads AWS errors from their metadata and names the region', () => {
  const denied = Object.assign(new Error('not authorized'), {
    name: 'AccessDeniedException',
    $metadata: { httpStatusCode: 403 },
  });
  const result = describeProviderFailure(denied, bedrock, {});
  expect(result.kind).toBe('auth');
  expect(result.message).toContain('AWS Bedrock denied access (403)');
  expect(result.message).toContain('eu-central-1');
});

it('calls a refused or unknown host a network problem and points at the region', () => {
  const refused = Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
  });
  expect(describeProviderFailure(refused, bedrock, {})).toEqual({
    kind: 'network',
    message:
      'Could not reach AWS Bedrock in eu-central-1. Check the region, the endpoint and your network connection.',
  });
});

it("keeps a provider's own words but scrubs any key from them", () => {
  const fromProvider = Object.assign(
    new Error(`OpenAI rejected the API key ${credentials.apiKey} (401).`),
    { kind: 'auth' },
  );
  const result = describeProviderFailure(fromProvider, openai, credentials);
  expect(result).toEqual({
    kind: 'auth',
    message: 'OpenAI rejected the API key [redacted] (401).',
  });
});

it('maps 429 and 5xx to rate-limit and server', () => {
  expect(describeProviderFailure(httpError(429), openai, {}).kind).toBe('rate-limit');
  expect(describeProviderFailure(httpError(503), openai, {}).kind).toBe('server');
  expect(describeProviderFailure(httpError(404), openai, {}).kind).toBe('bad-request');
});
