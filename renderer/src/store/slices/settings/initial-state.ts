import { appSettingsSchema, type AppSettings } from '../../../../../shared/settings';

export interface SettingsState {
  settings: AppSettings;
  settingsOpen: boolean;
  /** The guided setup stays on screen until the user has seen its connection test. */
  setupInProgress: boolean;
}

export const initialSettingsState: SettingsState = {
  settings: appSettingsSchema.parse({}),
  settingsOpen: false,
  setupInProgress: false,
};
