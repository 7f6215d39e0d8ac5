// What the renderer may know about secrets: whether one is set and a masked hint. Never the value.
import { z } from 'zod';
import { SECRET_FIELDS } from './providers';

export const CREDENTIAL_BACKENDS = ['os-keychain', 'safe-storage', 'session-only'] as const;
export type CredentialBackend = (typeof CREDENTIAL_BACKENDS)[number];

export interface CredentialBackendStatus {
  backend: CredentialBackend;
  /** Plain words for the settings page: where keys go and what that means. */
  description: string;
  /** True when keys survive a restart. */
  persistent: boolean;
}

export interface SecretStatus {
  field: (typeof SECRET_FIELDS)[number];
  set: boolean;
  /** e.g. "…a1b2"; absent when not set or too short to hint safely. */
  hint?: string;
}

export const setSecretInputSchema = z.object({
  profileId: z.string().min(1).max(100),
  field: z.enum(SECRET_FIELDS),
  value: z.string().trim().min(1, 'Paste the key first.').max(16_384),
});
export const deleteSecretInputSchema = z.object({
  profileId: z.string().min(1).max(100),
  field: z.enum(SECRET_FIELDS),
});

/** Credentials found in the environment, described without their values. */
export interface EnvCredentialOffer {
  id: string;
  kind: 'openai' | 'azure-openai' | 'bedrock';
  description: string;
  variables: string[];
}
export const importEnvInputSchema = z.object({ offerId: z.string().min(1).max(100) });
