// What the app passes when it builds a provider, besides the profile and its secrets.
import type { EntraTokens } from './azure-entra';
import type { ProviderCredentials } from './provider';

export interface ProviderOptions {
  /** Default idle limit for a silent stream, ms (the profile's own limit wins). */
  idleTimeoutMs?: number;
  /** Azure's Entra ID token cache; the app's own unless a test brings one with its credential. */
  entraTokens?: EntraTokens;
}

/** Every secret value in play, for scrubbing messages. */
export function secretValues(credentials: ProviderCredentials): string[] {
  return Object.values(credentials).filter(
    (v): v is string => typeof v === 'string' && v.length > 0,
  );
}
