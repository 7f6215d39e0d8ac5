// Prices from @pydantic/genai-prices: maintained data shipped inside the package, read offline.
// The package can fetch newer data, but only when updatePrices() is called, which the app never
// does: an answer's price must not depend on the network or change behind the user's back.
import { calcPrice, type ModelPrice, type TieredPrices } from '@pydantic/genai-prices';
import type { ProviderKind } from '../../../shared/providers';
import type { Usage } from '../../../shared/stream';

/**
 * The data's version and date. The package ships no date of its own, so this is the day the
 * installed version was published; a unit test fails when the installed version moves on.
 */
export const PRICE_DATA = {
  name: 'genai-prices',
  version: '0.1.8',
  date: '2026-09-23',
} as const;

/** The data's provider ids. OpenAI-compatible servers have none: they are often local and free. */
const DATA_PROVIDER: Record<ProviderKind, string | undefined> = {
  openai: 'openai',
  // The data's Azure provider falls back to OpenAI's models: Global deployment prices.
  'azure-openai': 'azure',
  bedrock: 'aws',
  // OpenAI on Bedrock (Mantle) bills at Bedrock's price for `openai.*` models.
  'openai-on-bedrock': 'aws',
  'openai-compatible': undefined,
};

/**
 * Geographic and in-region inference profiles. The data prices these as "regional" (about 10%
 * over `global.` for newer models) and recognises them by the bare model id; `global.` it knows
 * by name. `in.` (India) and `ca.` are not in its patterns, hence the stripping.
 */
const GEO_PROFILE = /^(us|us-gov|eu|apac|jp|au|in|ca)\./;

export interface DataPrice {
  input: number;
  output: number;
  total: number;
  modelId: string;
  rates: { inputPerMillion: number; outputPerMillion: number; cachedInputPerMillion?: number };
}

/** The ids to look up for one answer, most exact first. */
export function dataModelIds(kind: ProviderKind, ids: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  const add = (id: string) => {
    if (id && !out.includes(id)) out.push(id);
  };
  for (const raw of ids) {
    if (!raw) continue;
    let id = raw.trim();
    // An ARN names the model or inference profile after its last slash.
    if (id.startsWith('arn:')) id = id.slice(id.lastIndexOf('/') + 1);
    if (kind === 'bedrock' || kind === 'openai-on-bedrock') {
      id = id.replace(GEO_PROFILE, '');
      // Mantle may answer with the OpenAI name of the model it serves.
      if (kind === 'openai-on-bedrock' && !/^(global\.)?openai\./.test(id)) add(`openai.${id}`);
    }
    add(id);
  }
  return out;
}

export function priceFromData(
  kind: ProviderKind,
  ids: readonly (string | undefined)[],
  usage: Usage,
): DataPrice | undefined {
  const providerId = DATA_PROVIDER[kind];
  if (!providerId) return undefined;
  const dataUsage = {
    input_tokens: usage.inputTokens,
    output_tokens: usage.outputTokens,
    ...(usage.cachedInputTokens ? { cache_read_tokens: usage.cachedInputTokens } : {}),
  };
  for (const id of dataModelIds(kind, ids)) {
    const found = calcPrice(dataUsage, id, { providerId });
    if (!found) continue;
    const price = found.model_price;
    const cached = rateAt(price, 'cache_read_mtok', usage.inputTokens);
    return {
      input: found.input_price,
      output: found.output_price,
      total: found.total_price,
      modelId: found.model.id,
      rates: {
        inputPerMillion: rateAt(price, 'input_mtok', usage.inputTokens) ?? 0,
        outputPerMillion: rateAt(price, 'output_mtok', usage.inputTokens) ?? 0,
        ...(cached !== undefined ? { cachedInputPerMillion: cached } : {}),
      },
    };
  }
  return undefined;
}

/** The rate the data applies at this prompt size: the last tier the prompt is past, or the base. */
function rateAt(price: ModelPrice, key: string, inputTokens: number): number | undefined {
  const value = price[key];
  if (value === undefined || typeof value === 'number') return value;
  const tiered = value as TieredPrices;
  let rate = tiered.base;
  for (const tier of tiered.tiers) if (inputTokens > tier.start) rate = tier.price;
  return rate;
}
