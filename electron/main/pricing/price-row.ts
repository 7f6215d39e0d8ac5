// One price: USD per 1M input and output tokens for a model (or a model id prefix) on one kind
// of provider, optionally in one region, with where and when the figure was read.
import { z } from 'zod';
import { PROVIDER_KINDS } from '../../../shared/providers';

export const priceRowSchema = z.object({
  kind: z.enum(PROVIDER_KINDS),
  /** A model id, or a prefix of versioned ids ("gpt-4o" covers "gpt-4o-2024-08-06"). */
  model: z.string().trim().min(1).max(200),
  /** Only for this region; absent means any region. */
  region: z.string().trim().min(1).max(40).optional(),
  inputPerMillion: z.number().min(0).max(10_000),
  outputPerMillion: z.number().min(0).max(10_000),
  /** The vendor's public pricing page, by name ("user override" for the user's own rows). */
  source: z.string().trim().min(1).max(200),
  /** When the price was read, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2025-06-01.'),
});
export type PriceRow = z.infer<typeof priceRowSchema>;
