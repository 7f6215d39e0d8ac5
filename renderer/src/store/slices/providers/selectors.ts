import type { AppStore } from '../../app-store';

export const providersSelectors = {
  profile: (state: AppStore, profileId: string) =>
    state.providers.find((v) => v.profile.id === profileId)?.profile,
};
