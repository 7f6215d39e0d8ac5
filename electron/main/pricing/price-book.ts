// What an answer cost: the shipped price table with the user's overrides on top.
import { PRICE_TABLE } from './price-table';
import { candidateModelIds, matchPriceRow } from './match-price-row';
import type { Cost } from '../../../shared/chat';
import type { ProviderKind } from '../../../shared/providers';
import type { Usage } from '../../../shared/stream';
import type { PriceRow } from './price-row';
import type { PricedRow } from './match-price-row';

export interface CostInput {
  kind: ProviderKind;
  /** The model (or Azure deployment, or Bedrock inference profile) that was asked for. */
  model: string;
  /** The exact id the server reported, priced first when present. */
  providerModelId?: string | undefined;
  region?: string | undefined;
  usage: Usage;
}

export interface PriceBook {
  /** undefined when no row prices this model (e.g. a local server): better no figure than a wrong one. */
  costOf(input: CostInput): Cost | undefined;
  /** The row that would be used, for showing where a figure came from. */
  priceFor(input: Omit<CostInput, 'usage'>): PriceRow | undefined;
}

// Micro-dollar precision hides float noise (0.1 + 0.2) without hiding real cents.
const round = (usd: number): number => Math.round(usd * 1e8) / 1e8;

export function createPriceBook(
  options: { overrides?: readonly PriceRow[]; table?: readonly PriceRow[] } = {},
): PriceBook {
  const rows: PricedRow[] = [
    ...(options.table ?? PRICE_TABLE).map((row) => ({ ...row, override: false })),
    ...(options.overrides ?? []).map((row) => ({ ...row, override: true })),
  ];

  function priceFor(input: Omit<CostInput, 'usage'>): PricedRow | undefined {
    return matchPriceRow(rows, {
      kind: input.kind,
      modelIds: candidateModelIds([input.providerModelId, input.model]),
      region: input.region,
    });
  }

  return {
    priceFor(input) {
      const row = priceFor(input);
      if (!row) return undefined;
      const { override: _override, ...plain } = row;
      return plain;
    },
    costOf(input) {
      const row = priceFor(input);
      if (!row) return undefined;
      const inputCost = (input.usage.inputTokens / 1_000_000) * row.inputPerMillion;
      const outputCost = (input.usage.outputTokens / 1_000_000) * row.outputPerMillion;
      return {
        currency: 'USD',
        input: round(inputCost),
        output: round(outputCost),
        total: round(inputCost + outputCost),
        priceDate: row.date,
      };
    },
  };
}
