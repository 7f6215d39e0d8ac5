// Which pane settings a model can take, by provider kind, wire API and model id. Pure rules from
// the clouds' documentation, used by the pane settings popover (to disable a control with the
// reason) and by the providers (to turn a reasoning effort into what each API takes). A model
// the rules do not know keeps every control: its cloud says what it refuses, and the app shows
// that in plain words.
import { REASONING_EFFORTS, type PaneSettings, type ReasoningEffort } from './chat';
import type { OpenAiApi, ProviderKind, ProviderProfile } from './providers';

export interface ModelTarget {
  kind: ProviderKind;
  /** The OpenAI-family protocol the profile speaks; absent for Bedrock's Converse. */
  api?: OpenAiApi;
  /** Model id, Azure deployment name or Bedrock inference profile id. */
  model: string;
}

export interface SettingRule {
  enabled: boolean;
  /** Why the control is off, in words for the user ("gpt-4o has no reasoning effort"). */
  reason?: string;
}

/** How a reasoning effort travels for this model. */
export type ReasoningVia =
  | 'reasoning_effort' // Chat Completions, and gpt-oss on Bedrock Converse (additional field)
  | 'reasoning.effort' // the Responses API
  | 'thinking-budget' // Claude on Bedrock: additionalModelRequestFields.thinking
  | 'none';

export interface ModelCapabilities {
  temperature: SettingRule;
  maxOutputTokens: SettingRule;
  reasoningEffort: SettingRule & {
    /** The efforts this model takes, in REASONING_EFFORTS order. */
    values: readonly ReasoningEffort[];
    via: ReasoningVia;
    /** A line under the control (what a value means here). */
    hint?: string;
  };
}

/**
 * Claude's extended-thinking budget per effort. Bedrock's minimum budget is 1,024 tokens
 * (Bedrock user guide, "Extended thinking"); the steps above it double roughly, up to the
 * 32k budget Anthropic suggests as the point where batch processing pays off.
 */
export const CLAUDE_THINKING_BUDGETS: Record<Exclude<ReasoningEffort, 'none'>, number> = {
  minimal: 1024,
  low: 2048,
  medium: 8192,
  high: 16_384,
  xhigh: 32_000,
};

/**
 * Tokens left for the answer itself when thinking is on and the pane sets no limit: Bedrock's
 * maxTokens counts thinking too and must exceed the budget, so it is sent as budget + this.
 */
export const CLAUDE_ANSWER_TOKENS = 4096;

const ALL = REASONING_EFFORTS;
const only = (...values: ReasoningEffort[]): readonly ReasoningEffort[] =>
  ALL.filter((v) => values.includes(v));

/** The model id without Bedrock's cross-region prefix (`us.`, `global.`…) or vendor prefix. */
function bareModelId(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/^(us|eu|apac|jp|au|ca|us-gov|global)\./, '');
}

interface OpenAiFamily {
  name: string;
  efforts: readonly ReasoningEffort[];
  temperature: boolean;
}

/**
 * OpenAI model families by id (Azure deployments are matched on their name, which usually
 * carries the model's). Sources: OpenAI's reasoning guide and model pages; the API's own 400s
 * ("Unsupported value: 'temperature' does not support 0.3 with this model. Only the default (1)
 * value is supported."; "'minimal' is not supported with the 'gpt-5.1' model. Supported values
 * are: 'none', 'low', 'medium', and 'high'."); Microsoft's ReasoningEffort reference (xhigh
 * after gpt-5.1-codex-max); gpt-oss's model card (low, medium, high).
 */
function openAiFamily(id: string): OpenAiFamily | undefined {
  if (/gpt-oss/.test(id)) {
    return { name: 'gpt-oss', efforts: only('low', 'medium', 'high'), temperature: true };
  }
  const five = /gpt-5(?:\.(\d+))?/.exec(id);
  if (five) {
    const minor = Number(five[1] ?? 0);
    if (minor === 0) {
      return {
        name: 'GPT-5',
        efforts: only('minimal', 'low', 'medium', 'high'),
        temperature: false,
      };
    }
    return {
      name: 'GPT-5.x',
      efforts:
        minor === 1
          ? only('none', 'low', 'medium', 'high')
          : only('none', 'low', 'medium', 'high', 'xhigh'),
      temperature: false,
    };
  }
  if (/(^|[^a-z0-9])o[134](-mini|-pro)?($|[^a-z0-9])/.test(id)) {
    return { name: 'o-series', efforts: only('low', 'medium', 'high'), temperature: false };
  }
  if (/gpt-4|gpt-3\.5|chatgpt-4o/.test(id)) {
    return { name: 'GPT-4', efforts: [], temperature: true };
  }
  return undefined;
}

/**
 * Claude models on Bedrock that take `thinking: { type: 'enabled', budget_tokens }`: 3.7 Sonnet
 * and the 4.x models up to 4.6 (Bedrock user guide, "Extended thinking", supported models).
 * Claude 4.7 and later refuse a fixed budget (Anthropic's extended-thinking page: adaptive
 * thinking only), which this app does not send yet.
 */
function claudeThinking(id: string): 'budget' | 'adaptive' | 'no' {
  if (/claude-3-7/.test(id)) return 'budget';
  const four = /claude-(?:opus|sonnet|haiku)-4(?:-(\d))?(?=$|[-:.])/.exec(id);
  if (!four) return 'no';
  const minor = Number(four[1] ?? 0);
  return minor >= 7 ? 'adaptive' : 'budget';
}

const ENABLED: SettingRule = { enabled: true };

export function modelCapabilities(
  target: ModelTarget,
  settings: PaneSettings = {},
): ModelCapabilities {
  const id = bareModelId(target.model);
  const shown = target.model.trim() || 'This model';
  const unknown: ModelCapabilities = {
    temperature: ENABLED,
    maxOutputTokens: ENABLED,
    reasoningEffort: {
      ...ENABLED,
      values: ALL,
      via: target.kind === 'bedrock' ? 'none' : apiVia(target.api),
      hint: `The app does not know whether ${shown} takes a reasoning effort; the server will say.`,
    },
  };

  if (target.kind === 'bedrock') {
    if (id.startsWith('anthropic.')) {
      const thinking = claudeThinking(id);
      if (thinking !== 'budget') {
        return {
          ...unknown,
          reasoningEffort: {
            enabled: false,
            values: [],
            via: 'none',
            reason:
              thinking === 'adaptive'
                ? `${shown} takes adaptive thinking only, which the app does not send yet.`
                : `${shown} has no extended thinking.`,
          },
        };
      }
      const thinkingOn =
        settings.reasoningEffort !== undefined && settings.reasoningEffort !== 'none';
      return {
        // Anthropic: thinking is not compatible with temperature changes (Bedrock user guide).
        temperature: thinkingOn
          ? { enabled: false, reason: 'Claude takes no temperature while extended thinking is on.' }
          : ENABLED,
        maxOutputTokens: ENABLED,
        reasoningEffort: {
          enabled: true,
          values: ALL,
          via: 'thinking-budget',
          hint: `Claude: a thinking budget instead (minimal ${CLAUDE_THINKING_BUDGETS.minimal.toLocaleString('en')} … xhigh ${CLAUDE_THINKING_BUDGETS.xhigh.toLocaleString('en')} tokens, added to max output tokens); none turns thinking off.`,
        },
      };
    }
    if (id.startsWith('openai.')) {
      const family = openAiFamily(id);
      if (family?.name === 'gpt-oss') {
        // Bedrock's OpenAI models page: Converse passes `reasoning_effort` through
        // additionalModelRequestFields.
        return {
          ...unknown,
          reasoningEffort: { enabled: true, values: family.efforts, via: 'reasoning_effort' },
        };
      }
    }
    return {
      ...unknown,
      reasoningEffort: {
        enabled: false,
        values: [],
        via: 'none',
        reason: `${shown} takes no reasoning effort through Bedrock's Converse API.`,
      },
    };
  }

  const family = openAiFamily(id.replace(/^openai\./, ''));
  if (!family) return unknown;
  const via = apiVia(target.api);
  return {
    temperature: family.temperature
      ? ENABLED
      : {
          enabled: false,
          reason:
            family.name === 'o-series'
              ? 'o-series reasoning models take no temperature.'
              : `${family.name} reasoning models take no temperature.`,
        },
    maxOutputTokens: ENABLED,
    reasoningEffort:
      family.efforts.length === 0
        ? { enabled: false, values: [], via: 'none', reason: `${shown} has no reasoning effort.` }
        : { enabled: true, values: family.efforts, via },
  };
}

function apiVia(api: OpenAiApi | undefined): ReasoningVia {
  return api === 'responses' ? 'reasoning.effort' : 'reasoning_effort';
}

/** Claude's thinking budget for an effort; undefined means thinking stays off. */
export function claudeThinkingBudget(effort: ReasoningEffort | undefined): number | undefined {
  return effort === undefined || effort === 'none' ? undefined : CLAUDE_THINKING_BUDGETS[effort];
}

/** The target a pane aims at: its profile's kind and protocol, and the model it names. */
export function modelTargetOf(profile: ProviderProfile, model: string): ModelTarget {
  return profile.kind === 'bedrock'
    ? { kind: profile.kind, model }
    : { kind: profile.kind, api: profile.api, model };
}

/**
 * The settings without what this model is known to refuse (a temperature on a reasoning model,
 * an effort it does not take), for "apply to every pane": one pane's choice should not make
 * another pane's request fail. What the rules do not know is kept; the cloud decides.
 */
export function settingsTheModelTakes(target: ModelTarget, settings: PaneSettings): PaneSettings {
  const caps = modelCapabilities(target, settings);
  const kept: PaneSettings = { ...settings };
  if (!caps.temperature.enabled) delete kept.temperature;
  const effort = kept.reasoningEffort;
  if (
    effort !== undefined &&
    (!caps.reasoningEffort.enabled || !caps.reasoningEffort.values.includes(effort))
  ) {
    delete kept.reasoningEffort;
  }
  return kept;
}

/** Settings a model is known to refuse, named as the pane names them (for a warning). */
export function refusedSettings(target: ModelTarget, settings: PaneSettings): string[] {
  const kept = settingsTheModelTakes(target, settings);
  const refused: string[] = [];
  if (settings.temperature !== undefined && kept.temperature === undefined)
    refused.push('temperature');
  if (settings.reasoningEffort !== undefined && kept.reasoningEffort === undefined)
    refused.push('reasoning effort');
  return refused;
}
