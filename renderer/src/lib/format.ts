// Figures for the metrics line, in the units a person expects.
import type { Cost } from '../../../shared/chat';

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '–';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatRate(tokensPerSecond: number | null | undefined): string {
  if (tokensPerSecond === null || tokensPerSecond === undefined) return '–';
  return `${tokensPerSecond.toFixed(tokensPerSecond < 10 ? 1 : 0)} tok/s`;
}

export function formatCost(cost: Cost | undefined): string {
  if (!cost) return 'cost unknown';
  const { total } = cost;
  if (total === 0) return '$0';
  return total < 0.01 ? `$${total.toFixed(5)}` : `$${total.toFixed(4)}`;
}

export function formatCount(n: number | undefined): string {
  return n === undefined ? '–' : n.toLocaleString('en-US');
}

// Built once: toLocale*String with options builds a new formatter on every call, and the
// history list formats every conversation's date each time it renders.
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});

export function formatDate(ms: number, now = Date.now()): string {
  const date = new Date(ms);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  return sameDay ? timeFormat.format(date) : dayFormat.format(date);
}
