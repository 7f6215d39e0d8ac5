// Where a profile's requests go, for the audit trail: the host (and port) only. Never a key,
// never a path or query (an override URL may carry a token in either), never user info.
import type { AnswerApi } from '../../../shared/answer';
import type { ProviderProfile } from '../../../shared/providers';

export interface AuditEndpoint {
  host?: string;
  /** The profile's API, for answers recorded before the answer kept its own. */
  api: AnswerApi;
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

export function auditEndpointOf(profile: ProviderProfile): AuditEndpoint {
  switch (profile.kind) {
    case 'openai':
      return { host: hostOf(profile.endpoint) ?? 'api.openai.com', api: profile.api };
    case 'azure-openai':
      return { host: hostOf(profile.endpoint ?? profile.resourceEndpoint), api: profile.api };
    case 'bedrock':
      return {
        host: hostOf(profile.endpoint) ?? `bedrock-runtime.${profile.region}.amazonaws.com`,
        api: 'converse',
      };
    case 'openai-on-bedrock':
      return {
        host: hostOf(profile.endpoint) ?? `bedrock-mantle.${profile.region}.api.aws`,
        api: profile.api,
      };
    case 'openai-compatible':
      return { host: hostOf(profile.endpoint ?? profile.baseUrl), api: profile.api };
  }
}
