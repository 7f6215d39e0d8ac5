// Validates a call against the IPC contract and wraps the result as { ok, value | error }.
// Plain Node: Electron's ipcMain registration and the test harness's WebSocket bridge both use it,
// so what the browser tests exercise is exactly what the app runs.
import type { z } from 'zod';
import {
  ipcChannels,
  type Channel,
  type IpcError,
  type IpcHandlers,
  type IpcResult,
} from '../../../shared/ipc';
import { toUserFacingError } from './user-facing-error';

export type IpcInvoker = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(ipcChannels, name);
}

function invalidInput(error: z.ZodError): IpcError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  return {
    code: 'invalid-input',
    message: first
      ? `${first.path ? `${first.path}: ` : ''}${first.message}`
      : 'The request was not valid.',
    issues,
  };
}

export function createIpcInvoker(handlers: IpcHandlers): IpcInvoker {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'not-found', message: `Unknown action "${channel}".` } };
    }
    const parsed = ipcChannels[channel].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    try {
      const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toUserFacingError(error) };
    }
  };
}
