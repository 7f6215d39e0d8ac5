// The IPC contract: one map from channel name to input schema and result type, and one map of
// events main → renderer. The channel names are also the method names of `window.api`, so the
// preload, the test harness's browser bridge and the renderer's api.ts all derive from here.
import { z } from 'zod';
import {
  regenerateInputSchema,
  sendTurnInputSchema,
  synthesizeInputSchema,
  type SendTurnResult,
  type StreamDoneEvent,
  type StreamPartsEvent,
} from './chat';
import {
  addAttachmentInputSchema,
  readAttachmentInputSchema,
  type AttachmentContent,
  type AttachmentRef,
} from './attachments';
import { branchInputSchema, chooseAnswerInputSchema, voteInputSchema } from './decisions';
import {
  deleteSecretInputSchema,
  importEnvInputSchema,
  setSecretInputSchema,
  type CredentialBackendStatus,
  type EnvCredentialOffer,
  type SecretStatus,
} from './credentials';
import {
  archiveInputSchema,
  auditExportInputSchema,
  conversationRefSchema,
  exportInputSchema,
  getConversationInputSchema,
  importInputSchema,
  leaderboardInputSchema,
  listConversationsInputSchema,
  pinInputSchema,
  renameInputSchema,
  searchInputSchema,
  type ConversationDetail,
  type ConversationSummary,
  type ExportResult,
  type ImportResult,
  type LeaderboardResult,
  type SearchHit,
} from './history';
import {
  providerProfileSchema,
  SECRET_FIELDS,
  type ModelInfo,
  type ProviderProfile,
} from './providers';
import { appSettingsPatchSchema, type AppSettings } from './settings';
import type { ErrorKind } from './stream';

/** A channel: the zod schema its input must pass, and (as a type only) what it returns. */
export interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  /** Type-level only; never read at run time. */
  output?: O;
}
function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });
}

const none = z.object({}).strict().default({});
const profileRef = z.object({ profileId: z.string().min(1).max(100) });

/**
 * "Test connection" on what the form holds: a draft profile (maybe unsaved) and the keys typed
 * into it. Keys left empty fall back to the ones stored for the profile's id, in main.
 */
const draftTestInput = z.object({
  profile: providerProfileSchema,
  secrets: z.partialRecord(z.enum(SECRET_FIELDS), z.string().trim().max(16_384)).default({}),
});

export interface ProviderProfileView {
  profile: ProviderProfile;
  secrets: SecretStatus[];
}

export interface ConnectionTestResult {
  ok: boolean;
  /** Plain words: "Connected to OpenAI: 12 models available." or the cause of failure. */
  message: string;
  kind?: ErrorKind;
  latencyMs: number;
  /** The model ids the cloud listed, so the user can pick a default from them. */
  models?: string[];
}

export interface Paged<T> {
  items: T[];
  /** Cursor for the next page; absent on the last page. */
  next?: number;
}

export const ipcChannels = {
  getSettings: channel<AppSettings>()(none),
  updateSettings: channel<AppSettings>()(appSettingsPatchSchema),

  listProviders: channel<ProviderProfileView[]>()(none),
  saveProvider: channel<ProviderProfileView>()(providerProfileSchema),
  deleteProvider: channel<void>()(profileRef),
  testConnection: channel<ConnectionTestResult>()(z.union([profileRef, draftTestInput])),
  listModels: channel<ModelInfo[]>()(profileRef),

  getCredentialBackend: channel<CredentialBackendStatus>()(none),
  setSecret: channel<SecretStatus>()(setSecretInputSchema),
  deleteSecret: channel<SecretStatus>()(deleteSecretInputSchema),
  listEnvCredentials: channel<EnvCredentialOffer[]>()(none),
  importEnvCredentials: channel<ProviderProfileView>()(importEnvInputSchema),
  dismissEnvCredentials: channel<void>()(none),

  addAttachment: channel<AttachmentRef>()(addAttachmentInputSchema),
  readAttachment: channel<AttachmentContent>()(readAttachmentInputSchema),
  sendTurn: channel<SendTurnResult>()(sendTurnInputSchema),
  regenerate: channel<SendTurnResult>()(regenerateInputSchema),
  synthesize: channel<SendTurnResult>()(synthesizeInputSchema),
  stopStream: channel<void>()(z.object({ streamId: z.string().min(1).max(100) })),
  stopAll: channel<void>()(none),

  listConversations: channel<Paged<ConversationSummary>>()(listConversationsInputSchema),
  getConversation: channel<ConversationDetail>()(getConversationInputSchema),
  searchHistory: channel<Paged<SearchHit>>()(searchInputSchema),
  renameConversation: channel<void>()(renameInputSchema),
  pinConversation: channel<void>()(pinInputSchema),
  archiveConversation: channel<void>()(archiveInputSchema),
  deleteConversation: channel<void>()(conversationRefSchema),
  exportHistory: channel<ExportResult>()(exportInputSchema),
  importHistory: channel<ImportResult>()(importInputSchema),
  leaderboard: channel<LeaderboardResult>()(leaderboardInputSchema),
  exportAudit: channel<ExportResult>()(auditExportInputSchema),
  chooseAnswer: channel<void>()(chooseAnswerInputSchema),
  voteTurn: channel<void>()(voteInputSchema),
  branchConversation: channel<{ conversationId: string }>()(branchInputSchema),

  openExternal: channel<void>()(z.object({ url: z.string().max(4096) })),
} as const;

export type Channel = keyof typeof ipcChannels;
export const CHANNELS = Object.keys(ipcChannels) as Channel[];

type DefOf<C extends Channel> = (typeof ipcChannels)[C];
/** What the renderer passes (defaults may be omitted). */
export type ChannelInput<C extends Channel> = z.input<DefOf<C>['input']>;
/** What a handler receives after validation. */
export type ChannelParsed<C extends Channel> = z.output<DefOf<C>['input']>;
export type ChannelOutput<C extends Channel> =
  DefOf<C> extends ChannelDef<z.ZodType, infer O> ? O : never;

export const IPC_ERROR_CODES = ['invalid-input', 'not-found', 'forbidden', 'failed'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];
export interface IpcError {
  code: IpcErrorCode;
  /** Plain words, safe to show. Never contains a secret. */
  message: string;
  /** For invalid input: which field and why. */
  issues?: { path: string; message: string }[];
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The plain handler map main builds from its services. */
export type IpcHandlers = {
  [C in Channel]: (input: ChannelParsed<C>) => Promise<ChannelOutput<C>>;
};

/** Events main → renderer. */
export interface IpcEvents {
  /** Parts of every stream with some since the last message (at most ~60 messages/s). */
  streamParts: StreamPartsEvent[];
  streamDone: StreamDoneEvent;
  /** History changed outside the renderer's own calls (import, new turn). */
  historyChanged: { conversationId?: string };
}
export type EventName = keyof IpcEvents;
export const EVENT_NAMES: EventName[] = ['streamParts', 'streamDone', 'historyChanged'];

/** Electron channel names. */
export const invokeChannelName = (c: Channel): string => `api:${c}`;
export const eventChannelName = (e: EventName): string => `event:${e}`;

/** The shape of `window.api`, exposed by the preload (and by the test harness's bridge). */
export type WindowApi = {
  [C in Channel]: (input?: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: IpcEvents[E]) => void): () => void;
};
