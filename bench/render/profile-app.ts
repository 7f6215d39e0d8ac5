// Where the app's streaming time goes (diagnostics, not a benchmark): one run of the render
// benchmark's workload in a readable (unminified) build, traced with Chromium's timeline and V8's
// sampling profiler, then summarised: the heaviest functions over the whole stream, and what ran
// inside every task long enough to cost a frame (> 16 ms) and every long task (> 50 ms).
// Run: npx tsx bench/render/profile-app.ts [--tokens N] [--rate N] [--trace out.json]
// (PROFILE_TOP=N lists N functions by total time instead of 40.)
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { withDiagnosticSession } from './diagnostic-session';
import { openAppWithFourPanes, waitForFourAnswers } from './open-app';
import { useReadableBuild } from './readable-build';
import {
  eventTimes,
  functionTimes,
  mainThread,
  sumOver,
  tasksOver,
  TIMELINE_CATEGORIES,
  top,
  type TraceEvent,
} from './trace-analysis';
import { createWorkload } from './workload';

const CATEGORIES = [
  ...TIMELINE_CATEGORIES,
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tokens: { type: 'string', default: '2750' },
      rate: { type: 'string', default: '200' },
      trace: { type: 'string' },
    },
  });
  const workload = createWorkload(Number(values.tokens), Number(values.rate));
  await withDiagnosticSession({ readable: true }, async ({ browser, simulator, readableDir }) => {
    const app = await openAppWithFourPanes(browser, simulator, async (context) => {
      if (readableDir) await useReadableBuild(context, readableDir);
    });
    let trace: Buffer;
    try {
      const composer = app.page.getByRole('textbox', { name: 'Message' });
      await composer.fill(workload.prompt);
      await browser.startTracing(app.page, { categories: CATEGORIES });
      await app.page.evaluate(() => performance.mark('bench-stream-start'));
      await composer.press('Enter');
      await waitForFourAnswers(app.page);
      await app.page.waitForTimeout(500);
      trace = await browser.stopTracing();
    } finally {
      await app.close();
    }
    if (values.trace) await writeFile(values.trace, trace);
    report((JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents);
  });
}

function report(events: TraceEvent[]): void {
  const thread = mainThread(events);
  const mark = events.find((e) => e.name === 'bench-stream-start');
  const from = mark?.ts ?? thread.events[0]?.ts ?? 0;
  const to = Math.max(...thread.events.map((e) => e.ts + (e.dur ?? 0)));
  const at = (ts: number) => ((ts - from) / 1e6).toFixed(2);
  const { self, total } = functionTimes(thread, from, to);
  const busy = tasksOver(thread, from, to, 0).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  console.log(`Main thread busy ${busy.toFixed(0)} ms over ${((to - from) / 1e6).toFixed(1)} s`);
  console.log('\nSelf time, whole stream:');
  console.log(top(self, 30).join('\n'));
  console.log('\nTotal time, whole stream:');
  console.log(top(total, Number(process.env.PROFILE_TOP ?? 40)).join('\n'));
  console.log('\nTrace events, whole stream (nested events count in each):');
  console.log(top(eventTimes(thread, from, to), 25).join('\n'));

  const slow = tasksOver(thread, from, to, 16);
  console.log(`\n${slow.length} tasks over 16 ms, at (s): `);
  console.log(slow.map((t) => `${at(t.ts)}/${((t.dur ?? 0) / 1000).toFixed(0)}ms`).join(' '));
  const read = (f: number, t: number) => functionTimes(thread, f, t).self;
  const readTotal = (f: number, t: number) => functionTimes(thread, f, t).total;
  console.log('\nInside tasks over 16 ms, self time:');
  console.log(top(sumOver(slow, read), 25).join('\n'));
  console.log('\nInside tasks over 16 ms, total time:');
  console.log(top(sumOver(slow, readTotal), 30).join('\n'));
  console.log('\nInside tasks over 16 ms, trace events:');
  console.log(
    top(
      sumOver(slow, (f, t) => eventTimes(thread, f, t)),
      20,
    ).join('\n'),
  );

  for (const task of tasksOver(thread, from, to, 50)) {
    const end = task.ts + (task.dur ?? 0);
    console.log(`\nLong task at ${at(task.ts)} s, ${((task.dur ?? 0) / 1000).toFixed(0)} ms:`);
    console.log(top(functionTimes(thread, task.ts, end).total, 20).join('\n'));
    console.log(top(eventTimes(thread, task.ts, end), 12).join('\n'));
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
