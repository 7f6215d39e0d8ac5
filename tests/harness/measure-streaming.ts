// Measures the renderer while four panes stream a long Markdown answer from the simulator:
// main-thread script and task time (Chrome's own counters), long tasks and frame times.
// Prints figures, asserts nothing: `npx tsx tests/harness/measure-streaming.ts [tokens] [rate]`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startCloudSimulator } from '../simulator/cloud-simulator';
import { startTestHost } from './test-host';

const PROFILES = ['sim-openai', 'sim-azure', 'sim-bedrock-keys', 'sim-openai-on-bedrock'];

// Plain JavaScript strings run in the page (no bundler helpers in them).
const START_PROBES = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask' });
  window.__frames = [];
  let last = performance.now();
  const tick = (now) => { window.__frames.push(now - last); last = now; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;
const READ_PROBES = `(() => {
  const frames = window.__frames.slice(5).sort((a, b) => a - b);
  const at = (q) => Math.round(frames[Math.floor(frames.length * q)] ?? 0);
  return { longTasks: window.__longTasks, frameP50: at(0.5), frameP95: at(0.95), frames: frames.length };
})()`;

async function main(): Promise<void> {
  const tokens = Number(process.argv[2] ?? 2750);
  const rate = Number(process.argv[3] ?? 200);
  const userDataDir = await mkdtemp(join(tmpdir(), 'polycloud-chat-measure-'));
  const simulator = await startCloudSimulator();
  const host = await startTestHost({ userDataDir, simulator, withProfiles: PROFILES });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(host.url);
    await page
      .getByRole('combobox', { name: 'Quick preset' })
      .selectOption({ label: 'Every cloud, default model (4 panes)' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const counters = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return new Map(metrics.map((m) => [m.name, m.value]));
    };
    await page.evaluate(START_PROBES);
    const before = await counters();
    const started = Date.now();
    const composer = page.getByRole('textbox', { name: 'Message' });
    await composer.fill(`Long answer [[sim reply=markdown tokens=${tokens} rate=${rate}]]`);
    await composer.press('Enter');
    for (const n of [1, 2, 3, 4]) {
      await page
        .getByLabel(`Answer in pane ${n}`, { exact: true })
        .and(page.locator('[data-status="complete"]'))
        .waitFor({ timeout: 600_000 });
    }
    const elapsed = (Date.now() - started) / 1000;
    const after = await counters();
    const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)).toFixed(2);
    const probes = (await page.evaluate(READ_PROBES)) as Record<string, unknown>;
    console.log(`4 panes × ${tokens} tokens at ${rate} tokens/s, ${elapsed.toFixed(1)} s`);
    console.log(`  script ${delta('ScriptDuration')} s, all tasks ${delta('TaskDuration')} s`);
    console.log(`  layout ${delta('LayoutDuration')} s, style ${delta('RecalcStyleDuration')} s`);
    console.log(`  frames p50 ${String(probes.frameP50)} ms, p95 ${String(probes.frameP95)} ms`);
    console.log(`  long tasks (ms): ${JSON.stringify(probes.longTasks)}`);
    console.log(`  JS heap ${((after.get('JSHeapUsedSize') ?? 0) / 1e6).toFixed(1)} MB`);
  } finally {
    await browser.close();
    await host.close();
    await simulator.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
