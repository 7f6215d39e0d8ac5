// Render benchmark (npm run bench:render; not a test, asserts nothing). Four panes stream the
// DESIGN.md workload; the app as shipped (test harness, real main services, cloud simulator) is
// measured beside two baselines in the same Chromium and the same run: the floor (plain text
// appended to <pre>) and a naive renderer (markdown-it over the whole answer every frame).
// Variants are interleaved round by round, as the machine is shared and noisy.
// Options: --rounds N (default 3), --tokens N (2750), --rate N (200), --ttft-turns N (8).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startCloudSimulator } from '../../tests/simulator/cloud-simulator';
import { buildHarnessRenderer } from '../../tests/harness/build-renderer';
import { writeBaselinePages } from './baseline-pages';
import { measureApp } from './measure-app';
import { measureBaseline } from './measure-baseline';
import { measureFirstToken } from './measure-first-token';
import type { RunFigures } from './page-probes';
import { medianLine, printFirstToken, printRuns, printSummary } from './report';
import { createWorkload } from './workload';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium';

function readOptions() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      tokens: { type: 'string', default: '2750' },
      rate: { type: 'string', default: '200' },
      'ttft-turns': { type: 'string', default: '8' },
    },
  });
  const positive = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number.`);
    return n;
  };
  return {
    rounds: Math.max(1, positive('rounds', values.rounds)),
    tokens: positive('tokens', values.tokens),
    rate: positive('rate', values.rate),
    ttftTurns: positive('ttft-turns', values['ttft-turns']),
  };
}

async function main(): Promise<void> {
  const options = readOptions();
  const workload = createWorkload(options.tokens, options.rate);
  console.log(
    `Render benchmark: ${workload.panes} panes × ${workload.tokens.length} tokens of Markdown ` +
      `at ${workload.rate} tokens/s (first token after ${workload.ttftMs} ms), ` +
      `${options.rounds} interleaved round(s), headless Chromium ${CHROMIUM_ARGS.join(' ')}`,
  );
  // Built (or reused from cache) before any timing starts.
  await buildHarnessRenderer();
  const pagesDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-bench-pages-'));
  const simulator = await startCloudSimulator();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const pages = await writeBaselinePages(pagesDir, workload);
    const variants = [
      () => measureApp(browser, simulator, workload),
      () => measureBaseline(browser, pages.floor, 'floor (plain <pre>)'),
      () => measureBaseline(browser, pages.naive, 'naive (whole md-it)'),
    ];
    const rounds: RunFigures[][] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      // Each round starts with a different variant, so none always runs first.
      const figures: RunFigures[] = [];
      for (let k = 0; k < variants.length; k += 1) {
        const index = (round + k) % variants.length;
        const measure = variants[index];
        if (measure) figures[index] = await measure();
      }
      rounds.push(figures);
      console.log(`  round ${round + 1} of ${options.rounds} done`);
    }
    console.log('');
    printRuns(rounds);
    const variant = (index: number) =>
      medianLine(rounds.map((round) => round[index]).filter((f) => f !== undefined));
    printSummary(variant(0), [variant(1), variant(2)]);
    if (options.ttftTurns > 0) {
      printFirstToken(await measureFirstToken(browser, simulator, options.ttftTurns));
    }
    console.log(
      '\nTargets (DESIGN.md): script ≤ a third of streamdown (its ~4.2 s there, so ~1.4 s; ' +
        'streamdown is not measured here), frame p95 ≤ 17 ms, no long task over 50 ms after ' +
        'load, client-added first token ≤ 20 ms p95.',
    );
  } finally {
    await browser.close();
    await simulator.close();
    await rm(pagesDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
