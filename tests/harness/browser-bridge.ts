// The test harness's window.api: the same shape as the preload's (one async method per channel in
// CHANNELS, plus `on`), carried over a loopback WebSocket to the real handler map. Injected into
// index.html only by the harness build; never part of the app.
import {
  CHANNELS,
  EVENT_NAMES,
  type EventName,
  type IpcEvents,
  type IpcResult,
  type WindowApi,
} from '../../shared/ipc';
import type { BridgeCall, BridgeMessage } from './bridge-protocol';

function connect(): WindowApi {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const socket = new WebSocket(`ws://${location.host}/bridge?token=${encodeURIComponent(token)}`);
  const pending = new Map<number, (result: IpcResult<unknown>) => void>();
  const queue: string[] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let closed = false;

  socket.addEventListener('open', () => {
    for (const message of queue.splice(0)) socket.send(message);
  });
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as BridgeMessage;
    if (message.type === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else {
      for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    }
  });
  socket.addEventListener('close', () => {
    closed = true;
    for (const resolve of pending.values()) {
      resolve({ ok: false, error: { code: 'failed', message: 'The test host went away.' } });
    }
    pending.clear();
  });

  const invoke = (channel: string, input: unknown): Promise<IpcResult<unknown>> =>
    new Promise((resolve) => {
      if (closed) {
        resolve({ ok: false, error: { code: 'failed', message: 'The test host went away.' } });
        return;
      }
      const call: BridgeCall = { type: 'call', id: nextId++, channel, input };
      pending.set(call.id, resolve);
      const text = JSON.stringify(call);
      if (socket.readyState === WebSocket.OPEN) socket.send(text);
      else queue.push(text);
    });

  const api: Record<string, unknown> = {};
  for (const channel of CHANNELS) api[channel] = (input?: unknown) => invoke(channel, input);
  api.on = <E extends EventName>(event: E, listener: (payload: IpcEvents[E]) => void) => {
    // As the preload does: an unknown event is a bug, not something to wait for forever.
    if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event "${String(event)}".`);
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => set.delete(wrapped);
  };
  return Object.freeze(api) as WindowApi;
}

Object.defineProperty(window, 'api', { value: connect(), writable: false, configurable: false });
