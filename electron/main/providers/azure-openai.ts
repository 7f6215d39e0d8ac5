// Azure OpenAI through the `openai` SDK. The v1 API (`apiVersion: 'v1'`) is plain OpenAI under
// `<resource>/openai/v1/` with the model in the body; a dated api-version uses the AzureOpenAI
// client's deployment routes. Either signs in with the resource's API key or with Microsoft Entra
// ID, and the answer's region is the one Azure says served it (`x-ms-region`).
import OpenAI, { APIError, AzureOpenAI } from 'openai';
import { createOpenAiProtocolProvider } from './openai-protocol-provider';
import { mapOpenAiError } from './map-openai-error';
import { errorPart } from './error-part';
import { secretValues } from './provider-options';
import {
  appEntraTokens,
  describeEntraRefusal,
  describeEntraSignInFailure,
  type EntraTokenProvider,
} from './azure-entra';
import { AZURE_V1_API, PROVIDER_LABELS, azureAuthMode } from '../../../shared/providers';
import type { Provider, ProviderCredentials } from './provider';
import type { ProviderOptions } from './provider-options';
import type { ProviderProfileOf } from '../../../shared/providers';
import type { ErrorPart } from '../../../shared/stream';

/** The header Azure names the serving region in. */
export const AZURE_REGION_HEADER = 'x-ms-region';

type Auth = { apiKey: string } | { tokenProvider: EntraTokenProvider };

/** `https://NAME.openai.azure.com` (any trailing slashes) → `https://NAME.openai.azure.com/openai/v1/`. */
export function azureV1BaseUrl(resource: string): string {
  return `${resource.replace(/\/+$/, '')}/openai/v1/`;
}

function buildClient(profile: ProviderProfileOf<'azure-openai'>, auth: Auth): OpenAI {
  const resource = profile.endpoint ?? profile.resourceEndpoint;
  // Failures reach the user as error parts: no silent retries, no SDK console logging. An
  // OPENAI_ORG_ID or OPENAI_PROJECT_ID in the environment belongs to OpenAI, not to Azure.
  const quiet = { maxRetries: 0, logLevel: 'off', organization: null, project: null } as const;
  if (profile.apiVersion === AZURE_V1_API) {
    return 'apiKey' in auth
      ? new OpenAI({
          ...quiet,
          baseURL: azureV1BaseUrl(resource),
          apiKey: auth.apiKey,
          // Azure's keys go in `api-key`; the SDK's own Bearer header is removed.
          defaultHeaders: { 'api-key': auth.apiKey, Authorization: null },
        })
      : // A function apiKey is called before each request and sent as `Authorization: Bearer`.
        new OpenAI({ ...quiet, baseURL: azureV1BaseUrl(resource), apiKey: auth.tokenProvider });
  }
  return new AzureOpenAI({
    ...quiet,
    endpoint: resource,
    apiVersion: profile.apiVersion,
    ...('apiKey' in auth ? { apiKey: auth.apiKey } : { azureADTokenProvider: auth.tokenProvider }),
  });
}

export function createAzureOpenAiProvider(
  profile: ProviderProfileOf<'azure-openai'>,
  credentials: ProviderCredentials,
  options: ProviderOptions = {},
): Provider {
  const label = PROVIDER_LABELS['azure-openai'];
  // Tokens join the keys in this list as they arrive, so no message can show one.
  const secrets = secretValues(credentials);
  const entra = azureAuthMode(profile) === 'entra-id';
  const tokens = options.entraTokens ?? appEntraTokens;
  const auth: Auth = entra
    ? {
        tokenProvider: async () => {
          const token = await tokens.forTenant(profile.tenantId)();
          if (!secrets.includes(token)) secrets.push(token);
          return token;
        },
      }
    : { apiKey: credentials.apiKey ?? '' };
  const client = buildClient(profile, auth);

  const mapError = (error: unknown): ErrorPart => {
    if (
      error instanceof APIError &&
      error.status === 400 &&
      /API version not supported/i.test(error.message)
    ) {
      return errorPart(
        'bad-request',
        `${label} does not support the API version "${profile.apiVersion}"${profile.api === 'responses' ? ' for the Responses API' : ''} (400). Use v1, or choose Chat Completions, in this provider's settings.`,
        { status: 400 },
      );
    }
    if (entra) {
      const signIn = describeEntraSignInFailure(error, label);
      if (signIn) return signIn;
      if (error instanceof APIError && error.status !== undefined) {
        // A refused token is not taken from the cache again: the next try signs in anew, so a
        // fresh `az login` (another account, or after a role was granted) takes effect at once.
        if (error.status === 401 || error.status === 403) tokens.forget(profile.tenantId);
        const refusal = describeEntraRefusal(error.status, label);
        if (refusal) return refusal;
      }
    }
    return mapOpenAiError(error, {
      label,
      credentialName: entra ? 'Microsoft Entra ID sign-in' : 'API key',
      secrets,
    });
  };
  return createOpenAiProtocolProvider({
    kind: 'azure-openai',
    api: profile.api,
    label,
    client,
    regionHeader: AZURE_REGION_HEADER,
    maxTokensField: 'max_completion_tokens',
    secrets,
    mapError,
    idleTimeoutMs: profile.idleTimeoutMs ?? options.idleTimeoutMs,
    // Deployments are what requests name as the model, on v1 as on dated versions.
    listModels: () => Promise.resolve(profile.deployments.map((id) => ({ id }))),
  });
}
