// Latency against cost, one point per model × cloud × region: down and to the left is better.
import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { axis, baseOptions, chartColours, useChart } from './use-chart';

export interface LatencyCostPoint {
  label: string;
  ttftP50Ms: number;
  costPer1kOutputUsd: number;
}

export function LatencyCostChart({
  points,
  summary,
}: {
  points: LatencyCostPoint[];
  summary: string;
}) {
  const config = useMemo((): ChartConfiguration<'scatter'> => {
    const colours = chartColours();
    return {
      type: 'scatter',
      data: {
        datasets: points.map((point, i) => ({
          label: point.label,
          data: [{ x: point.ttftP50Ms, y: point.costPer1kOutputUsd }],
          backgroundColor: colours.series[i % colours.series.length],
          pointRadius: 6,
        })),
      },
      options: {
        ...baseOptions(colours),
        scales: {
          x: { ...axis(colours, 'median TTFT (ms)'), beginAtZero: true },
          y: { ...axis(colours, 'USD per 1,000 output tokens'), beginAtZero: true },
        },
      },
    };
  }, [points]);
  const canvas = useChart(config);
  return (
    <figure className="leaderboard__chart">
      <figcaption>Latency and cost</figcaption>
      <div className="leaderboard__canvas">
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
    </figure>
  );
}
