// What one benchmarked stream yields, and the percentiles the report prints.

/** Timings as the caller saw them: from just before the request to the first text / the end. */
export interface StreamTiming {
  ttftMs: number | null;
  totalMs: number;
  /** Characters of answer text received, to check every variant got the whole answer. */
  chars: number;
  /** streamParts events the renderer would have received (main path only). */
  ipcMessages?: number;
}

export interface StreamSample extends StreamTiming {
  /** User + system CPU time of this process during the stream. */
  cpuMs: number;
}

export interface Variant {
  name: string;
  run(prompt: string): Promise<StreamTiming>;
}

/** Times one stream of a variant, adding the process CPU time it took. */
export async function sampleStream(variant: Variant, prompt: string): Promise<StreamSample> {
  const cpu = process.cpuUsage();
  const timing = await variant.run(prompt);
  const used = process.cpuUsage(cpu);
  return { ...timing, cpuMs: (used.user + used.system) / 1000 };
}

/** Nearest-rank percentile (p in 0..100) of the values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}
