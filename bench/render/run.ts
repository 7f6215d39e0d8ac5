// Render benchmark (npm run bench:render; not a test, asserts nothing). Four panes stream the
// DESIGN.md workload. In the same Chromium and the same run it measures:
// - app: the whole app as shipped (test harness, real main services, cloud simulator);
// - app-markdown: the app's Markdown renderer alone, in React;
// - streamdown: streamdown in React, the peer the targets are set against;
// - naive: markdown-it over the whole answer every frame;
// - floor: plain text appended to <pre>.
// Variants are interleaved round by round, each round starting with a different one, as the
// machine is shared and noisy; the targets are checked in every round against that round's peers.
// Every peer streams while the app's backend streams the same four answers unshown
// (backend-load.ts), so each page shares the cores with the same work as the app's does.
// Then, apart: time to first token (--ttft-turns N, 16: 64 samples, so p95 is not the second
// worst of 32) and opening conversations of 200 and 2,000
// turns (--opens N times each, 5; open time and elements in the document).
// Options: --rounds N (3), --warmup N (unmeasured runs of each variant first, 1), --tokens N
// (2750), --rate N (200), --ttft-turns N (16), --opens N (5), --variants a,b (all), --json FILE
// (medians, worst rounds and every run), --long (four 12,000-token answers for heap and DOM size;
// 1 round, no warm-up, first-token turns or opens unless given), --peer-load none (peers on an
// otherwise idle machine, as before the backend load).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startCloudSimulator } from '../../tests/simulator/cloud-simulator';
import { buildHarnessRenderer } from '../../tests/harness/build-renderer';
import { startBackendLoad } from './backend-load';
import { writeBaselinePages, type PeerKind } from './baseline-pages';
import { measureApp } from './measure-app';
import { measureBaseline } from './measure-baseline';
import { measureFirstToken } from './measure-first-token';
import { measureOpen, printOpen } from './measure-open';
import type { RunFigures } from './page-probes';
import { printFirstToken, printRuns, printSummary, printTargets, writeJson } from './report';
import { serveFolder } from './static-server';
import { createWorkload } from './workload';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium';

const ALL_VARIANTS = ['app', 'app-markdown', 'streamdown', 'naive', 'floor'] as const;
type VariantName = (typeof ALL_VARIANTS)[number];

function readOptions() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string' },
      tokens: { type: 'string' },
      rate: { type: 'string', default: '200' },
      'ttft-turns': { type: 'string' },
      warmup: { type: 'string' },
      opens: { type: 'string' },
      variants: { type: 'string' },
      json: { type: 'string' },
      long: { type: 'boolean', default: false },
      'peer-load': { type: 'string', default: 'backend' },
    },
  });
  const whole = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number.`);
    return n;
  };
  const long = values.long;
  const variants = (values.variants?.split(',') ?? [...ALL_VARIANTS]).map((name) => {
    const known = ALL_VARIANTS.find((v) => v === name.trim());
    if (!known) throw new Error(`Unknown variant ${name}; known: ${ALL_VARIANTS.join(', ')}.`);
    return known;
  });
  const peerLoad = values['peer-load'];
  if (peerLoad !== 'backend' && peerLoad !== 'none') {
    throw new Error('--peer-load takes backend (the default) or none.');
  }
  return {
    long,
    peerLoad,
    rounds: Math.max(1, whole('rounds', values.rounds ?? (long ? '1' : '3'))),
    warmup: whole('warmup', values.warmup ?? (long ? '0' : '1')),
    tokens: whole('tokens', values.tokens ?? (long ? '12000' : '2750')),
    rate: whole('rate', values.rate),
    ttftTurns: whole('ttft-turns', values['ttft-turns'] ?? (long ? '0' : '16')),
    opens: whole('opens', values.opens ?? (long ? '0' : '5')),
    variants,
    json: values.json,
  };
}

async function main(): Promise<void> {
  const options = readOptions();
  const workload = createWorkload(options.tokens, options.rate);
  console.log(
    `Render benchmark${options.long ? ' (long answers)' : ''}: ${workload.panes} panes × ` +
      `${workload.tokens.length} tokens of Markdown at ${workload.rate} tokens/s (first token ` +
      `after ${workload.ttftMs} ms), variants ${options.variants.join(', ')}, ` +
      `${options.rounds} interleaved round(s), peers ${options.peerLoad === 'backend' ? 'beside the app’s backend streaming the same answers unshown' : 'on an otherwise idle machine'}, ` +
      `headless Chromium ${CHROMIUM_ARGS.join(' ')}`,
  );
  // Built (or reused from cache) before any timing starts.
  await buildHarnessRenderer();
  const pagesDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-bench-pages-'));
  const pages = await writeBaselinePages(pagesDir, workload);
  const server = await serveFolder(pagesDir);
  const simulator = await startCloudSimulator();
  const load =
    options.peerLoad === 'backend' && options.variants.some((name) => name !== 'app')
      ? await startBackendLoad(simulator)
      : undefined;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const measure = (name: VariantName): Promise<RunFigures> =>
      name === 'app'
        ? measureApp(browser, simulator, workload, name)
        : measureBaseline(
            browser,
            server.url(pages[name satisfies PeerKind]),
            name,
            load && (() => load.streamTurn(workload.prompt)),
          );
    // Unmeasured: the first run of a variant pays for compiling its code, in the page and, for the
    // app, in the Node process that runs its main services, SDKs and simulator beside the page
    // (about a third more of a core in the app's first run, competing with the page measured).
    for (let run = 0; run < options.warmup; run += 1) {
      for (const name of options.variants) await measure(name);
      console.log(`  warm-up ${run + 1} of ${options.warmup} done`);
    }
    const rounds: Map<string, RunFigures>[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      const figures = new Map<string, RunFigures>();
      const count = options.variants.length;
      for (let k = 0; k < count; k += 1) {
        const name = options.variants[(round + k) % count];
        if (name) figures.set(name, await measure(name));
      }
      rounds.push(figures);
      console.log(`  round ${round + 1} of ${options.rounds} done`);
    }
    console.log('');
    printRuns(rounds, options.variants);
    printSummary(rounds, options.variants);
    printTargets(rounds);
    if (options.json) {
      await writeJson(options.json, rounds, options.variants, {
        panes: workload.panes,
        tokens: workload.tokens.length,
        rate: workload.rate,
        rounds: options.rounds,
      });
      console.log(`\nWrote ${options.json}`);
    }
    if (options.ttftTurns > 0) {
      printFirstToken(await measureFirstToken(browser, simulator, options.ttftTurns));
    }
    if (options.opens > 0) printOpen(await measureOpen(browser, simulator, options.opens));
  } finally {
    await browser.close();
    await load?.close();
    await simulator.close();
    await server.close();
    await rm(pagesDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
