// Builds the provider handlers over real stores: JSON files in a temp folder and the credential
// store the machine offers (the OS keychain under a unique test service name when one answers).
import { createCredentialStore } from '../../../electron/main/credentials/create-credential-store';
import type { CredentialStore } from '../../../electron/main/credentials/credential-store';
import type { Env } from '../../../electron/main/credentials/env-credentials';
import { loadKeytar } from '../../../electron/main/credentials/keytar-like';
import {
  createProfileStore,
  type ProfileStore,
} from '../../../electron/main/profiles/profile-store';
import {
  createProviderHandlers,
  type ProviderHandlerDeps,
} from '../../../electron/main/profiles/provider-handlers';
import {
  createSettingsStore,
  type SettingsStore,
} from '../../../electron/main/settings/settings-store';
import { removeServiceEntries, uniqueServiceName } from '../../support/keychain';
import { createTempDir, type TempDir } from '../../support/temp-dir';

export interface HandlerFixture {
  handlers: ReturnType<typeof createProviderHandlers>;
  profiles: ProfileStore;
  settings: SettingsStore;
  credentials: CredentialStore;
  dir: TempDir;
  cleanup(): Promise<void>;
}

export async function createHandlerFixture(
  options: {
    env?: Env;
    createProvider?: ProviderHandlerDeps['createProvider'];
    requestTimeoutMs?: number;
  } = {},
): Promise<HandlerFixture> {
  const dir = await createTempDir();
  const serviceName = uniqueServiceName();
  const credentials = await createCredentialStore({
    serviceName,
    userDataDir: dir.path,
    probeTimeoutMs: 3000,
  });
  const profiles = createProfileStore({ file: dir.file('providers.json') });
  const settings = createSettingsStore({ file: dir.file('settings.json') });
  const handlers = createProviderHandlers({
    profiles,
    credentials,
    settings,
    env: options.env ?? {},
    createProvider:
      options.createProvider ??
      (() => {
        throw new Error('No provider is built in this test.');
      }),
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
  });
  return {
    handlers,
    profiles,
    settings,
    credentials,
    dir,
    cleanup: async () => {
      if (credentials.status().backend === 'os-keychain') {
        await removeServiceEntries(await loadKeytar(), serviceName);
      }
      await dir.remove();
    },
  };
}
