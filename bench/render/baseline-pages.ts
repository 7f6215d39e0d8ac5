// The peers as static pages in a temp folder, fed by a timer in the page with the same tokens,
// first-token delay and rate as the simulator (same pacing rule as its pacer), and updated once
// per animation frame like the app:
// - floor: append the new plain text to four <pre> elements;
// - naive: re-parse the WHOLE answer with markdown-it (html: false) and replace each div's
//   innerHTML, every frame;
// - app-markdown: the app's own StreamingMarkdown component alone, in React;
// - streamdown: streamdown's <Streamdown> in streaming mode, in React.
// All keep each pane scrolled to the bottom, as the app follows a streaming answer, in an opaque
// scroller as the app's, so Chromium scrolls every page's panes on the compositor alike (a
// transparent scroller is repainted whole on each scroll). The two React pages are built with
// Vite (production mode) and, being ES modules, served over loopback HTTP.
import { copyFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { rendererConfig } from '../../vite.renderer.config';
import { build } from 'vite';
import type { Workload } from './workload';

export type BaselineKind = 'floor' | 'naive';
export type PeerKind = BaselineKind | 'app-markdown' | 'streamdown';

const PEER_ENTRIES = {
  'app-markdown': resolve(import.meta.dirname, 'peer-pages/app-markdown-page.tsx'),
  streamdown: resolve(import.meta.dirname, 'peer-pages/streamdown-page.tsx'),
} as const;

const STYLE = `
  html, body, #root { margin: 0; height: 100%; font: 14px/1.5 system-ui, sans-serif; }
  .panes { display: flex; height: 100%; }
  .pane {
    flex: 1; min-width: 0; overflow: auto; padding: 12px; border-right: 1px solid #ddd;
    background: #fff;
  }
  pre.plain { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; }
  .pane pre code { display: block; padding: 8px; background: #f4f4f4; overflow-x: auto; }
  .pane table { border-collapse: collapse; }
  .pane th, .pane td { border: 1px solid #ccc; padding: 2px 6px; }
`;

// Plain JavaScript: the page's own streaming loop. window.__startStream() begins it; it sets
// window.__done once every pane has painted its last token.
const STREAM_SCRIPT = `
  const panes = [...document.querySelectorAll('.pane')].map((el) => ({
    el,
    out: el.firstElementChild,
    text: '',
    pending: '',
    sent: 0,
  }));
  const md = MODE === 'naive' ? window.markdownit({ html: false, linkify: true }) : null;
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(flush);
  };
  function flush() {
    scheduled = false;
    const touched = [];
    for (const pane of panes) {
      if (pane.pending === '') continue;
      if (md) {
        pane.text += pane.pending;
        pane.out.innerHTML = md.render(pane.text);
      } else {
        pane.out.appendChild(document.createTextNode(pane.pending));
      }
      pane.pending = '';
      touched.push(pane);
    }
    // Writes first, then one layout for all the scroll reads.
    for (const pane of touched) pane.el.scrollTop = pane.el.scrollHeight;
    if (panes.every((pane) => pane.sent === TOKENS.length && pane.pending === '')) {
      window.__done = true;
    }
  }
  function startPane(pane) {
    const interval = RATE > 0 ? 1000 / RATE : 0;
    let begin = 0;
    const pump = () => {
      const now = performance.now();
      const due = interval === 0
        ? TOKENS.length
        : Math.min(TOKENS.length, 1 + Math.floor((now - begin) / interval));
      if (due > pane.sent) {
        pane.pending += TOKENS.slice(pane.sent, due).join('');
        pane.sent = due;
        schedule();
      }
      if (pane.sent < TOKENS.length) {
        setTimeout(pump, Math.max(1, begin + pane.sent * interval - performance.now()));
      }
    };
    setTimeout(() => {
      begin = performance.now();
      pump();
    }, TTFT_MS);
  }
  window.__done = false;
  window.__startStream = () => panes.forEach(startPane);
`;

function pageHtml(kind: BaselineKind, workload: Workload): string {
  // Escaped so no token can close the script element.
  const tokens = JSON.stringify(workload.tokens).replace(/</g, '\\u003c');
  const out = kind === 'floor' ? '<pre class="plain"></pre>' : '<div class="markdown"></div>';
  const panes = Array.from({ length: workload.panes }, () => `<div class="pane">${out}</div>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${kind} baseline</title>
<style>${STYLE}</style>
${kind === 'naive' ? '<script src="markdown-it.umd.min.js"></script>' : ''}
</head>
<body>
<div class="panes">${panes.join('')}</div>
<script>
const MODE = ${JSON.stringify(kind)};
const TOKENS = ${tokens};
const RATE = ${workload.rate};
const TTFT_MS = ${workload.ttftMs};
${STREAM_SCRIPT}
</script>
</body>
</html>
`;
}

function reactPageHtml(kind: keyof typeof PEER_ENTRIES, workload: Workload, css: boolean): string {
  const feed = { tokens: workload.tokens, rate: workload.rate, ttftMs: workload.ttftMs };
  const data = JSON.stringify({ ...feed, panes: workload.panes }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${kind} peer</title>
<style>${STYLE}</style>
${css ? `<link rel="stylesheet" href="./${kind}.css">` : ''}
<script>window.__workload = ${data};</script>
<script type="module" src="./${kind}.js"></script>
</head>
<body>
<div id="root"></div>
</body>
</html>
`;
}

/** Builds the React peers into `dir` (production mode, one run, before any timing). */
async function buildReactPeers(dir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, 'peer-pages'),
    base: './',
    // The app's own Vite plugins, so app-markdown is the Markdown path exactly as the app builds it
    // (markdown-it with plain class fields); streamdown does not use markdown-it.
    plugins: rendererConfig.plugins ?? [],
    build: {
      outDir: dir,
      emptyOutDir: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: PEER_ENTRIES,
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: '[name][extname]',
        },
      },
    },
  });
}

/**
 * Writes every peer page (and markdown-it's browser build) into `dir`; returns their paths
 * relative to `dir`, to be served over HTTP.
 */
export async function writeBaselinePages(
  dir: string,
  workload: Workload,
): Promise<Record<PeerKind, string>> {
  const require = createRequire(import.meta.url);
  await copyFile(require.resolve('markdown-it/browser'), join(dir, 'markdown-it.umd.min.js'));
  await buildReactPeers(dir);
  const write = async (kind: PeerKind) => {
    const name = `${kind}.html`;
    const html =
      kind === 'floor' || kind === 'naive'
        ? pageHtml(kind, workload)
        : reactPageHtml(kind, workload, existsSync(join(dir, `${kind}.css`)));
    await writeFile(join(dir, name), html);
    return name;
  };
  return {
    floor: await write('floor'),
    naive: await write('naive'),
    'app-markdown': await write('app-markdown'),
    streamdown: await write('streamdown'),
  };
}
