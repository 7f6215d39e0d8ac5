import type { StateCreator } from 'zustand';
import type { AppSettings } from '../../../../../shared/settings';
import { api, errorMessage } from '../../../lib/api';
import type { AppStore } from '../../app-store';

export interface SettingsAction {
  loadSettings(): Promise<void>;
  updateSettings(patch: Partial<AppSettings>): Promise<void>;
  setSettingsOpen(open: boolean): void;
  setSetupInProgress(active: boolean): void;
}

// App settings (theme and the like) and whether the settings or the guided setup are open.
export const createSettingsSlice: StateCreator<AppStore, [], [], SettingsAction> = (set, get) => ({
  async loadSettings() {
    try {
      set({ settings: await api.getSettings() });
    } catch (error) {
      get().notify('settings', errorMessage(error));
    }
  },

  async updateSettings(patch) {
    const previous = get().settings;
    set({ settings: { ...previous, ...patch } });
    try {
      set({ settings: await api.updateSettings(patch) });
    } catch (error) {
      set({ settings: previous });
      get().notify('settings', errorMessage(error));
    }
  },

  setSettingsOpen(open) {
    set({ settingsOpen: open });
    if (open) void get().loadCredentialBackend();
  },

  setSetupInProgress(active) {
    set({ setupInProgress: active });
  },
});
