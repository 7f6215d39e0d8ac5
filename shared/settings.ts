import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark'] as const;

export const DEFAULT_SYNTHESIS_PROMPT = [
  'You are given one question and several answers to it from different AI models.',
  'Write one answer that keeps what they agree on, corrects what is wrong if you are sure,',
  'and says plainly where they disagree and which answer said what (by its label).',
  'Do not mention that you are merging answers unless they disagree.',
].join(' ');

export const appSettingsSchema = z.object({
  theme: z.enum(THEMES).default('system'),
  syncScroll: z.boolean().default(false),
  /** Default idle limit for a silent stream, in ms. */
  idleTimeoutMs: z.number().int().min(1000).max(600_000).default(60_000),
  envImportOffered: z.boolean().default(false),
  /** Blind comparison: clouds, models and figures hidden on each turn until it is voted on. */
  blindMode: z.boolean().default(false),
  /** What the model that merges a turn's answers is told ("Merge answers"). */
  synthesisPrompt: z.string().trim().min(1).max(10_000).default(DEFAULT_SYNTHESIS_PROMPT),
  /** Leave prompt and answer text out of exports and logs, for people who must not move it. */
  redactContent: z.boolean().default(false),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;
export const appSettingsPatchSchema = appSettingsSchema.partial();
