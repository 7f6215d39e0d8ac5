// Where the first token's paint waits (diagnostics, not a benchmark): measure-first-token's turns
// in a readable build of the app, traced with Chromium's timeline and V8's sampling profiler. For
// each pane it prints event → DOM → painted → presented, and for a presentation later than --slow
// ms, what the page's main thread and compositor did in between (tasks, frames, the frame
// reporter's stages, the functions that took the time).
// Run: npx tsx bench/render/trace-first-token.ts [--turns N] [--slow MS] [--trace out.json]
// [--profile] [--floor] [--long MS] (--floor: the bare page of first-token-floor.ts instead of the
// app; --long: name what ran in every task at least this long, 20 ms unless given)
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { withDiagnosticSession } from './diagnostic-session';
import type { ProbeResult } from './first-token-probe';
import { firstTokenPrompt, isolate, oneTurn } from './measure-first-token';
import { openFloorPage } from './first-token-floor';
import { openAppWithFourPanes } from './open-app';
import { useReadableBuild } from './readable-build';
import { median } from './report';
import {
  functionTimes,
  mainThread,
  tasksOver,
  TIMELINE_CATEGORIES,
  top,
  type Thread,
  type TraceEvent,
} from './trace-analysis';

const CATEGORIES = [...TIMELINE_CATEGORIES, 'cc'];
// The sampling profiler names the functions but slows the page: layout and paint read about twice
// their length, so it is off unless asked for.
const PROFILER = 'disabled-by-default-v8.cpu_profiler';

// The main thread's events worth naming between the event and the paint.
const MAIN = new Set([
  'RunTask',
  'FunctionCall',
  'EventDispatch',
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'TimerFire',
  'MinorGC',
  'MajorGC',
]);
// The compositor's: a frame begun, drawn, presented, or given up on.
const FRAMES = /^(BeginFrame|DrawFrame|AnimationFrame::Presentation|.*SendDidNotProduceFrame.*)$/;
// The stages Chromium's frame reporter splits each frame into, from the compositor's begin-frame
// to the frame's presentation: which one a late paint waited in.
const STAGES = new Set([
  'SendBeginMainFrameToCommit',
  'EndCommitToActivation',
  'EndActivateToSubmitCompositorFrame',
  'SubmitCompositorFrameToPresentationCompositorFrame',
]);

// The frame reporter's own copy of each stage. The input latency tracker records some stages a
// second time (same start, another id, category `input`), which counted those frames twice.
const STAGE_CATEGORY = 'disabled-by-default-devtools.timeline.frame';

/** A frame reporter's stages in the page's process, paired from their begin and end events. */
function stageSpans(
  events: TraceEvent[],
  pid: number,
): { ts: number; dur: number; name: string }[] {
  const open = new Map<string, TraceEvent[]>();
  const spans = [];
  const ordered = events
    .filter(
      (e) =>
        e.pid === pid &&
        STAGES.has(e.name) &&
        (e.ph === 'b' || e.ph === 'e') &&
        e.cat.split(',').includes(STAGE_CATEGORY),
    )
    .sort((a, b) => a.ts - b.ts);
  for (const e of ordered) {
    const key = `${e.name} ${JSON.stringify(e.id2 ?? e.id)}`;
    if (e.ph === 'b') open.set(key, [...(open.get(key) ?? []), e]);
    const begin = e.ph === 'e' ? open.get(key)?.shift() : undefined;
    if (begin) spans.push({ ts: begin.ts, dur: e.ts - begin.ts, name: e.name });
  }
  return spans;
}

type StageSpan = ReturnType<typeof stageSpans>[number];

/** The median of each frame-reporter stage over every frame of the page's process. */
function stageMedians(spans: readonly StageSpan[]): string {
  return [...STAGES]
    .map((name) => {
      const durations = spans.filter((s) => s.name === name).map((s) => s.dur / 1000);
      return `${name} ${median(durations).toFixed(1)} ms`;
    })
    .join(', ');
}

/**
 * How many main frames committed too late for their own frame: their tree activated only after
 * the compositor had drawn that frame, so the content was shown one frame later.
 */
function lateActivations(events: TraceEvent[], pid: number): { late: number; frames: number } {
  const named = (name: string) =>
    events.filter((e) => e.pid === pid && e.name === name).sort((a, b) => a.ts - b.ts);
  const begins = named('Scheduler::BeginImplFrame');
  const deadlines = named('Scheduler::OnBeginImplFrameDeadline');
  const sends = named('ProxyImpl::ScheduledActionSendBeginMainFrame');
  const activations = named('LayerTreeHostImpl::ActivateSyncTree');
  const within = (list: TraceEvent[], from: number, to: number) =>
    list.find((e) => e.ts >= from && e.ts < to);
  let late = 0;
  let frames = 0;
  begins.forEach((begin, i) => {
    const end = begins[i + 1]?.ts ?? begin.ts + 16_667;
    const send = within(sends, begin.ts, end);
    const deadline = within(deadlines, begin.ts, end);
    if (!send || !deadline) return;
    const activation = within(activations, send.ts, end + 30_000);
    if (!activation) return;
    frames += 1;
    if (activation.ts > deadline.ts) late += 1;
  });
  return { late, frames };
}

interface TracedTurn {
  result: ProbeResult;
  /** performance.now() of a mark named ft-sync-N, to line the page's clock up with the trace's. */
  sync: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      turns: { type: 'string', default: '6' },
      slow: { type: 'string', default: '22' },
      trace: { type: 'string' },
      profile: { type: 'boolean', default: false },
      floor: { type: 'boolean', default: false },
      long: { type: 'string', default: '20' },
    },
  });
  await withDiagnosticSession(
    { readable: values.profile },
    async ({ browser, simulator, readableDir }) => {
      const floor = values.floor ? await openFloorPage(browser, simulator) : undefined;
      const app =
        floor ??
        (await openAppWithFourPanes(browser, simulator, async (context) => {
          await isolate(context);
          if (readableDir) await useReadableBuild(context, readableDir);
        }));
      const turn = (n: number) => (floor ? floor.turn(firstTokenPrompt(n)) : oneTurn(app.page, n));
      const turns: TracedTurn[] = [];
      let trace: Buffer;
      try {
        await turn(0);
        await browser.startTracing(app.page, {
          categories: values.profile ? [...CATEGORIES, PROFILER] : CATEGORIES,
        });
        for (let n = 1; n <= Number(values.turns); n += 1) {
          const sync = (await app.page.evaluate(
            `performance.mark('ft-sync-${n}').startTime`,
          )) as number;
          turns.push({ result: await turn(n), sync });
        }
        trace = await browser.stopTracing();
      } finally {
        await app.close();
      }
      if (values.trace) await writeFile(values.trace, trace);
      const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] })
        .traceEvents;
      report(events, turns, Number(values.slow), Number(values.long));
    },
  );
}

/** The page's rendering updates: from the start of each main frame to the end of its commit. */
function mainFrames(thread: Thread): { start: number; end: number; committed: boolean }[] {
  const tasks = thread.events.filter((e) => e.name === 'RunTask' && e.dur);
  const frames = [];
  for (const begin of thread.events.filter((e) => e.name === 'BeginMainThreadFrame')) {
    const task = tasks.find((t) => t.ts <= begin.ts && begin.ts <= t.ts + (t.dur ?? 0));
    const end = task ? task.ts + (task.dur ?? 0) : begin.ts;
    const commit = thread.events.find(
      (e) => e.name === 'Commit' && e.ts >= begin.ts && e.ts <= end,
    );
    frames.push({
      start: begin.ts,
      end: commit ? commit.ts + (commit.dur ?? 0) : end,
      committed: commit !== undefined,
    });
  }
  return frames.sort((a, b) => a.start - b.start);
}

function report(events: TraceEvent[], turns: TracedTurn[], slowMs: number, longMs: number): void {
  const thread = mainThread(events);
  const frames = mainFrames(thread);
  const spans = stageSpans(events, thread.pid);
  const split = { wait: [] as number[], frame: [] as number[], present: [] as number[] };
  const commitsBefore: number[] = [];
  turns.forEach(({ result, sync }, i) => {
    const mark = events.find((e) => e.name === `ft-sync-${i + 1}`);
    if (!mark) return;
    const toTs = (ms: number) => mark.ts + (ms - sync) * 1000;
    console.log(`\nTurn ${i + 1}:`);
    for (const [id, event] of Object.entries(result.event)) {
      const dom = result.dom[id] ?? NaN;
      const painted = result.paint[id] ?? NaN;
      const presented = result.frame[id] ?? NaN;
      const marks = (result.marks[id] ?? []).map((at) => (at - event).toFixed(1));
      console.log(
        `  ${id}: event → DOM ${(dom - event).toFixed(1)} ms, → painted ` +
          `${(painted - event).toFixed(1)} ms, → presented ${(presented - event).toFixed(1)} ms; ` +
          `marked at ${marks.join(', ')} ms`,
      );
      // The first main frame after the text reached the DOM, and how many committed before the
      // frame Element Timing reported.
      const first = frames.find((f) => f.start >= toTs(dom));
      if (first) {
        split.wait.push((first.start - toTs(dom)) / 1000);
        split.frame.push((first.end - first.start) / 1000);
        split.present.push((toTs(presented) - first.end) / 1000);
        commitsBefore.push(
          frames.filter((f) => f.committed && f.start >= toTs(dom) && f.end < toTs(presented))
            .length,
        );
      }
      if (!(presented - event > slowMs)) continue;
      const from = toTs(event) - 1000;
      const to = toTs(presented) + 500;
      timeline(events, spans, thread, from, to, toTs(event), [
        { ts: toTs(event), text: '>>> event' },
        { ts: toTs(dom), text: '>>> in the DOM' },
        { ts: toTs(painted), text: '>>> painted (paintTime)' },
        { ts: toTs(presented), text: '>>> presented (renderTime)' },
      ]);
      console.log('    functions, total ms in that span:');
      console.log(
        top(functionTimes(thread, toTs(dom), toTs(presented)).total, 14)
          .map((line) => `      ${line}`)
          .join('\n'),
      );
    }
  });
  console.log(
    `\nMedians over ${split.wait.length} panes: DOM → its first main frame ` +
      `${median(split.wait).toFixed(1)} ms; that frame, begin → commit ` +
      `${median(split.frame).toFixed(1)} ms; its commit → the reported presentation ` +
      `${median(split.present).toFixed(1)} ms. Frames committed before the reported one, by pane: ` +
      commitsBefore.join(' '),
  );
  const { late, frames: mainFramesSeen } = lateActivations(events, thread.pid);
  console.log(
    `Main frames activated after the compositor had drawn their frame (shown a frame late): ` +
      `${late} of ${mainFramesSeen}`,
  );
  console.log(`Frame-reporter stages, median over the trace: ${stageMedians(spans)}`);
  // Tasks long enough to hold a frame back, wherever they fell, with what ran in them.
  const from = thread.events[0]?.ts ?? 0;
  for (const task of tasksOver(thread, from, Infinity, longMs)) {
    const end = task.ts + (task.dur ?? 0);
    console.log(`\nA task of ${((task.dur ?? 0) / 1000).toFixed(0)} ms:`);
    console.log(
      top(functionTimes(thread, task.ts, end).total, 30)
        .map((line) => `  ${line}`)
        .join('\n'),
    );
  }
  const frameLengths = frames.filter((f) => f.committed).map((f) => (f.end - f.start) / 1000);
  console.log(
    `Every committed main frame in the trace: ${frameLengths.length}, begin → commit median ` +
      `${median(frameLengths).toFixed(1)} ms`,
  );
}

function timeline(
  events: TraceEvent[],
  spans: readonly StageSpan[],
  thread: Thread,
  from: number,
  to: number,
  zero: number,
  marks: { ts: number; text: string }[],
): void {
  const main = thread.events.filter(
    (e) => MAIN.has(e.name) && e.ts >= from && e.ts <= to && (e.dur ?? 0) >= 200,
  );
  const frames = events.filter(
    (e) => e.pid === thread.pid && e.ts >= from && e.ts <= to && FRAMES.test(e.name),
  );
  const stages = spans.filter((span) => span.ts >= from && span.ts <= to && span.dur >= 1000);
  const stack: TraceEvent[] = [];
  const lines = [
    ...stages.map((span) => ({
      ts: span.ts,
      text: `[stage] ${span.name} ${(span.dur / 1000).toFixed(1)} ms`,
    })),
    ...main
      .sort((a, b) => a.ts - b.ts)
      .map((e) => {
        while (stack.length > 0 && (stack.at(-1)?.ts ?? 0) + (stack.at(-1)?.dur ?? 0) <= e.ts) {
          stack.pop();
        }
        const line = `${'  '.repeat(stack.length)}${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`;
        stack.push(e);
        return { ts: e.ts, text: line };
      }),
    ...frames.map((e) => ({
      ts: e.ts,
      text: `[compositor] ${e.name.includes('DidNotProduceFrame') ? 'DidNotProduceFrame' : e.name}`,
    })),
    ...marks,
  ].sort((a, b) => a.ts - b.ts);
  for (const line of lines) {
    console.log(`    ${((line.ts - zero) / 1000).toFixed(1).padStart(6)}  ${line.text}`);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
