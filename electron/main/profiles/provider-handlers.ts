// The IPC handlers for settings, provider profiles and their keys. Plain functions over the
// stores: no Electron here. No result ever carries a secret: keys go in, only "set" and a
// masked hint come out.
import type { IpcHandlers, ProviderProfileView } from '../../../shared/ipc';
import {
  PROVIDER_LABELS,
  SECRET_FIELDS,
  secretFieldsFor,
  type ProviderProfile,
  type SecretField,
} from '../../../shared/providers';
import type { CredentialStore } from '../credentials/credential-store';
import { findEnvCredentialOffers, findEnvImports, type Env } from '../credentials/env-credentials';
import { UserFacingError } from '../ipc/user-facing-error';
import type { Provider, ProviderCredentials } from '../providers/provider';
import type { SettingsStore } from '../settings/settings-store';
import { testProviderConnection } from './connection-test';
import { describeProviderFailure } from './describe-provider-failure';
import type { ProfileStore } from './profile-store';
import { readProviderCredentials } from './read-provider-credentials';

export { readProviderCredentials } from './read-provider-credentials';

export interface ProviderHandlerDeps {
  profiles: ProfileStore;
  credentials: CredentialStore;
  settings: SettingsStore;
  env: Env;
  createProvider: (profile: ProviderProfile, credentials: ProviderCredentials) => Provider;
  /** Limit for "Test connection" and model listing. */
  requestTimeoutMs?: number;
}

export type ProviderChannel =
  | 'getSettings'
  | 'updateSettings'
  | 'listProviders'
  | 'saveProvider'
  | 'deleteProvider'
  | 'testConnection'
  | 'listModels'
  | 'getCredentialBackend'
  | 'setSecret'
  | 'deleteSecret'
  | 'listEnvCredentials'
  | 'importEnvCredentials'
  | 'dismissEnvCredentials';

export function createProviderHandlers(
  deps: ProviderHandlerDeps,
): Pick<IpcHandlers, ProviderChannel> {
  const { profiles, credentials, settings, env } = deps;

  const requireProfile = (profileId: string): ProviderProfile => {
    const profile = profiles.get(profileId);
    if (!profile) {
      throw new UserFacingError(
        'That provider no longer exists. It may have been deleted.',
        'not-found',
      );
    }
    return profile;
  };

  const viewOf = async (profile: ProviderProfile): Promise<ProviderProfileView> => ({
    profile,
    secrets: await credentials.describe(profile.id, secretFieldsFor(profile)),
  });

  /** Offers not yet taken up: an imported offer's profile exists under the offer's id. */
  const openOffers = () =>
    findEnvImports(env).filter((found) => profiles.get(found.profile.id) === undefined);

  return {
    getSettings: async () => settings.get(),
    updateSettings: (patch) => settings.update(patch),

    listProviders: async () => Promise.all(profiles.list().map(viewOf)),

    saveProvider: async (input) => {
      const saved = await profiles.save(input);
      // A changed auth mode leaves keys the profile no longer uses: do not keep them around.
      const used = new Set(secretFieldsFor(saved));
      for (const field of SECRET_FIELDS) {
        if (!used.has(field)) await credentials.delete(saved.id, field);
      }
      return viewOf(saved);
    },

    deleteProvider: async ({ profileId }) => {
      // Secrets first: a profile that is gone but left keys behind would be a silent leak.
      await credentials.deleteAll(profileId);
      await profiles.delete(profileId);
    },

    testConnection: async (input) => {
      // A draft is tested as typed; keys it leaves empty are the ones stored for its id, read
      // here in main and never sent back.
      const profile = 'profile' in input ? input.profile : requireProfile(input.profileId);
      const stored = await readProviderCredentials(profile, credentials);
      const typed = 'profile' in input ? input.secrets : {};
      const secrets: ProviderCredentials = { ...stored };
      for (const field of secretFieldsFor(profile)) {
        const value = typed[field]?.trim();
        if (value) secrets[field] = value;
      }
      return testProviderConnection(profile, secrets, {
        createProvider: deps.createProvider,
        timeoutMs: deps.requestTimeoutMs,
      });
    },

    listModels: async ({ profileId }) => {
      const profile = requireProfile(profileId);
      const secrets = await readProviderCredentials(profile, credentials);
      const signal = AbortSignal.timeout(deps.requestTimeoutMs ?? 20_000);
      try {
        return await deps.createProvider(profile, secrets).listModels(signal);
      } catch (error) {
        // Providers already put their failures in words naming the cloud; keep those.
        if (error instanceof UserFacingError) throw error;
        const failure = describeProviderFailure(error, profile, secrets);
        throw new UserFacingError(
          `Could not list the models of ${PROVIDER_LABELS[profile.kind]}: ${failure.message}`,
        );
      }
    },

    getCredentialBackend: async () => credentials.status(),

    setSecret: async ({ profileId, field, value }) => {
      requireProfile(profileId);
      await credentials.set(profileId, field, value);
      const [status] = await credentials.describe(profileId, [field]);
      return status ?? { field, set: true };
    },

    deleteSecret: async ({ profileId, field }) => {
      await credentials.delete(profileId, field);
      return { field, set: false };
    },

    listEnvCredentials: async () => {
      if (settings.get().envImportOffered) return [];
      const open = new Set(openOffers().map((found) => found.offer.id));
      return findEnvCredentialOffers(env).filter((offer) => open.has(offer.id));
    },

    importEnvCredentials: async ({ offerId }) => {
      const found = findEnvImports(env).find((candidate) => candidate.offer.id === offerId);
      if (!found) {
        throw new UserFacingError(
          'Those credentials are no longer set in the environment.',
          'not-found',
        );
      }
      if (profiles.get(found.profile.id)) {
        throw new UserFacingError(`${found.profile.name} has already been added.`, 'invalid-input');
      }
      const saved = await profiles.save(found.profile);
      try {
        for (const [field, value] of Object.entries(found.secrets)) {
          if (value) await credentials.set(saved.id, field as SecretField, value);
        }
      } catch (error) {
        // Half an import (a profile without its key) would only confuse: undo it.
        await credentials.deleteAll(saved.id).catch(() => undefined);
        await profiles.delete(saved.id);
        throw error;
      }
      // Once every offer is taken up there is nothing left to ask about.
      if (openOffers().length === 0) await settings.update({ envImportOffered: true });
      return viewOf(saved);
    },

    dismissEnvCredentials: async () => {
      await settings.update({ envImportOffered: true });
    },
  };
}
