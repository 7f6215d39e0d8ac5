// One Chart.js chart on a canvas, owned by a React component: made on mount, given new data in
// place (no re-creation, so no flicker while filters change), destroyed on unmount. Chart.js is
// registered with only the pieces the leaderboard draws, so the bundle carries no more.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
} from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
);

export function useChart<T extends ChartType>(config: ChartConfiguration<T>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<T> | null>(null);

  useEffect(() => {
    if (!canvas.current) return undefined;
    chart.current = new Chart(canvas.current, config);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
    // Made once; later configs only replace the data and options (below).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    current.data = config.data;
    if (config.options) current.options = config.options;
    current.update();
  }, [config]);

  return canvas;
}

/** The theme's colours, read from the CSS variables so charts follow light and dark. */
export function chartColours(): { text: string; grid: string; series: string[] } {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text-muted', '#5d6778'),
    grid: read('--border', '#dfe3e8'),
    series: [
      '#2f6feb',
      '#d4622a',
      '#1a7f37',
      '#8250df',
      '#bf3989',
      '#9a6700',
      '#0a7ea4',
      '#6e7781',
    ],
  };
}

/** What every leaderboard chart shares: no animation, sized by its box, themed legend. */
export function baseOptions(colours: ReturnType<typeof chartColours>) {
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    plugins: { legend: { labels: { color: colours.text } } },
  };
}

/** A themed axis, titled when `title` is given. */
export function axis(colours: ReturnType<typeof chartColours>, title?: string) {
  return {
    ...(title ? { title: { display: true, text: title, color: colours.text } } : {}),
    ticks: { color: colours.text },
    grid: { color: colours.grid },
  };
}
