import type { StateCreator } from 'zustand';
import type { SecretStatus } from '../../../../../shared/credentials';
import type { ConnectionTestResult, ProviderProfileView } from '../../../../../shared/ipc';
import type { ProviderProfile, SecretField } from '../../../../../shared/providers';
import { api, errorMessage } from '../../../lib/api';
import type { AppStore } from '../../app-store';

export interface ProvidersAction {
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
}

// Provider profiles, the models their clouds list and where keys are kept. The workspace's panes
// follow the profiles through the workspace's own action (internal_ensurePanes).
export const createProvidersSlice: StateCreator<AppStore, [], [], ProvidersAction> = (set, get) => {
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
    async loadProviders() {
      try {
        const providers = await api.listProviders();
        set({ providers, providersLoaded: true });
        get().internal_ensurePanes();
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
      get().internal_ensurePanes();
      return view;
    },

    async deleteProvider(profileId) {
      try {
        await api.deleteProvider({ profileId });
        set({ providers: get().providers.filter((v) => v.profile.id !== profileId) });
        get().internal_ensurePanes();
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
  };
};
