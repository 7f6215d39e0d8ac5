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

export const formatUsd = (usd: number): string =>
  usd === 0 ? '$0' : usd < 0.01 ? `$${usd.toFixed(5)}` : `$${usd.toFixed(4)}`;

/** "$0.0123 · prices of 2026-09-23", "$0.0123 · your price", "≈ $0.0123 (estimated) · …". */
export function formatCost(cost: Cost | undefined): string {
  // The reason, naming the model and the cloud, is on hover (Answer.unpricedReason).
  if (!cost) return 'no price known';
  const amount = cost.estimatedTokens
    ? `≈ ${formatUsd(cost.total)} (estimated)`
    : formatUsd(cost.total);
  return `${amount} · ${cost.byUser ? 'your price' : `prices of ${cost.priceDate}`}`;
}

/** On hover: where the price came from, its date and the rates used. */
export function describeCost(cost: Cost): string {
  const lines = [
    cost.byUser
      ? `Your price (${cost.source ?? 'price-overrides.json'}), of ${cost.priceDate}`
      : `List price from ${cost.source ?? 'the shipped price data'}, of ${cost.priceDate}`,
  ];
  if (cost.rates) {
    const { inputPerMillion, outputPerMillion, cachedInputPerMillion } = cost.rates;
    const cached =
      cachedInputPerMillion === undefined ? '' : `, cached input $${cachedInputPerMillion}`;
    lines.push(`Per 1M tokens: input $${inputPerMillion}${cached}, output $${outputPerMillion}`);
  }
  lines.push(`Input ${formatUsd(cost.input)}, output ${formatUsd(cost.output)}`);
  if (cost.estimatedTokens) {
    const { input, output, counter, filesLeftOut } = cost.estimatedTokens;
    const how =
      counter === 'o200k'
        ? "with OpenAI's o200k tokenizer"
        : counter === 'chars'
          ? 'at about four characters a token (an approximation)'
          : '';
    lines.push(
      `The cloud reported no token counts for this answer: the app counted ${formatCount(input)} in / ${formatCount(output)} out${how ? ` ${how}` : ''}.`,
    );
    if (filesLeftOut) {
      lines.push(
        `The ${filesLeftOut === 1 ? 'attached file is' : `${filesLeftOut} attached files are`} not in this count: only the cloud knows how many tokens it read them as.`,
      );
    }
  }
  return lines.join('\n');
}

// Built once: toLocale*String with a locale or options builds a new formatter on every call,
// the history list formats every conversation's date each time it renders, and the frame in
// which four answers finish formats all their counts.
const countFormat = new Intl.NumberFormat('en-US');

export function formatCount(n: number | undefined): string {
  return n === undefined ? '–' : countFormat.format(n);
}

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
