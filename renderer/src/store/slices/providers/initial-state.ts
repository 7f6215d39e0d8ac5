import type { CredentialBackendStatus } from '../../../../../shared/credentials';
import type { ProviderProfileView } from '../../../../../shared/ipc';
import type { ModelInfo } from '../../../../../shared/providers';

export interface ProvidersState {
  /** Every configured profile with its key-store status (never a secret). */
  providers: ProviderProfileView[];
  providersLoaded: boolean;
  /** Models each profile's cloud listed, by profile id. */
  models: Record<string, ModelInfo[]>;
  /** Where keys are kept (OS keychain, safeStorage, this session only). */
  credentialBackend?: CredentialBackendStatus;
}

export const initialProvidersState: ProvidersState = {
  providers: [],
  providersLoaded: false,
  models: {},
};
