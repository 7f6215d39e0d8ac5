// Shared bins for several series of one measure (TTFT per cloud), so their bars line up: equal
// widths from zero to a round number above the 95th percentile of all values, the rest in the
// last bin ("2,000 ms and over") so one slow outlier does not flatten every bar.
import { formatCount } from './format';

export interface Histogram {
  /** Bin labels, e.g. "0–200 ms", "2,000 ms and over". */
  labels: string[];
  /** Per series, the count in each bin. */
  counts: number[][];
}

const ROUND_STEPS = [1, 2, 2.5, 5, 10];

/** A round bin width (1, 2, 2.5 or 5 × 10ⁿ) covering `span` in about `bins` steps. */
function roundWidth(span: number, bins: number): number {
  const raw = Math.max(span / bins, 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ROUND_STEPS.find((s) => s * magnitude >= raw) ?? 10;
  return step * magnitude;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function histogram(
  series: readonly (readonly number[])[],
  options: { bins?: number; unit?: string } = {},
): Histogram {
  const bins = options.bins ?? 10;
  const unit = options.unit ?? 'ms';
  const all = series.flat().sort((a, b) => a - b);
  if (all.length === 0) return { labels: [], counts: series.map(() => []) };
  const width = roundWidth(percentile(all, 0.95), bins);
  const top = width * bins;
  const labels = Array.from({ length: bins }, (_, i) =>
    i === bins - 1
      ? `${formatCount(i * width)} ${unit} and over`
      : `${formatCount(i * width)}–${formatCount((i + 1) * width)} ${unit}`,
  );
  const counts = series.map((values) => {
    const row = new Array<number>(bins).fill(0);
    for (const value of values) {
      const bin = value >= top ? bins - 1 : Math.min(bins - 1, Math.floor(value / width));
      row[bin] = (row[bin] ?? 0) + 1;
    }
    return row;
  });
  return { labels, counts };
}
