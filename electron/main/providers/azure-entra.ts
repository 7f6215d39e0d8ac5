// Microsoft Entra ID sign-in for Azure OpenAI: bearer tokens for the Cognitive Services scope from
// the machine's own Azure sign-in (environment variables, workload or managed identity, `az login`)
// through @azure/identity. Tokens live only in this process's memory; nothing is written anywhere.
import {
  DefaultAzureCredential,
  getBearerTokenProvider,
  type TokenCredential,
} from '@azure/identity';
import { errorPart } from './error-part';
import type { ErrorPart } from '../../../shared/stream';

/** The one scope Azure OpenAI accepts Entra ID tokens for. */
export const AZURE_OPENAI_SCOPE = 'https://cognitiveservices.azure.com/.default';

/** Builds the credential for a tenant (or the account's home tenant). Tests inject their own. */
export type AzureCredentialFactory = (options: { tenantId?: string }) => TokenCredential;

export type EntraTokenProvider = () => Promise<string>;

export interface EntraTokens {
  /** A token function for the tenant; it reuses a token until shortly before it expires. */
  forTenant(tenantId: string | undefined): EntraTokenProvider;
  /** Drops the tenant's cached token, after Azure refused it, so the next call signs in anew. */
  forget(tenantId: string | undefined): void;
}

const defaultCredential: AzureCredentialFactory = ({ tenantId }) =>
  new DefaultAzureCredential(tenantId ? { tenantId } : {});

/**
 * One token provider per tenant, kept for the life of the process: a provider is built per
 * stream, and without this every answer would start a fresh sign-in (an `az` process each time).
 */
export function createEntraTokens(createCredential = defaultCredential): EntraTokens {
  const providers = new Map<string, EntraTokenProvider>();
  const keyOf = (tenantId: string | undefined) => tenantId ?? '';
  return {
    forTenant(tenantId) {
      const key = keyOf(tenantId);
      let provider = providers.get(key);
      if (!provider) {
        const credential = createCredential(tenantId ? { tenantId } : {});
        provider = getBearerTokenProvider(credential, AZURE_OPENAI_SCOPE);
        providers.set(key, provider);
      }
      return provider;
    },
    forget(tenantId) {
      providers.delete(keyOf(tenantId));
    },
  };
}

/** The app's own cache, used unless a caller (a test) brings its own. */
export const appEntraTokens = createEntraTokens();

const SIGN_IN_HINT =
  'Sign in with `az login` (or set AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET) and try again.';

type NamedError = { name?: unknown; cause?: unknown; errors?: unknown; errorResponse?: unknown };

/** The @azure/identity error behind a failure, looking through the SDK's wrapping. */
function identityErrorIn(error: unknown, depth = 0): NamedError | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const e = error as NamedError;
  if (
    e.name === 'CredentialUnavailableError' ||
    e.name === 'AuthenticationError' ||
    e.name === 'AggregateAuthenticationError' ||
    e.name === 'AuthenticationRequiredError'
  ) {
    return e;
  }
  return identityErrorIn(e.cause, depth + 1);
}

/** Every credential in a chain was unavailable: nothing on this machine is signed in. */
function nothingSignedIn(e: NamedError): boolean {
  if (e.name === 'CredentialUnavailableError') return true;
  if (e.name !== 'AggregateAuthenticationError' || !Array.isArray(e.errors)) return false;
  return e.errors.every(
    (inner) => (inner as NamedError | null)?.name === 'CredentialUnavailableError',
  );
}

/** Entra's error codes (AADSTS…) name the cause without carrying anything secret. */
function entraCode(e: NamedError): string | undefined {
  const inner = Array.isArray(e.errors)
    ? (e.errors as NamedError[]).find((x) => x?.name === 'AuthenticationError')
    : e;
  const response = inner?.errorResponse as { errorDescription?: unknown } | undefined;
  const description =
    typeof response?.errorDescription === 'string' ? response.errorDescription : '';
  return /AADSTS\d+/.exec(description)?.[0];
}

/**
 * A failure to get a token, in words. Undefined when the error did not come from signing in.
 * The identity library's own messages are not shown: they can quote command output and paths.
 */
export function describeEntraSignInFailure(error: unknown, label: string): ErrorPart | undefined {
  const found = identityErrorIn(error);
  if (!found) return undefined;
  if (nothingSignedIn(found)) {
    return errorPart(
      'auth',
      `${label} uses Microsoft Entra ID, but no Azure sign-in was found on this computer. ${SIGN_IN_HINT}`,
    );
  }
  const code = entraCode(found);
  return errorPart(
    'auth',
    `Microsoft Entra ID refused to sign you in for ${label}${code ? ` (${code})` : ''}. ${SIGN_IN_HINT}`,
  );
}

/** Azure's answer to a request that carried an Entra ID token, for the statuses that mean sign-in. */
export function describeEntraRefusal(status: number, label: string): ErrorPart | undefined {
  if (status === 401) {
    return errorPart(
      'auth',
      `${label} rejected the Microsoft Entra ID token (401): it has expired or is not for this resource. Sign in again with \`az login\` and try again.`,
      { status },
    );
  }
  if (status === 403) {
    return errorPart(
      'auth',
      `${label} signed you in, but your account has no role on this resource (403): ask for 'Cognitive Services OpenAI User' on it, then try again.`,
      { status },
    );
  }
  return undefined;
}
