// The main window's options, kept as data so a unit test can hold them to the hardened
// settings (a sandboxed, isolated renderer with no Node).
import type { BrowserWindowConstructorOptions } from 'electron';

export function createWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Polycloud Chat',
    backgroundColor: '#111318',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      // An occluded window must keep receiving stream parts at full speed.
      backgroundThrottling: false,
    },
  };
}
