// Prints a scenario's figures: one row per variant, then each app variant against the raw SDK
// measured in the same interleaved run.
import { mean, percentile, type StreamSample } from './stream-sample';

export interface VariantResult {
  name: string;
  samples: StreamSample[];
}

interface Summary {
  ttftP50: number;
  ttftP95: number;
  totalP50: number;
  totalP95: number;
  cpuMean: number;
  ipcPerStream: number;
  ipcPerSecondP50: number;
  ipcPerSecondP95: number;
  chars: number;
}

export function summarise(samples: readonly StreamSample[]): Summary {
  const ttfts = samples.flatMap((s) => (s.ttftMs === null ? [] : [s.ttftMs]));
  const totals = samples.map((s) => s.totalMs);
  const withIpc = samples.filter((s) => s.ipcMessages !== undefined);
  const ipcRates = withIpc.map((s) => (s.ipcMessages ?? 0) / (s.totalMs / 1000));
  return {
    ttftP50: percentile(ttfts, 50),
    ttftP95: percentile(ttfts, 95),
    totalP50: percentile(totals, 50),
    totalP95: percentile(totals, 95),
    cpuMean: mean(samples.map((s) => s.cpuMs)),
    ipcPerStream: mean(withIpc.map((s) => s.ipcMessages ?? 0)),
    ipcPerSecondP50: percentile(ipcRates, 50),
    ipcPerSecondP95: percentile(ipcRates, 95),
    chars: percentile(
      samples.map((s) => s.chars),
      50,
    ),
  };
}

const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '-');
const signed = (value: number, digits = 1): string =>
  `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
const pct = (ours: number, base: number): string => `${signed(((ours - base) / base) * 100)}%`;

const COLUMNS: [string, number][] = [
  ['variant', 36],
  ['TTFT p50', 9],
  ['p95', 8],
  ['total p50', 10],
  ['p95', 8],
  ['CPU ms/stream', 14],
  ['IPC msgs/stream', 16],
  ['msgs/s p50', 11],
  ['p95', 7],
];

function row(cells: string[]): string {
  return cells
    .map((cell, i) => {
      const width = COLUMNS[i]?.[1] ?? 10;
      return i === 0 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join(' ');
}

export function printScenario(title: string, results: readonly VariantResult[]): Summary[] {
  const summaries = results.map((r) => summarise(r.samples));
  console.log(`\n  ${title}`);
  console.log(`  ${row(COLUMNS.map(([name]) => name))}`);
  results.forEach((result, i) => {
    const s = summaries[i] as Summary;
    const hasIpc = Number.isFinite(s.ipcPerStream);
    console.log(
      `  ${row([
        result.name,
        ms(s.ttftP50),
        ms(s.ttftP95),
        ms(s.totalP50),
        ms(s.totalP95),
        ms(s.cpuMean),
        hasIpc ? s.ipcPerStream.toFixed(1) : '-',
        hasIpc ? s.ipcPerSecondP50.toFixed(1) : '-',
        hasIpc ? s.ipcPerSecondP95.toFixed(1) : '-',
      ])}`,
    );
  });
  const base = summaries[0] as Summary;
  const baseName = results[0]?.name ?? 'raw';
  results.slice(1).forEach((result, index) => {
    const s = summaries[index + 1] as Summary;
    console.log(
      `  ${result.name} over ${baseName}: ` +
        `total p50 ${signed(s.totalP50 - base.totalP50)} ms (${pct(s.totalP50, base.totalP50)}), ` +
        `p95 ${signed(s.totalP95 - base.totalP95)} ms (${pct(s.totalP95, base.totalP95)}); ` +
        `TTFT p50 ${signed(s.ttftP50 - base.ttftP50)} ms (${pct(s.ttftP50, base.ttftP50)}); ` +
        `CPU ${signed(s.cpuMean - base.cpuMean)} ms/stream (${(s.cpuMean / base.cpuMean).toFixed(2)}×)`,
    );
  });
  const chars = new Set(summaries.map((s) => s.chars));
  if (chars.size > 1) {
    console.log(
      `  WARNING: the variants received different amounts of text (${[...chars].join(' / ')} chars): the comparison is not like for like.`,
    );
  }
  return summaries;
}
