// Prints the figures as plain tables: every run, the median per variant, and ours over each
// baseline measured in the same run (ratios, because this machine is shared and noisy).
import type { FirstTokenFigures } from './measure-first-token';
import type { RunFigures } from './page-probes';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

const COLUMNS = [
  ['variant', 22],
  ['wall s', 7],
  ['script s', 9],
  ['tasks s', 8],
  ['layout s', 9],
  ['style s', 8],
  ['frame p50', 10],
  ['frame p95', 10],
  ['long tasks', 11],
  ['max long', 9],
  ['heap MB', 8],
] as const;

function row(cells: readonly string[]): string {
  return cells
    .map((cell, i) => {
      const width = COLUMNS[i]?.[1] ?? 8;
      return i === 0 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join(' ');
}

/** A printed line: one run, or the median of a variant's runs. */
export interface VariantLine {
  variant: string;
  seconds: number;
  scriptSeconds: number;
  taskSeconds: number;
  layoutSeconds: number;
  styleSeconds: number;
  frameP50: number;
  frameP95: number;
  longTaskCount: number;
  /** ms; 0 when there was none. */
  longTaskMax: number;
  heapMb: number;
}

export function lineOf(f: RunFigures): VariantLine {
  return { ...f, longTaskCount: f.longTasks.length, longTaskMax: Math.max(0, ...f.longTasks) };
}

/** The median of a variant's runs, field by field; the long-task max is the worst of any run. */
export function medianLine(runs: readonly RunFigures[]): VariantLine {
  const lines = runs.map(lineOf);
  const pick = (get: (line: VariantLine) => number) => median(lines.map(get));
  return {
    variant: lines[0]?.variant ?? '',
    seconds: pick((l) => l.seconds),
    scriptSeconds: pick((l) => l.scriptSeconds),
    taskSeconds: pick((l) => l.taskSeconds),
    layoutSeconds: pick((l) => l.layoutSeconds),
    styleSeconds: pick((l) => l.styleSeconds),
    frameP50: pick((l) => l.frameP50),
    frameP95: pick((l) => l.frameP95),
    longTaskCount: pick((l) => l.longTaskCount),
    longTaskMax: Math.max(0, ...lines.map((l) => l.longTaskMax)),
    heapMb: pick((l) => l.heapMb),
  };
}

function formatLine(label: string, l: VariantLine): string {
  return row([
    label,
    l.seconds.toFixed(1),
    l.scriptSeconds.toFixed(2),
    l.taskSeconds.toFixed(2),
    l.layoutSeconds.toFixed(2),
    l.styleSeconds.toFixed(2),
    `${l.frameP50.toFixed(1)} ms`,
    `${l.frameP95.toFixed(1)} ms`,
    String(l.longTaskCount),
    l.longTaskMax > 0 ? `${l.longTaskMax} ms` : '-',
    l.heapMb.toFixed(1),
  ]);
}

export function printRuns(rounds: readonly RunFigures[][]): void {
  console.log(
    'script: CDP ScriptDuration; tasks: TaskDuration (all main-thread work: script, style, ' +
      'layout, paint); frames: requestAnimationFrame intervals while streaming; long tasks: ' +
      'from the start of streaming to 0.5 s after the last pane finished.\n',
  );
  console.log(row(COLUMNS.map(([name]) => name)));
  rounds.forEach((round, i) => {
    for (const f of round) console.log(formatLine(`#${i + 1} ${f.variant}`, lineOf(f)));
  });
  // Where the app's long tasks fall tells streaming work from work at the end of a stream.
  rounds.forEach((round, i) => {
    const ours = round[0];
    if (!ours || ours.longTasks.length === 0) return;
    const list = ours.longTasks.map(
      (duration, k) => `${duration} ms at ${(ours.longTaskStarts[k] ?? 0).toFixed(1)} s`,
    );
    console.log(
      `#${i + 1} ${ours.variant} long tasks (of ${ours.seconds.toFixed(1)} s): ${list.join(', ')}`,
    );
  });
}

export function printSummary(ours: VariantLine, baselines: readonly VariantLine[]): void {
  console.log('\nMedian over rounds (max long task: the worst of any round):');
  console.log(row(COLUMNS.map(([name]) => name)));
  for (const l of [ours, ...baselines]) console.log(formatLine(l.variant, l));
  console.log('\nOurs over each baseline (medians; below 1× means ours costs less):');
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
  for (const base of baselines) {
    console.log(
      `  vs ${base.variant}: script ${ratio(ours.scriptSeconds, base.scriptSeconds)}, ` +
        `tasks ${ratio(ours.taskSeconds, base.taskSeconds)}, ` +
        `frame p50 ${ratio(ours.frameP50, base.frameP50)}, ` +
        `frame p95 ${ratio(ours.frameP95, base.frameP95)}, ` +
        `long tasks ${ours.longTaskCount} vs ${base.longTaskCount} ` +
        `(max ${ours.longTaskMax} vs ${base.longTaskMax} ms)`,
    );
  }
}

export function printFirstToken(f: FirstTokenFigures): void {
  const stat = (values: readonly number[]) =>
    values.length === 0
      ? 'no samples'
      : `p50 ${median(values).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms, ` +
        `max ${Math.max(...values).toFixed(1)} ms`;
  console.log(
    `\nTime to first token in the app (harness; ${f.eventToFrame.length} samples: ` +
      `${f.turns} turns × 4 panes, simulator ttft ${f.simulatorTtftMs} ms):`,
  );
  console.log(
    `  Enter → first text event in the page, minus ttft: ${stat(f.enterToEvent)}\n` +
      '    (renderer send, WebSocket bridge, main process, SDK, simulator HTTP; the simulator,\n' +
      '    main services and Playwright share one Node process here)',
  );
  console.log(`  client-added, event → first text in the DOM:      ${stat(f.eventToDom)}`);
  console.log(`  client-added, event → first text painted:         ${stat(f.eventToFrame)}`);
}
