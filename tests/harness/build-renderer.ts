// Builds the renderer exactly as the app does (rendererConfig), plus the harness's browser
// bridge injected first into index.html. Builds are cached on disk by a hash of their inputs,
// so each test file (its own process) reuses one build.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { rendererConfig } from '../../vite.renderer.config';

const ROOT = resolve(import.meta.dirname, '../..');
const BRIDGE = resolve(import.meta.dirname, 'browser-bridge.ts');
const INPUTS = [
  'renderer',
  'shared',
  'tests/harness',
  'vite.renderer.config.ts',
  'vite-plugin-markdown-it-plain-fields.ts',
  'package.json',
];

async function listFiles(path: string): Promise<string[]> {
  const full = join(ROOT, path);
  const entries = await readdir(full, { withFileTypes: true }).catch(() => null);
  if (!entries) return existsSync(full) ? [path] : [];
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? listFiles(join(path, entry.name)) : [join(path, entry.name)],
    ),
  );
  return nested.flat();
}

async function inputsHash(): Promise<string> {
  const hash = createHash('sha256');
  // Vite bundles React's development build when NODE_ENV is not "production" (Vitest sets
  // "test"): two different builds of the same sources, so each is cached apart. Shared, the
  // e2e runs' build made bench:render measure the app at four times its script.
  hash.update(`NODE_ENV=${process.env.NODE_ENV ?? ''}`);
  const files = (await Promise.all(INPUTS.map(listFiles))).flat().sort();
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(join(ROOT, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

function injectBridge(htmlDir: string): Plugin {
  return {
    name: 'polycloud-harness-bridge',
    transformIndexHtml: {
      order: 'pre',
      // Written into the HTML (not as an injected tag) so Vite bundles it as an entry; first in
      // <head> so window.api exists before the app's module runs.
      handler: (html) =>
        html.replace(
          '<head>',
          `<head>\n    <script type="module" src="./${relative(htmlDir, BRIDGE).split('\\').join('/')}"></script>`,
        ),
    },
  };
}

/** Removes builds of older sources that nothing has used for an hour. */
async function pruneOldBuilds(current: string): Promise<void> {
  const parent = join(current, '..');
  const hourAgo = Date.now() - 3_600_000;
  for (const entry of await readdir(parent, { withFileTypes: true })) {
    const path = join(parent, entry.name);
    if (!entry.isDirectory() || path === current) continue;
    const info = await stat(path).catch(() => null);
    if (info && info.mtimeMs < hourAgo) await rm(path, { recursive: true, force: true });
  }
}

let cached: Promise<string> | undefined;

/** The folder holding the built harness renderer (index.html and assets). */
export function buildHarnessRenderer(): Promise<string> {
  cached ??= (async () => {
    const hash = await inputsHash();
    const dir = join(ROOT, 'out/renderer-harness', hash);
    if (existsSync(join(dir, 'index.html'))) return dir;
    const staging = `${dir}.building-${process.pid}`;
    const root = rendererConfig.root ?? join(ROOT, 'renderer');
    await build({
      ...rendererConfig,
      configFile: false,
      logLevel: 'warn',
      plugins: [...(rendererConfig.plugins ?? []), injectBridge(root)],
      build: { ...rendererConfig.build, outDir: staging, emptyOutDir: true },
    });
    // A source edited while Vite read the tree makes a build that matches neither hash: it is used
    // this once and never kept under the first.
    if ((await inputsHash()) !== hash) return staging;
    await rename(staging, dir).catch(async (error: unknown) => {
      // Another process finished the same build first: theirs is identical.
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(join(dir, 'index.html'))) throw error;
    });
    await pruneOldBuilds(dir);
    return dir;
  })();
  return cached;
}
