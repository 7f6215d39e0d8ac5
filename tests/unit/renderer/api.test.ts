import { afterEach, describe, expect, it } from 'vitest';
import type { IpcResult, WindowApi } from '../../../shared/ipc';
import { api, ApiError, errorMessage, fieldErrors } from '../../../renderer/src/lib/api';

// The renderer's only door to main: a stand-in window.api answers as the preload would.
function installBridge(answer: (channel: string, input: unknown) => IpcResult<unknown>) {
  const bridge = new Proxy(
    {},
    {
      get: (_target, channel: string) => async (input: unknown) => answer(channel, input),
    },
  ) as WindowApi;
  (globalThis as { window?: unknown }).window = { api: bridge };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('api', () => {
  it('returns the value of a successful call', async () => {
    installBridge((channel, input) => ({ ok: true, value: { channel, input } }));
    expect(await api.stopStream({ streamId: 's1' })).toEqual({
      channel: 'stopStream',
      input: { streamId: 's1' },
    });
  });

  it('throws the plain words of a failure, with field issues for forms', async () => {
    installBridge(() => ({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'name: Give the provider a name.',
        issues: [{ path: 'name', message: 'Give the provider a name.' }],
      },
    }));
    const error = await api.listProviders().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(errorMessage(error)).toBe('name: Give the provider a name.');
    expect(fieldErrors(error)).toEqual({ name: 'Give the provider a name.' });
  });

  it('says so in words when the bridge is missing', async () => {
    (globalThis as { window?: unknown }).window = {};
    await expect(api.getSettings()).rejects.toThrow(/could not reach its main process/);
  });
});
