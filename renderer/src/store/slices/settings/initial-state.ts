import type { CredentialBackendStatus } from '../../../../../shared/credentials';
import type { ProviderProfileView } from '../../../../../shared/ipc';
import type { ModelInfo } from '../../../../../shared/providers';
import { appSettingsSchema, type AppSettings } from '../../../../../shared/settings';

export interface SettingsState {
  settings: AppSettings;
  providers: ProviderProfileView[];
  providersLoaded: boolean;
  /** Models each profile's cloud listed, by profile id. */
  models: Record<string, ModelInfo[]>;
  credentialBackend?: CredentialBackendStatus;
  settingsOpen: boolean;
  /** The guided setup stays on screen until the user has seen its connection test. */
  setupInProgress: boolean;
}

export const initialSettingsState: SettingsState = {
  settings: appSettingsSchema.parse({}),
  providers: [],
  providersLoaded: false,
  models: {},
  settingsOpen: false,
  setupInProgress: false,
};
