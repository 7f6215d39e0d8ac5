// The one window: hardened options, a strict CSP, no navigation away from the app, no new
// windows, and external links only through the https allow-list.
import { join } from 'node:path';
import { BrowserWindow, session, shell } from 'electron';
import { isAllowedExternalUrl } from '../security/external-url';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { createWindowOptions } from './window-options';

export interface MainWindowPaths {
  preload: string;
  /** Set in development (electron-vite dev server); otherwise the built index.html is loaded. */
  devServerUrl?: string;
  rendererHtml: string;
}

export function isAppUrl(url: string, paths: MainWindowPaths): boolean {
  if (paths.devServerUrl) return url.startsWith(paths.devServerUrl);
  return url.startsWith(new URL(`file://${paths.rendererHtml}`).href);
}

export function defaultWindowPaths(mainDir: string): MainWindowPaths {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    rendererHtml: join(mainDir, '../renderer/index.html'),
  };
}

export async function createMainWindow(paths: MainWindowPaths): Promise<BrowserWindow> {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // The app asks for no device permission (camera, notifications…): deny them all.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );

  const options = createWindowOptions(paths.preload);
  // The hardening that matters most is repeated literally at the call site, so Electronegativity
  // (which reads only this expression) sees it, and no edit of the options file can undo it.
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      // No middle-click: it would ask for a new window (denied anyway below).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, paths)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());

  if (paths.devServerUrl) await window.loadURL(paths.devServerUrl);
  else await window.loadFile(paths.rendererHtml);
  return window;
}
