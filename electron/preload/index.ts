// Exposes window.api: one named function per IPC channel and `on` for events. The renderer
// never gets ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import {
  CHANNELS,
  EVENT_NAMES,
  eventChannelName,
  invokeChannelName,
  type EventName,
  type IpcEvents,
  type IpcResult,
  type WindowApi,
} from '../../shared/ipc';

function buildApi(): WindowApi {
  const methods = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (input?: unknown): Promise<IpcResult<unknown>> =>
        ipcRenderer.invoke(invokeChannelName(channel), input ?? {}),
    ]),
  );
  const on = <E extends EventName>(
    event: E,
    listener: (payload: IpcEvents[E]) => void,
  ): (() => void) => {
    if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event "${String(event)}".`);
    const channel = eventChannelName(event);
    const wrapped = (_event: unknown, payload: IpcEvents[E]): void => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  };
  return { ...methods, on } as WindowApi;
}

contextBridge.exposeInMainWorld('api', buildApi());
