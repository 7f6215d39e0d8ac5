// The harness renderer built again without minification, so a CPU profile names the app's own
// functions. Same config and the same bridge as tests/harness/build-renderer; diagnostics only.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { rendererConfig } from '../../vite.renderer.config';

const ROOT = resolve(import.meta.dirname, '../..');
const BRIDGE = join(ROOT, 'tests/harness/browser-bridge.ts');

function injectBridge(htmlDir: string): Plugin {
  return {
    name: 'polycloud-bench-bridge',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '<head>',
          `<head>\n    <script type="module" src="./${relative(htmlDir, BRIDGE).split('\\').join('/')}"></script>`,
        ),
    },
  };
}

/** Builds into a fresh temp folder and returns it (index.html and assets/). */
export async function buildReadableRenderer(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-bench-readable-'));
  const root = rendererConfig.root ?? join(ROOT, 'renderer');
  try {
    await build({
      ...rendererConfig,
      configFile: false,
      logLevel: 'warn',
      plugins: [...(rendererConfig.plugins ?? []), injectBridge(root)],
      build: { ...rendererConfig.build, outDir, emptyOutDir: true, minify: false },
    });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  return outDir;
}

/**
 * Serves the readable build's script and stylesheet in place of the harness's (one of each).
 * The document itself is left alone: a routed document loses its loopback origin and with it the
 * bridge's WebSocket.
 */
export async function useReadableBuild(context: BrowserContext, dir: string): Promise<void> {
  const assets = await readdir(join(dir, 'assets'));
  const byType = new Map(assets.map((name) => [extname(name), join(dir, 'assets', name)]));
  await context.route('http://127.0.0.1:*/assets/*', async (route) => {
    const file = byType.get(extname(new URL(route.request().url()).pathname));
    if (!file) return route.continue();
    const response = await route.fetch();
    return route.fulfill({ response, body: await readFile(file) });
  });
}
