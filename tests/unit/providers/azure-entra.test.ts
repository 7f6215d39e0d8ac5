// Sign-in failures from @azure/identity, in the words the pane shows: the library's own errors
// (as the openai SDK wraps them when a token function throws), never their raw text.
import {
  AggregateAuthenticationError,
  AuthenticationError,
  CredentialUnavailableError,
} from '@azure/identity';
import { OpenAIError } from 'openai';
import { describe, expect, it } from 'vitest';
import {
  describeEntraRefusal,
  describeEntraSignInFailure,
} from '../../../electron/main/providers/azure-entra';

/** What the openai SDK throws when its apiKey function fails. */
const wrapped = (cause: Error) =>
  new OpenAIError(`Failed to get token from 'apiKey' function: ${cause.message}`, { cause });

describe('Entra ID sign-in failures', () => {
  it('tells the user to sign in when no credential in the chain could', () => {
    const error = new AggregateAuthenticationError(
      [
        new CredentialUnavailableError('EnvironmentCredential is unavailable.'),
        new CredentialUnavailableError(
          "Please run 'az login' from a command prompt to authenticate before using this credential.",
        ),
      ],
      'ChainedTokenCredential authentication failed.',
    );
    const part = describeEntraSignInFailure(wrapped(error), 'Azure OpenAI');
    expect(part).toMatchObject({ type: 'error', kind: 'auth', retryable: false });
    expect(part?.message).toContain(
      'Sign in with `az login` (or set AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET) and try again.',
    );
  });

  it('names the Entra error code of a refused sign-in but not its description', () => {
    const refused = new AuthenticationError(401, {
      error: 'invalid_client',
      error_description:
        "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'sim-app-0000'.",
    });
    const part = describeEntraSignInFailure(wrapped(refused), 'Azure OpenAI');
    expect(part?.kind).toBe('auth');
    expect(part?.message).toContain(
      'Microsoft Entra ID refused to sign you in for Azure OpenAI (AADSTS7000215)',
    );
    expect(part?.message).not.toContain('sim-app-0000');
  });

  it('leaves errors that are not about signing in to the cloud’s own mapping', () => {
    expect(describeEntraSignInFailure(new Error('socket hang up'), 'Azure OpenAI')).toBeUndefined();
    expect(describeEntraRefusal(429, 'Azure OpenAI')).toBeUndefined();
  });

  it('puts Azure’s 401 and 403 for a token in words', () => {
    expect(describeEntraRefusal(401, 'Azure OpenAI')?.message).toMatch(/expired/);
    expect(describeEntraRefusal(403, 'Azure OpenAI')?.message).toContain(
      "no role on this resource (403): ask for 'Cognitive Services OpenAI User'",
    );
  });
});
