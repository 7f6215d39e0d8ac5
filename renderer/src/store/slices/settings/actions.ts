import type { StateCreator } from 'zustand';
import type { SecretStatus } from '../../../../../shared/credentials';
import type { ConnectionTestResult, ProviderProfileView } from '../../../../../shared/ipc';
import type { ProviderProfile, SecretField } from '../../../../../shared/providers';
import type { AppSettings } from '../../../../../shared/settings';
import { api, errorMessage } from '../../../lib/api';
import type { AppStore } from '../../app-store';

export interface SettingsAction {
  loadSettings(): Promise<void>;
  updateSettings(patch: Partial<AppSettings>): Promise<void>;
  loadProviders(): Promise<void>;
  /** Throws ApiError (with field issues) so the form can show them. */
  saveProvider(profile: ProviderProfile): Promise<ProviderProfileView>;
  deleteProvider(profileId: string): Promise<void>;
  /** Throws ApiError so the form can show it next to the key field. */
  setSecret(profileId: string, field: SecretField, value: string): Promise<SecretStatus>;
  deleteSecret(profileId: string, field: SecretField): Promise<void>;
  testConnection(profileId: string): Promise<ConnectionTestResult>;
  loadModels(profileId: string): Promise<void>;
  loadCredentialBackend(): Promise<void>;
  setSettingsOpen(open: boolean): void;
  setSetupInProgress(active: boolean): void;
}

export const createSettingsSlice: StateCreator<AppStore, [], [], SettingsAction> = (set, get) => {
  const replaceSecret = (profileId: string, status: SecretStatus) => {
    set({
      providers: get().providers.map((view) =>
        view.profile.id !== profileId
          ? view
          : {
              ...view,
              secrets: [...view.secrets.filter((s) => s.field !== status.field), status],
            },
      ),
    });
  };
  const modelsRequested = new Set<string>();

  return {
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

    async loadProviders() {
      try {
        const providers = await api.listProviders();
        set({ providers, providersLoaded: true });
        get().ensurePanes();
      } catch (error) {
        set({ providersLoaded: true });
        get().notify('settings', errorMessage(error));
      }
    },

    async saveProvider(profile) {
      const view = await api.saveProvider(profile);
      const exists = get().providers.some((v) => v.profile.id === view.profile.id);
      set({
        providers: exists
          ? get().providers.map((v) => (v.profile.id === view.profile.id ? view : v))
          : [...get().providers, view],
      });
      modelsRequested.delete(view.profile.id);
      get().ensurePanes();
      return view;
    },

    async deleteProvider(profileId) {
      try {
        await api.deleteProvider({ profileId });
        set({ providers: get().providers.filter((v) => v.profile.id !== profileId) });
        get().ensurePanes();
      } catch (error) {
        get().notify('settings', errorMessage(error));
      }
    },

    async setSecret(profileId, field, value) {
      const status = await api.setSecret({ profileId, field, value });
      replaceSecret(profileId, status);
      modelsRequested.delete(profileId);
      return status;
    },

    async deleteSecret(profileId, field) {
      try {
        replaceSecret(profileId, await api.deleteSecret({ profileId, field }));
      } catch (error) {
        get().notify('settings', errorMessage(error));
      }
    },

    testConnection(profileId) {
      return api.testConnection({ profileId });
    },

    async loadModels(profileId) {
      // Once per profile per session (again after its settings or keys change).
      if (modelsRequested.has(profileId)) return;
      modelsRequested.add(profileId);
      try {
        const models = await api.listModels({ profileId });
        set({ models: { ...get().models, [profileId]: models } });
      } catch {
        // Not every cloud can list models; the suggestions and free text still work.
      }
    },

    async loadCredentialBackend() {
      try {
        set({ credentialBackend: await api.getCredentialBackend() });
      } catch (error) {
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
  };
};
