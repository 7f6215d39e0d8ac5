// One price of the user's own (price-overrides.json): USD per 1M tokens for a model id on one
// kind of provider, optionally in one region, with where and when the figure was read.
import { z } from 'zod';
import { PROVIDER_KINDS } from '../../../shared/providers';

export const priceRowSchema = z.object({
  kind: z.enum(PROVIDER_KINDS),
  /** The model id as the app sends it or the cloud reports it; matched exactly unless `prefix`. */
  model: z.string().trim().min(1).max(200),
  /**
   * Also price every id that starts with `model` ("gpt-4o" then covers "gpt-4o-mini" too).
   * Off by default: a prefix silently pricing a dearer or cheaper sibling is how prices go wrong.
   */
  prefix: z.boolean().optional(),
  /** Only for this region; absent means any region. */
  region: z.string().trim().min(1).max(40).optional(),
  inputPerMillion: z.number().min(0).max(10_000),
  /** Cache reads; absent means they cost the full input rate. */
  cachedInputPerMillion: z.number().min(0).max(10_000).optional(),
  outputPerMillion: z.number().min(0).max(10_000),
  /** Where the figure came from ("our enterprise agreement"). */
  source: z.string().trim().min(1).max(200).optional(),
  /** When the price was read or agreed, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2025-06-01.'),
});
export type PriceRow = z.infer<typeof priceRowSchema>;
