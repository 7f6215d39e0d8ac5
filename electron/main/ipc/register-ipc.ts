// The only file that touches ipcMain. Every call is checked to come from our own window's main
// frame at our own URL before its input is validated and handled.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS, invokeChannelName, type IpcHandlers, type IpcResult } from '../../../shared/ipc';
import { createIpcInvoker } from './invoke-handler';

export function registerIpc(
  handlers: IpcHandlers,
  isTrustedSender: (sender: WebContents, frameUrl: string) => boolean,
): () => void {
  const invoke = createIpcInvoker(handlers);
  for (const channel of CHANNELS) {
    ipcMain.handle(
      invokeChannelName(channel),
      async (event: IpcMainInvokeEvent, input: unknown): Promise<IpcResult<unknown>> => {
        const frame = event.senderFrame;
        if (!frame || frame.parent !== null || !isTrustedSender(event.sender, frame.url)) {
          return {
            ok: false,
            error: { code: 'forbidden', message: 'This request did not come from the app.' },
          };
        }
        return invoke(channel, input);
      },
    );
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(invokeChannelName(channel));
  };
}
