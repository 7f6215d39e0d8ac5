import type { AppStore } from '../../app-store';

export const settingsSelectors = {
  needsSetup: (state: AppStore) =>
    state.providersLoaded && (state.providers.length === 0 || state.setupInProgress),
  /** The theme to paint: 'system' follows the OS. */
  theme: (state: AppStore) => state.settings.theme,
};
