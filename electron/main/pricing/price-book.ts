// What an answer cost: the user's own prices first, then the maintained price data shipped in
// @pydantic/genai-prices. No price is better than a wrong one, so an unknown model gets a reason
// instead of a guess from a similar-looking id.
import type { TokenCounter } from '../../../shared/answer';
import type { Cost } from '../../../shared/chat';
import {
  PROVIDER_LABELS,
  type AzureDeploymentType,
  type ProviderKind,
} from '../../../shared/providers';
import type { Usage } from '../../../shared/stream';
import { PRICE_DATA, priceFromData, type DataPrice } from './price-data';
import type { PriceRow } from './price-row';

export interface PriceQuery {
  kind: ProviderKind;
  /** The model (or Azure deployment, or Bedrock inference profile) that was asked for. */
  model: string;
  /** The exact id the server reported, priced first when present. */
  providerModelId?: string | undefined;
  region?: string | undefined;
  usage: Usage;
  /**
   * Set when the app counted `usage` itself because the cloud reported none (a stopped answer):
   * how it counted.
   */
  estimatedWith?: TokenCounter | undefined;
  /** With `estimatedWith`: files in the thread whose tokens `usage` leaves out. */
  filesLeftOut?: number | undefined;
  /** Azure only: Data Zone and Regional deployments cost more than Global ones. */
  azureDeploymentType?: AzureDeploymentType | undefined;
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
    const estimated = query.estimatedWith
      ? {
          estimatedTokens: {
            input: query.usage.inputTokens,
            output: query.usage.outputTokens,
            counter: query.estimatedWith,
            ...(query.filesLeftOut ? { filesLeftOut: query.filesLeftOut } : {}),
          },
        }
      : {};
    const row = matchOverride(overrides, query.kind, ids, query.region);
    if (row) return { cost: { ...costFromRow(row, query.usage), ...estimated } };

    const listed = priceFromData(query.kind, ids, query.usage);
    if (listed) {
      const premium = azurePremium(query);
      const data = premium ? withPremium(listed, premium.factor) : listed;
      return {
        cost: {
          currency: 'USD',
          input: round(data.input),
          output: round(data.output),
          total: round(data.input + data.output),
          priceDate: PRICE_DATA.date,
          source: `${PRICE_DATA.name} ${PRICE_DATA.version} (${data.modelId})${premium ? ` ${premium.label}` : ''}`,
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

/** One price book with no overrides, for callers that only need the shipped prices. */
let shippedPrices: PriceBook | undefined;

/**
 * What one answer cost at the shipped list prices: its cloud, model, region and usage in, the cost
 * in USD with its source and date out, or the reason no price is known.
 */
export function priceAnswer(query: PriceQuery): PricedAnswer {
  shippedPrices ??= createPriceBook();
  return shippedPrices.priceAnswer(query);
}

/**
 * Azure sells Data Zone and Regional deployments at 10% over Global (its price list, for every
 * model since GPT-4o). The shipped data has Global prices only.
 */
const AZURE_PREMIUM: Record<AzureDeploymentType, { factor: number; label: string } | undefined> = {
  global: undefined,
  'data-zone': { factor: 1.1, label: '+10% Data Zone deployment' },
  regional: { factor: 1.1, label: '+10% Regional deployment' },
};

function azurePremium(query: PriceQuery): { factor: number; label: string } | undefined {
  if (query.kind !== 'azure-openai') return undefined;
  return AZURE_PREMIUM[query.azureDeploymentType ?? 'global'];
}

function withPremium(price: DataPrice, factor: number): DataPrice {
  const { cachedInputPerMillion } = price.rates;
  return {
    ...price,
    input: price.input * factor,
    output: price.output * factor,
    total: price.total * factor,
    rates: {
      inputPerMillion: round(price.rates.inputPerMillion * factor),
      outputPerMillion: round(price.rates.outputPerMillion * factor),
      ...(cachedInputPerMillion !== undefined
        ? { cachedInputPerMillion: round(cachedInputPerMillion * factor) }
        : {}),
    },
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
