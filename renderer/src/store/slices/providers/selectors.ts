import type { ProviderProfile } from '../../../../../shared/providers';
import type { AppStore } from '../../app-store';

/** The profiles alone: a new array each call, so subscribe with useShallow. */
function profiles(state: AppStore): ProviderProfile[] {
  return state.providers.map((v) => v.profile);
}

export const providersSelectors = {
  profiles,
  profile: (state: AppStore, profileId: string) =>
    state.providers.find((v) => v.profile.id === profileId)?.profile,
};
