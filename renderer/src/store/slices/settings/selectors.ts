import type { ProviderProfile } from '../../../../../shared/providers';
import type { AppStore } from '../../app-store';

const profileCache = new WeakMap<object, ProviderProfile[]>();

function profiles(state: AppStore): ProviderProfile[] {
  const hit = profileCache.get(state.providers);
  if (hit) return hit;
  const value = state.providers.map((v) => v.profile);
  profileCache.set(state.providers, value);
  return value;
}

export const settingsSelectors = {
  profiles,
  profile: (state: AppStore, profileId: string) =>
    state.providers.find((v) => v.profile.id === profileId)?.profile,
  needsSetup: (state: AppStore) =>
    state.providersLoaded && (state.providers.length === 0 || state.setupInProgress),
  /** The theme to paint: 'system' follows the OS. */
  theme: (state: AppStore) => state.settings.theme,
};
