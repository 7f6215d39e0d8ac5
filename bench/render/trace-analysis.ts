// Reads a Chromium trace (devtools.timeline + the V8 sampling profiler) of the page's main thread
// and says where the time went: per function (self and total), per trace event, and inside the
// tasks that were long enough to cost a frame.

/** Chromium's timeline categories both trace tools read: tasks, frames, user marks, script. */
export const TIMELINE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8.execute',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  /** The frame reporter's stages are paired by this id. */
  id2?: { local?: string; global?: string };
  args?: { name?: string; data?: Record<string, unknown> };
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}

interface Sample {
  /** Microseconds, trace clock. */
  ts: number;
  /** Microseconds until the next sample (its self time). */
  self: number;
  node: number;
}

export interface Thread {
  pid: number;
  tid: number;
  events: TraceEvent[];
  nodes: Map<number, ProfileNode>;
  samples: Sample[];
}

/** The renderer main thread that did the most work (the app's page). */
export function mainThread(events: TraceEvent[]): Thread {
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  let best: { pid: number; tid: number; busy: number } | undefined;
  for (const m of mains) {
    const busy = events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (!best || busy > best.busy) best = { pid: m.pid, tid: m.tid, busy };
  }
  if (!best) throw new Error('No renderer main thread in the trace.');
  const { pid, tid } = best;
  const own = events.filter((e) => e.pid === pid && e.tid === tid);
  const { nodes, samples } = readProfile(events, pid);
  return { pid, tid, events: own, nodes, samples };
}

interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

function readProfile(events: TraceEvent[], pid: number) {
  const nodes = new Map<number, ProfileNode>();
  const samples: Sample[] = [];
  // The profile of this process's main isolate: the one with the most samples.
  const byId = new Map<string, { start: number; chunks: TraceEvent[] }>();
  for (const e of events) {
    if (e.pid !== pid || !e.id) continue;
    if (e.name === 'Profile') {
      const start = Number(e.args?.data?.startTime ?? e.ts);
      byId.set(e.id, { start, chunks: byId.get(e.id)?.chunks ?? [] });
    } else if (e.name === 'ProfileChunk') {
      const entry = byId.get(e.id) ?? { start: e.ts, chunks: [] };
      entry.chunks.push(e);
      byId.set(e.id, entry);
    }
  }
  let chosen: { start: number; chunks: TraceEvent[] } | undefined;
  let most = -1;
  for (const entry of byId.values()) {
    const count = entry.chunks.reduce(
      (n, c) => n + ((c.args?.data as ChunkData | undefined)?.timeDeltas?.length ?? 0),
      0,
    );
    if (count > most) {
      most = count;
      chosen = entry;
    }
  }
  if (!chosen) return { nodes, samples };
  let ts = chosen.start;
  for (const chunk of chosen.chunks.sort((a, b) => a.ts - b.ts)) {
    const data = chunk.args?.data as ChunkData | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((node, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, self: 0, node });
    });
  }
  for (let i = 0; i < samples.length; i += 1) {
    const sample = samples[i];
    const next = samples[i + 1];
    // A gap much longer than the sampling interval is the profiler pausing, not one function.
    if (sample) sample.self = next ? Math.min(next.ts - sample.ts, 2_000) : 0;
  }
  return { nodes, samples };
}

function frameKey(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const file = frame.url.split('/').pop()?.split('?')[0] ?? frame.url;
  return `${name} ${file}:${frame.lineNumber + 1}`;
}

const IDLE = new Set(['(idle)', '(program)', '(root)']);

/** Self and total (inclusive) milliseconds per function for samples in [from, to). */
export function functionTimes(thread: Thread, from: number, to: number) {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const sample of thread.samples) {
    if (sample.ts < from || sample.ts >= to) continue;
    const leaf = thread.nodes.get(sample.node);
    if (!leaf || IDLE.has(leaf.callFrame.functionName)) continue;
    const ms = sample.self / 1000;
    const leafKey = frameKey(leaf.callFrame);
    self.set(leafKey, (self.get(leafKey) ?? 0) + ms);
    const seen = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node;) {
      const key = frameKey(node.callFrame);
      if (!seen.has(key) && node.callFrame.functionName !== '(root)') {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + ms);
      }
      node = node.parent === undefined ? undefined : thread.nodes.get(node.parent);
    }
  }
  return { self, total };
}

/** Milliseconds per trace event name within [from, to) (nested events count in each). */
export function eventTimes(thread: Thread, from: number, to: number): Map<string, number> {
  const times = new Map<string, number>();
  for (const e of thread.events) {
    if (e.ph !== 'X' || e.ts < from || e.ts >= to || !e.dur) continue;
    times.set(e.name, (times.get(e.name) ?? 0) + e.dur / 1000);
  }
  return times;
}

/** Top-level tasks on the thread within [from, to) lasting at least `minMs`. */
export function tasksOver(thread: Thread, from: number, to: number, minMs: number): TraceEvent[] {
  return thread.events.filter(
    (e) => e.name === 'RunTask' && e.ts >= from && e.ts < to && (e.dur ?? 0) >= minMs * 1000,
  );
}

export function top(map: Map<string, number>, count: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(9)} ms  ${key}`);
}

/** Adds each task window's figures together. */
export function sumOver(
  windows: readonly TraceEvent[],
  read: (from: number, to: number) => Map<string, number>,
): Map<string, number> {
  const sum = new Map<string, number>();
  for (const w of windows) {
    for (const [key, ms] of read(w.ts, w.ts + (w.dur ?? 0))) {
      sum.set(key, (sum.get(key) ?? 0) + ms);
    }
  }
  return sum;
}
