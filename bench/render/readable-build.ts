// The harness renderer built again without minification, so a CPU profile names the app's own
// functions. Same config and the same bridge as tests/harness/build-renderer; diagnostics only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
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
