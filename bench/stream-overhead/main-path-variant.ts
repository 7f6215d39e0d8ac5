// The whole main process without Electron: createMainServices on a temp folder and a throw-away
// keychain service, sendTurn through the same IPC invoker Electron's registration uses, and the
// stream followed through the events the renderer would receive. This includes reading the keys
// from the keychain, recording history as it streams, part batching and event serialisation.
import { createIpcInvoker, type IpcInvoker } from '../../electron/main/ipc/invoke-handler';
import { loadKeytar } from '../../electron/main/credentials/keytar-like';
import { createMainServices } from '../../electron/main/services';
import type { SendTurnResult, StreamDoneEvent } from '../../shared/chat';
import type { CredentialBackendStatus } from '../../shared/credentials';
import type { EventName, IpcEvents, IpcResult } from '../../shared/ipc';
import { removeServiceEntries, uniqueServiceName } from '../../tests/support/keychain';
import type { SimulatorProfile } from '../../tests/support/simulator-profiles';
import { createTempDir } from '../../tests/support/temp-dir';
import type { StreamTiming, Variant } from './stream-sample';

interface RunTracker {
  startedAt: number;
  firstTextAt?: number;
  chars: number;
  ipcMessages: number;
  done(event: StreamDoneEvent): void;
}

export interface MainPath {
  variantFor(target: SimulatorProfile): Variant;
  credentialBackend: CredentialBackendStatus;
  close(): Promise<void>;
}

async function call<T>(invoke: IpcInvoker, channel: string, input?: unknown): Promise<T> {
  const result = (await invoke(channel, input)) as IpcResult<T>;
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

export async function startMainPath(targets: SimulatorProfile[]): Promise<MainPath> {
  const dir = await createTempDir('polycloud-chat-bench-');
  const keychainService = uniqueServiceName();
  // One stream runs at a time, so events belong to the current run.
  let current: RunTracker | undefined;
  const emit = <E extends EventName>(event: E, payload: IpcEvents[E]): void => {
    // Electron serialises every event it sends to the renderer; cloning stands in for that cost.
    const sent = structuredClone(payload);
    if (!current) return;
    if (event === 'streamParts') {
      const parts = (sent as IpcEvents['streamParts']).flatMap((stream) => stream.parts);
      current.ipcMessages += 1;
      for (const part of parts) {
        if (part.type !== 'text-delta' || part.delta.length === 0) continue;
        current.firstTextAt ??= performance.now();
        current.chars += part.delta.length;
      }
    } else if (event === 'streamDone') {
      current.done(sent as StreamDoneEvent);
    }
  };
  const services = await createMainServices({
    userDataDir: dir.path,
    keychainService,
    env: {},
    emit,
    openExternal: async () => undefined,
  });
  const close = async (): Promise<void> => {
    await services.dispose();
    try {
      await removeServiceEntries(await loadKeytar(), keychainService);
    } catch {
      // No keychain here: the keys lived in memory and are gone with the process.
    }
    await dir.remove();
  };
  const invoke = createIpcInvoker(services.handlers);
  let credentialBackend: CredentialBackendStatus;
  try {
    for (const { profile, credentials, model } of targets) {
      await call(invoke, 'saveProvider', { ...profile, defaultModel: model });
      for (const [field, value] of Object.entries(credentials)) {
        if (value) await call(invoke, 'setSecret', { profileId: profile.id, field, value });
      }
    }
    credentialBackend = await call<CredentialBackendStatus>(invoke, 'getCredentialBackend');
  } catch (error) {
    await close();
    throw error;
  }

  const variantFor = (target: SimulatorProfile): Variant => ({
    name: 'main path (sendTurn → streamDone)',
    async run(prompt): Promise<StreamTiming> {
      const startedAt = performance.now();
      const done = new Promise<StreamDoneEvent>((resolve) => {
        current = { startedAt, chars: 0, ipcMessages: 0, done: resolve };
      });
      const tracker = current as RunTracker | undefined;
      if (!tracker) throw new Error('no run tracker');
      await call<SendTurnResult>(invoke, 'sendTurn', {
        prompt,
        panes: [{ paneId: 'bench', profileId: target.profile.id, model: target.model }],
      });
      const event = await done;
      const totalMs = performance.now() - startedAt;
      current = undefined;
      if (event.outcome.status !== 'complete') {
        throw new Error(`${target.profile.name}: ${event.outcome.error?.message ?? 'stopped'}`);
      }
      return {
        ttftMs: tracker.firstTextAt === undefined ? null : tracker.firstTextAt - startedAt,
        totalMs,
        chars: tracker.chars,
        ipcMessages: tracker.ipcMessages,
      };
    },
  });

  return { variantFor, credentialBackend, close };
}
