// The Electron shell: app lifecycle, one hardened window, IPC registration. Every behaviour
// lives in the plain-Node services built by createMainServices, so this file stays thin.
import { app, BrowserWindow, dialog, safeStorage, shell } from 'electron';
import { eventChannelName, type EventName, type IpcEvents } from '../../shared/ipc';
import { registerIpc } from './ipc/register-ipc';
import { UserFacingError } from './ipc/user-facing-error';
import { redactSecrets } from './security/redact-secrets';
import { isAllowedExternalUrl } from './security/external-url';
import { createMainServices } from './services';
import { createMainWindow, defaultWindowPaths, isAppUrl } from './window/create-main-window';

const KEYCHAIN_SERVICE = 'Polycloud Chat';

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();

  const paths = defaultWindowPaths(import.meta.dirname);
  let window: BrowserWindow | undefined;

  const emit = <E extends EventName>(event: E, payload: IpcEvents[E]): void => {
    if (window && !window.isDestroyed()) window.webContents.send(eventChannelName(event), payload);
  };

  const services = await createMainServices({
    userDataDir: app.getPath('userData'),
    keychainService: KEYCHAIN_SERVICE,
    safeStorage,
    env: process.env,
    emit,
    openExternal: async (url) => {
      if (isAllowedExternalUrl(url)) await shell.openExternal(url);
    },
  });

  registerIpc(
    services.handlers,
    (sender, frameUrl) => sender === window?.webContents && isAppUrl(frameUrl, paths),
  );

  const open = async (): Promise<void> => {
    window = await createMainWindow(paths);
  };
  await open();

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let disposed = false;
  app.on('before-quit', (event) => {
    if (disposed) return;
    // Let running answers be recorded as stopped before the database closes.
    event.preventDefault();
    disposed = true;
    void services.dispose().finally(() => app.quit());
  });
}

void main().catch((error: unknown) => {
  // E.g. a damaged history file or one written by a newer version: say so and leave the file
  // untouched rather than open a window that cannot work.
  const detail =
    error instanceof UserFacingError
      ? redactSecrets(error.message)
      : 'An unexpected error stopped the app from starting. Your data has not been changed.';
  dialog.showErrorBox('Polycloud Chat could not start', detail);
  app.exit(1);
});
