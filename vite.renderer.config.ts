// The renderer's Vite config, shared by electron-vite (the app) and the test harness, so the
// browser tests exercise exactly the bundle users get.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { markdownItPlainFields } from './vite-plugin-markdown-it-plain-fields';

export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), markdownItPlainFields()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    // The bundle loads from disk, never over a network, so one larger chunk costs nothing.
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
  },
};
