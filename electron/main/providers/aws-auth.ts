// How a Bedrock profile signs its requests: access keys (+ session token), a named AWS profile
// from ~/.aws (SSO profiles included, via fromIni), or a Bedrock API key sent as a bearer token.
import { fromIni } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { AwsAuthMode } from '../../../shared/providers';
import type { ProviderCredentials } from './provider';

export type AwsAuth =
  | {
      mode: 'sigv4';
      credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
      profileName?: string;
    }
  | { mode: 'bearer'; token: string };

export interface AwsAuthProfile {
  authMode: AwsAuthMode;
  awsProfile?: string | undefined;
}

/** Assumes the required secrets are present (create-provider checks them first). */
export function resolveAwsAuth(profile: AwsAuthProfile, credentials: ProviderCredentials): AwsAuth {
  switch (profile.authMode) {
    case 'api-key':
      return { mode: 'bearer', token: credentials.apiKey ?? '' };
    case 'access-key':
      return {
        mode: 'sigv4',
        credentials: {
          accessKeyId: credentials.accessKeyId ?? '',
          secretAccessKey: credentials.secretAccessKey ?? '',
          ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
        },
      };
    case 'profile': {
      const profileName = profile.awsProfile?.trim() || undefined;
      return {
        mode: 'sigv4',
        credentials: fromIni(profileName ? { profile: profileName } : {}),
        ...(profileName ? { profileName } : {}),
      };
    }
  }
}

/** The AWS SDK client settings for this auth; each mode is pinned so ambient env cannot swap it. */
export function awsClientAuthConfig(auth: AwsAuth):
  | {
      credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
      authSchemePreference: string[];
    }
  | { token: { token: string }; authSchemePreference: string[] } {
  if (auth.mode === 'bearer')
    return { token: { token: auth.token }, authSchemePreference: ['httpBearerAuth'] };
  return { credentials: auth.credentials, authSchemePreference: ['sigv4'] };
}
