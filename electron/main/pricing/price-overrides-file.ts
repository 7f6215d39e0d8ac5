// The user's own prices, in `price-overrides.json` beside the settings: for negotiated rates,
// models or regions the shipped price data lacks, or local servers whose cost the user tracks.
import { z } from 'zod';
import { readJsonFile } from '../settings/json-file';
import { priceRowSchema, type PriceRow } from './price-row';

export const priceOverridesFileSchema = z.object({
  version: z.literal(1),
  rows: z.array(priceRowSchema),
});

export interface PriceOverridesRead {
  rows: PriceRow[];
  /** Set when the file was invalid: it was kept aside and the shipped prices are used. */
  problem?: string;
}

export function readPriceOverrides(file: string): PriceOverridesRead {
  const read = readJsonFile(file, priceOverridesFileSchema);
  if (read.status === 'ok') return { rows: read.value.rows };
  if (read.status === 'missing') return { rows: [] };
  return { rows: [], problem: `${read.reason} (the file was kept as ${read.keptAs})` };
}
