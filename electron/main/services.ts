// The composition root: builds every plain-Node service from its files in the user-data folder
// and returns the IPC handler map. The Electron shell and the browser test harness both call it,
// so the tests exercise exactly what the app runs.
import { join } from 'node:path';
import type { EventName, IpcEvents, IpcHandlers } from '../../shared/ipc';
import { createChatHandlers } from './chat/chat-handlers';
import { createChatService } from './chat/chat-service';
import { createCredentialStore } from './credentials/create-credential-store';
import type { SafeStorageLike } from './credentials/safe-storage-credential-store';
import { createDecisionHandlers } from './history/decision-handlers';
import { auditEndpointOf } from './history/audit-endpoint';
import { createHistoryHandlers } from './history/history-handlers';
import { HISTORY_FILE_NAME, openHistoryStore } from './history/history-store';
import { UserFacingError } from './ipc/user-facing-error';
import { createFileLogger, type Logger } from './logging/logger';
import { createPriceBook } from './pricing/price-book';
import { readPriceOverrides } from './pricing/price-overrides-file';
import { createProfileStore } from './profiles/profile-store';
import { createProviderHandlers, readProviderCredentials } from './profiles/provider-handlers';
import { createProvider } from './providers/create-provider';
import { isAllowedExternalUrl } from './security/external-url';
import { createSettingsStore } from './settings/settings-store';

export interface MainServicesOptions {
  /** settings.json, profiles.json, history.sqlite and logs/ live here. */
  userDataDir: string;
  /** Keychain service name; tests use a unique one per run. */
  keychainService: string;
  /** Electron's safeStorage in the app; absent in tests and the harness. */
  safeStorage?: SafeStorageLike;
  env?: Record<string, string | undefined>;
  emit: <E extends EventName>(event: E, payload: IpcEvents[E]) => void;
  openExternal: (url: string) => Promise<void>;
  /** Defaults to JSON lines in `<userDataDir>/logs/main.log`. */
  log?: Logger;
}

export interface MainServices {
  handlers: IpcHandlers;
  /** Stops running streams (recorded as stopped) and closes the database. */
  dispose(): Promise<void>;
}

export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const dir = options.userDataDir;
  const log = options.log ?? createFileLogger(join(dir, 'logs', 'main.log'));
  const settings = createSettingsStore({ file: join(dir, 'settings.json') });
  const profiles = createProfileStore({ file: join(dir, 'profiles.json') });
  for (const store of [settings, profiles]) {
    if (store.recovered) log.warn('settings-file-recovered', { keptAs: store.recovered.keptAs });
  }
  const credentials = await createCredentialStore({
    serviceName: options.keychainService,
    userDataDir: dir,
    safeStorage: options.safeStorage,
    onKeychainUnavailable: (reason) => log.warn('keychain-unavailable', { reason }),
  });
  log.info('credential-backend', { backend: credentials.status().backend });
  const history = openHistoryStore({
    file: join(dir, HISTORY_FILE_NAME),
    onError: (error) =>
      log.error('history-write-failed', { reason: error instanceof Error ? error.message : '' }),
  });
  const overrides = readPriceOverrides(join(dir, 'price-overrides.json'));
  if (overrides.problem) log.warn('price-overrides-invalid', { reason: overrides.problem });
  const priceBook = createPriceBook({ overrides: overrides.rows });

  const chat = createChatService({
    getProfile: (id) => profiles.get(id),
    readCredentials: (profile) => readProviderCredentials(profile, credentials),
    createProvider,
    recorder: history,
    attachments: history.attachments,
    priceAnswer: (query) => priceBook.priceAnswer(query),
    emit: options.emit,
    idleTimeoutMs: () => settings.get().idleTimeoutMs,
    synthesisPrompt: () => settings.get().synthesisPrompt,
    log,
  });

  const handlers: IpcHandlers = {
    ...createProviderHandlers({
      profiles,
      credentials,
      settings,
      env: options.env ?? {},
      createProvider: (profile, secrets) =>
        createProvider(profile, secrets, {
          idleTimeoutMs: profile.idleTimeoutMs ?? settings.get().idleTimeoutMs,
        }),
    }),
    ...createHistoryHandlers(history, options.emit, {
      endpointOf: (profileId) => {
        const profile = profiles.get(profileId);
        return profile === undefined ? undefined : auditEndpointOf(profile);
      },
      redactContent: () => settings.get().redactContent,
    }),
    ...createDecisionHandlers(history, options.emit),
    ...createChatHandlers(chat),
    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw new UserFacingError('Only https links can be opened from the app.', 'forbidden');
      }
      await options.openExternal(url);
    },
  };

  return {
    handlers,
    async dispose() {
      await chat.dispose();
      history.close();
    },
  };
}
