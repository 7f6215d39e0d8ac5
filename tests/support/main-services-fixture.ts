// The real main process without Electron: every service built by createMainServices on a temp
// folder and a throw-away keychain service, the real SDKs against the cloud simulator, and
// every event and log line captured so tests can see what the renderer and the log would.
import { createIpcInvoker, type IpcInvoker } from '../../electron/main/ipc/invoke-handler';
import { createLogger } from '../../electron/main/logging/logger';
import { loadKeytar } from '../../electron/main/credentials/keytar-like';
import { createMainServices, type MainServices } from '../../electron/main/services';
import type { StreamDoneEvent, SendTurnResult } from '../../shared/chat';
import type { EventName, IpcEvents, IpcResult } from '../../shared/ipc';
import { startCloudSimulator, type CloudSimulator } from '../simulator/cloud-simulator';
import { removeServiceEntries, uniqueServiceName } from './keychain';
import { simulatorProfiles, type SimulatorProfile } from './simulator-profiles';
import { createTempDir, type TempDir } from './temp-dir';

export interface CapturedEvent<E extends EventName = EventName> {
  event: E;
  payload: IpcEvents[E];
}

export interface MainServicesFixture {
  sim: CloudSimulator;
  dir: TempDir;
  services: MainServices;
  invoke: IpcInvoker;
  /** Calls a channel and returns its value, failing the test with the error's words. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  events: CapturedEvent[];
  /** Every result an invoke returned, as the renderer would have received it. */
  results: unknown[];
  logLines: string[];
  profiles: SimulatorProfile[];
  /** A pane on one of the fixture's profiles, with that profile's model (pane id = profile id). */
  paneOn(profileId: string, paneId?: string): { paneId: string; profileId: string; model: string };
  /** Resolves with each stream's done event once all have ended. */
  waitForDone(result: SendTurnResult): Promise<Map<string, StreamDoneEvent>>;
  close(): Promise<void>;
}

export async function startMainServices(
  options: { profiles?: SimulatorProfile[] | ((sim: CloudSimulator) => SimulatorProfile[]) } = {},
): Promise<MainServicesFixture> {
  const sim = await startCloudSimulator();
  const dir = await createTempDir();
  const keychainService = uniqueServiceName();
  const events: CapturedEvent[] = [];
  const logLines: string[] = [];
  const doneWaiters: (() => void)[] = [];
  const services = await createMainServices({
    userDataDir: dir.path,
    keychainService,
    env: {},
    emit: (event, payload) => {
      events.push({ event, payload } as CapturedEvent);
      if (event === 'streamDone') doneWaiters.forEach((wake) => wake());
    },
    openExternal: async () => undefined,
    log: createLogger((line) => logLines.push(line)),
  });
  const results: unknown[] = [];
  const invokeHandlers = createIpcInvoker(services.handlers);
  const invoke: IpcInvoker = async (channel, input) => {
    const result = await invokeHandlers(channel, input);
    results.push(result);
    return result;
  };
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = (await invoke(channel, input)) as IpcResult<T>;
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value;
  };

  const profiles =
    typeof options.profiles === 'function'
      ? options.profiles(sim)
      : (options.profiles ?? simulatorProfiles(sim));
  for (const { profile, credentials, model } of profiles) {
    await call('saveProvider', { ...profile, defaultModel: model });
    for (const [field, value] of Object.entries(credentials)) {
      if (value) await call('setSecret', { profileId: profile.id, field, value });
    }
  }

  const doneFor = (streamId: string) =>
    events.find(
      (e): e is CapturedEvent<'streamDone'> =>
        e.event === 'streamDone' && (e.payload as StreamDoneEvent).streamId === streamId,
    )?.payload;

  return {
    sim,
    dir,
    services,
    invoke,
    call,
    events,
    results,
    logLines,
    profiles,
    paneOn: (profileId, paneId = profileId) => {
      const entry = profiles.find((p) => p.profile.id === profileId);
      if (!entry) throw new Error(`no simulator profile ${profileId}`);
      return { paneId, profileId, model: entry.model };
    },
    waitForDone: (result) =>
      new Promise((resolve) => {
        const check = () => {
          const done = result.streams.map((s) => doneFor(s.streamId));
          if (done.every(Boolean)) {
            resolve(
              new Map(done.map((d) => [(d as StreamDoneEvent).paneId, d as StreamDoneEvent])),
            );
            return true;
          }
          return false;
        };
        if (!check()) doneWaiters.push(() => void check());
      }),
    async close() {
      await services.dispose();
      await sim.close();
      try {
        await removeServiceEntries(await loadKeytar(), keychainService);
      } catch {
        // No keychain here: the keys lived in memory and are gone with the process.
      }
      await dir.remove();
    },
  };
}
