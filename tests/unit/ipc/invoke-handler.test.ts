import { describe, expect, it } from 'vitest';
import { createIpcInvoker } from '../../../electron/main/ipc/invoke-handler';
import { UserFacingError } from '../../../electron/main/ipc/user-facing-error';
import type { IpcHandlers } from '../../../shared/ipc';

// A handler map whose every handler records its input: enough to see what validation lets through.
function recordingHandlers(calls: unknown[]): IpcHandlers {
  return new Proxy({} as IpcHandlers, {
    get: (_target, channel) => async (input: unknown) => {
      calls.push({ channel, input });
      if (channel === 'deleteConversation')
        throw new UserFacingError('That conversation is gone.', 'not-found');
      if (channel === 'pinConversation')
        throw new Error('SQLITE_IOERR at /home/me/.config/x.sqlite key=sk-secret');
      return 'ok';
    },
  });
}

describe('IPC invoker', () => {
  it('rejects invalid input with a typed error naming the field, and never calls the handler', async () => {
    const calls: unknown[] = [];
    const invoke = createIpcInvoker(recordingHandlers(calls));
    const result = await invoke('saveProvider', {
      kind: 'azure-openai',
      id: 'p1',
      name: 'Work Azure',
      resourceEndpoint: 'not a url',
      deployments: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining(['resourceEndpoint', 'deployments']),
    );
    expect(result.error.message).toMatch(/resourceEndpoint|deployments/);
    expect(calls).toEqual([]);
  });

  it('rejects an empty prompt in words a person understands', async () => {
    const invoke = createIpcInvoker(recordingHandlers([]));
    const result = await invoke('sendTurn', {
      prompt: '   ',
      panes: [{ paneId: 'a', profileId: 'p', model: 'gpt-4o' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toContain('Type a message first.');
  });

  it('rejects unknown channels and unexpected fields', async () => {
    const invoke = createIpcInvoker(recordingHandlers([]));
    expect(await invoke('readSecret', {})).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await invoke('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await invoke('stopAll', { sneaky: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('passes parsed input with defaults applied and wraps the value', async () => {
    const calls: { channel: string; input: unknown }[] = [];
    const invoke = createIpcInvoker(recordingHandlers(calls));
    expect(await invoke('listConversations', undefined)).toEqual({ ok: true, value: 'ok' });
    expect(calls[0]).toEqual({
      channel: 'listConversations',
      input: { limit: 50, includeArchived: false },
    });
  });

  it('shows expected failures in their own words and hides the internals of unexpected ones', async () => {
    const invoke = createIpcInvoker(recordingHandlers([]));
    expect(await invoke('deleteConversation', { conversationId: 'c1' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That conversation is gone.' },
    });
    const hidden = await invoke('pinConversation', { conversationId: 'c1', pinned: true });
    expect(hidden.ok).toBe(false);
    expect(JSON.stringify(hidden)).not.toMatch(/sk-secret|SQLITE|\/home/);
  });
});
