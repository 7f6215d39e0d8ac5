// What an answer cost: the user's own prices first, then the maintained price data shipped in
// @pydantic/genai-prices. No price is better than a wrong one, so an unknown model gets a reason
// instead of a guess from a similar-looking id.
import type { Cost } from '../../../shared/chat';
import { PROVIDER_LABELS, type ProviderKind } from '../../../shared/providers';
import type { Usage } from '../../../shared/stream';
import { PRICE_DATA, priceFromData } from './price-data';
import type { PriceRow } from './price-row';

export interface PriceQuery {
  kind: ProviderKind;
  /** The model (or Azure deployment, or Bedrock inference profile) that was asked for. */
  model: string;
  /** The exact id the server reported, priced first when present. */
  providerModelId?: string | undefined;
  region?: string | undefined;
  usage: Usage;
  /** The app counted `usage` itself because the cloud reported none (a stopped answer). */
  estimated?: boolean | undefined;
}

export type PricedAnswer = { cost: Cost } | { cost?: undefined; reason: string };

export interface PriceBook {
  priceAnswer(query: PriceQuery): PricedAnswer;
  /** The cost alone, or undefined when no price is known. */
  costOf(query: PriceQuery): Cost | undefined;
}

// Micro-dollar precision hides float noise (0.1 + 0.2) without hiding real cents.
const round = (usd: number): number => Math.round(usd * 1e8) / 1e8;

export function createPriceBook(options: { overrides?: readonly PriceRow[] } = {}): PriceBook {
  const overrides = options.overrides ?? [];

  function priceAnswer(query: PriceQuery): PricedAnswer {
    const ids = [query.providerModelId, query.model];
    const estimated = query.estimated
      ? { estimatedTokens: { input: query.usage.inputTokens, output: query.usage.outputTokens } }
      : {};
    const row = matchOverride(overrides, query.kind, ids, query.region);
    if (row) return { cost: { ...costFromRow(row, query.usage), ...estimated } };

    const data = priceFromData(query.kind, ids, query.usage);
    if (data) {
      return {
        cost: {
          currency: 'USD',
          input: round(data.input),
          output: round(data.output),
          total: round(data.input + data.output),
          priceDate: PRICE_DATA.date,
          source: `${PRICE_DATA.name} ${PRICE_DATA.version} (${data.modelId})`,
          rates: data.rates,
          ...estimated,
        },
      };
    }
    if (query.kind === 'openai-compatible') {
      return {
        reason: 'OpenAI-compatible servers have no list price; add yours to price-overrides.json.',
      };
    }
    return {
      reason: `No price is known for ${query.providerModelId ?? query.model} on ${PROVIDER_LABELS[query.kind]}.`,
    };
  }

  return {
    priceAnswer,
    costOf: (query) => priceAnswer(query).cost,
  };
}

/**
 * The user's row for this answer: an exact id over a prefix, a longer prefix over a shorter one,
 * a row for this region over one for any region. Ids compare without regard to case.
 */
function matchOverride(
  rows: readonly PriceRow[],
  kind: ProviderKind,
  ids: readonly (string | undefined)[],
  region: string | undefined,
): PriceRow | undefined {
  for (const raw of ids) {
    if (!raw) continue;
    const id = raw.trim().toLowerCase();
    let best: PriceRow | undefined;
    let bestScore = -1;
    for (const row of rows) {
      if (row.kind !== kind) continue;
      if (row.region !== undefined && row.region !== region) continue;
      const model = row.model.toLowerCase();
      const exact = model === id;
      if (!exact && !(row.prefix === true && id.startsWith(model))) continue;
      const score = (exact ? 1_000 : model.length) * 2 + (row.region !== undefined ? 1 : 0);
      if (score > bestScore) {
        best = row;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  return undefined;
}

function costFromRow(row: PriceRow, usage: Usage): Cost {
  const cached = Math.min(usage.cachedInputTokens ?? 0, usage.inputTokens);
  const cachedRate = row.cachedInputPerMillion ?? row.inputPerMillion;
  const input =
    ((usage.inputTokens - cached) * row.inputPerMillion + cached * cachedRate) / 1_000_000;
  const output = (usage.outputTokens * row.outputPerMillion) / 1_000_000;
  return {
    currency: 'USD',
    input: round(input),
    output: round(output),
    total: round(input + output),
    priceDate: row.date,
    source: row.source ?? 'your price-overrides.json',
    byUser: true,
    rates: {
      inputPerMillion: row.inputPerMillion,
      outputPerMillion: row.outputPerMillion,
      ...(row.cachedInputPerMillion !== undefined
        ? { cachedInputPerMillion: row.cachedInputPerMillion }
        : {}),
    },
  };
}
