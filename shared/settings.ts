import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark'] as const;

export const appSettingsSchema = z.object({
  theme: z.enum(THEMES).default('system'),
  syncScroll: z.boolean().default(false),
  /** Default idle limit for a silent stream, in ms. */
  idleTimeoutMs: z.number().int().min(1000).max(600_000).default(60_000),
  envImportOffered: z.boolean().default(false),
  /** Blind comparison: clouds, models and figures hidden on each turn until it is voted on. */
  blindMode: z.boolean().default(false),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;
export const appSettingsPatchSchema = appSettingsSchema.partial();
