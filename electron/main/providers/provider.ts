// One interface for every cloud. A provider maps its official SDK's stream onto StreamPart;
// it never throws from stream(): failures end the stream with an `error` part.
import type { ChatRequest } from '../../../shared/chat';
import type {
  ModelInfo,
  ProviderKind,
  ProviderProfile,
  SecretField,
} from '../../../shared/providers';
import type { StreamPart } from '../../../shared/stream';

export interface Provider {
  readonly kind: ProviderKind;
  /** Human name of the cloud for error messages ("Azure OpenAI"). */
  readonly label: string;
  stream(request: ChatRequest, signal: AbortSignal): AsyncIterable<StreamPart>;
  listModels(signal?: AbortSignal): Promise<ModelInfo[]>;
}

/** Secrets read from the credential store at the moment the client is built. */
export type ProviderCredentials = Partial<Record<SecretField, string>>;

export type ProviderFactory<P extends ProviderProfile = ProviderProfile> = (
  profile: P,
  credentials: ProviderCredentials,
) => Provider;
