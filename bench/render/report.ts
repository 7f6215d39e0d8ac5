// Prints the figures as plain tables: every run, the median and the worst round per variant, the
// whole app against its peers measured in the same run, and the issue's targets checked round by
// round. Also the --json summary. Ratios, because this machine is shared and noisy.
import { writeFile } from 'node:fs/promises';
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
  ['variant', 17],
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
  ['DOM els', 8],
] as const;

function row(cells: readonly string[]): string {
  return cells
    .map((cell, i) => {
      const width = COLUMNS[i]?.[1] ?? 8;
      return i === 0 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join(' ');
}

/** A printed line: one run, or the median (or worst) of a variant's runs. */
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
  domElements: number;
}

export function lineOf(f: RunFigures): VariantLine {
  return { ...f, longTaskCount: f.longTasks.length, longTaskMax: Math.max(0, ...f.longTasks) };
}

function combine(
  runs: readonly RunFigures[],
  pick: (values: number[]) => number,
  longTaskMax: (values: number[]) => number,
): VariantLine {
  const lines = runs.map(lineOf);
  const of = (get: (line: VariantLine) => number) => pick(lines.map(get));
  return {
    variant: lines[0]?.variant ?? '',
    seconds: of((l) => l.seconds),
    scriptSeconds: of((l) => l.scriptSeconds),
    taskSeconds: of((l) => l.taskSeconds),
    layoutSeconds: of((l) => l.layoutSeconds),
    styleSeconds: of((l) => l.styleSeconds),
    frameP50: of((l) => l.frameP50),
    frameP95: of((l) => l.frameP95),
    longTaskCount: of((l) => l.longTaskCount),
    longTaskMax: longTaskMax(lines.map((l) => l.longTaskMax)),
    heapMb: of((l) => l.heapMb),
    domElements: of((l) => l.domElements),
  };
}

/** The median of a variant's runs, field by field. */
export function medianLine(runs: readonly RunFigures[]): VariantLine {
  return combine(runs, median, median);
}

/** The worst of a variant's runs, field by field (each field's worst round). */
export function worstLine(runs: readonly RunFigures[]): VariantLine {
  const worst = (values: number[]) => Math.max(...values);
  return combine(runs, worst, worst);
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
    String(Math.round(l.domElements)),
  ]);
}

/** Each round's figures by variant name. */
export type Rounds = readonly ReadonlyMap<string, RunFigures>[];

function runsOf(rounds: Rounds, variant: string): RunFigures[] {
  return rounds.map((round) => round.get(variant)).filter((f) => f !== undefined);
}

export function printRuns(rounds: Rounds, variants: readonly string[]): void {
  console.log(
    'script: CDP ScriptDuration; tasks: TaskDuration (all main-thread work: script, style, ' +
      "layout, paint); script, tasks, layout and style in the main thread's CPU time; " +
      'frames: requestAnimationFrame intervals while streaming; long tasks: ' +
      'from the start of streaming to 0.5 s after the last pane finished; heap: JS heap in use ' +
      'after a full GC at the end; DOM els: elements in the document at the end.\n',
  );
  console.log(row(COLUMNS.map(([name]) => name)));
  rounds.forEach((round, i) => {
    for (const name of variants) {
      const f = round.get(name);
      if (f) console.log(formatLine(`#${i + 1} ${name}`, lineOf(f)));
    }
  });
  // Where the app's long tasks fall tells streaming work from work at the end of a stream, and
  // the long frames holding them tell script from rendering.
  rounds.forEach((round, i) => {
    const app = round.get('app');
    if (!app || (app.longTasks.length === 0 && app.longFrames.length === 0)) return;
    const list = app.longTasks.map(
      (duration, k) => `${duration} ms at ${(app.longTaskStarts[k] ?? 0).toFixed(1)} s`,
    );
    console.log(
      `#${i + 1} app long tasks (of ${app.seconds.toFixed(1)} s): ${list.join(', ') || 'none'}`,
    );
    for (const frame of app.longFrames) console.log(`    ${frame}`);
  });
  // The bench's Node process works beside every page on the same cores: the app's backend, and
  // with the backend load the same backend streaming unshown beside each peer.
  for (const name of variants) {
    const host = rounds.flatMap((round) => round.get(name)?.hostCpuPercent ?? []);
    if (host.length === 0) continue;
    console.log(
      `${name}: the bench's Node process (main services, SDKs, simulator, Playwright) used ` +
        `${host.map((percent) => `${percent.toFixed(0)}%`).join(', ')} of a core while streaming, by round`,
    );
  }
}

export function printSummary(rounds: Rounds, variants: readonly string[]): void {
  const header = row(COLUMNS.map(([name]) => name));
  console.log(`\nMedian over ${rounds.length} round(s):`);
  console.log(header);
  for (const name of variants) console.log(formatLine(name, medianLine(runsOf(rounds, name))));
  console.log('\nWorst round per variant (each column its worst round):');
  console.log(header);
  for (const name of variants) console.log(formatLine(name, worstLine(runsOf(rounds, name))));
  const app = runsOf(rounds, 'app');
  if (app.length === 0) return;
  const ours = medianLine(app);
  console.log('\nThe whole app over each peer (medians; below 1× means the app costs less):');
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
  for (const name of variants) {
    if (name === 'app') continue;
    const peer = medianLine(runsOf(rounds, name));
    console.log(
      `  vs ${name}: script ${ratio(ours.scriptSeconds, peer.scriptSeconds)}, ` +
        `tasks ${ratio(ours.taskSeconds, peer.taskSeconds)}, ` +
        `frame p95 ${ratio(ours.frameP95, peer.frameP95)}, ` +
        `long tasks ${ours.longTaskCount} vs ${peer.longTaskCount}`,
    );
  }
}

/** The issue's targets for the whole app, checked in every round against that round's peers. */
export function printTargets(rounds: Rounds): void {
  console.log('\nTargets for the whole app, round by round (issue 9):');
  const verdict = (ok: boolean) => (ok ? 'holds' : 'MISSED');
  rounds.forEach((round, i) => {
    const app = round.get('app');
    if (!app) return;
    const line = lineOf(app);
    const peer = round.get('streamdown');
    const third = peer ? peer.scriptSeconds / 3 : Number.NaN;
    const scriptPart = peer
      ? `script ${line.scriptSeconds.toFixed(2)} s ≤ ⅓ streamdown ${third.toFixed(2)} s: ` +
        verdict(line.scriptSeconds <= third)
      : 'script: streamdown not measured';
    console.log(
      `  #${i + 1}: ${scriptPart}; frame p95 ${line.frameP95.toFixed(1)} ms ≤ 17: ` +
        `${verdict(line.frameP95 <= 17)}; longest task ${line.longTaskMax} ms ≤ 50: ` +
        `${verdict(line.longTaskMax <= 50)}`,
    );
  });
}

function jsonFigures(l: VariantLine) {
  return {
    scriptS: l.scriptSeconds,
    tasksS: l.taskSeconds,
    frameP50Ms: l.frameP50,
    frameP95Ms: l.frameP95,
    longTasksAfterLoad: l.longTaskCount,
    maxLongTaskMs: l.longTaskMax,
    heapMb: l.heapMb,
  };
}

/** `variants` holds the medians; `worstRound` each field's worst round; `rounds` every run. */
export async function writeJson(
  file: string,
  rounds: Rounds,
  variants: readonly string[],
  setup: Record<string, unknown>,
): Promise<void> {
  const by = (line: (runs: RunFigures[]) => VariantLine) =>
    Object.fromEntries(variants.map((name) => [name, jsonFigures(line(runsOf(rounds, name)))]));
  const summary = {
    setup,
    variants: by(medianLine),
    worstRound: by(worstLine),
    rounds: rounds.map((round) =>
      Object.fromEntries(variants.map((name) => [name, round.get(name)])),
    ),
  };
  await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);
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
  console.log(`  client-added, event → first text painted:         ${stat(f.eventToPaint)}`);
  console.log(`  event → the painted frame presented:              ${stat(f.eventToFrame)}`);
  console.log(
    '  the floor of the method (a bare page given the same turn from a second copy of the\n' +
      '  backend, timed by the same probe, turn for turn with the app):\n' +
      `    event → first text in the DOM:                  ${stat(f.floor.eventToDom)}\n` +
      `    event → first text painted:                     ${stat(f.floor.eventToPaint)}\n` +
      `    event → the painted frame presented:            ${stat(f.floor.eventToFrame)}`,
  );
}
