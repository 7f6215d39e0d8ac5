// TTFT distribution per cloud: shared bins, one bar colour per cloud. The canvas has a text
// summary for screen readers; the table beside it has every figure.
import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { histogram } from '../../lib/histogram';
import { axis, baseOptions, chartColours, useChart } from './use-chart';

export interface TtftSeries {
  label: string;
  /** Sorted; past a few thousand answers an even sample of them (main's LEADERBOARD_TTFT_SAMPLE). */
  valuesMs: number[];
  /** How many answers the values stand for, so bars count answers, not samples. */
  answers: number;
}

export function TtftChart({ series, summary }: { series: TtftSeries[]; summary: string }) {
  const config = useMemo((): ChartConfiguration<'bar'> => {
    const colours = chartColours();
    const h = histogram(series.map((s) => s.valuesMs));
    return {
      type: 'bar',
      data: {
        labels: h.labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          // A sampled series: each value stands for answers / values of them.
          data: (h.counts[i] ?? []).map((n) =>
            Math.round((n * s.answers) / Math.max(1, s.valuesMs.length)),
          ),
          backgroundColor: colours.series[i % colours.series.length],
        })),
      },
      options: {
        ...baseOptions(colours),
        scales: {
          x: axis(colours),
          y: { ...axis(colours, 'answers'), ticks: { color: colours.text, precision: 0 } },
        },
      },
    };
  }, [series]);
  const canvas = useChart(config);
  return (
    <figure className="leaderboard__chart">
      <figcaption>Time to first token, by cloud</figcaption>
      <div className="leaderboard__canvas">
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
    </figure>
  );
}
