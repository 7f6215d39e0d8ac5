// Per-request behaviour of the cloud simulator. Tests and the harness steer it with a directive
// in the last user message, e.g. `[[sim ttft=300 rate=80 tokens=120 fault=rate-limit at=20]]`,
// or with setDefaults(); the directive wins.

export const SIM_FAULTS = [
  'auth',
  'rate-limit',
  'quota',
  'server',
  'validation',
  'context-length',
  'prompt-filter',
  'content-filter',
  'midstream',
  'drop',
  'stall',
  'malformed',
  // Responses API only: the stream ends with `response.failed` (other routes ignore it).
  'failed',
] as const;
export type SimFault = (typeof SIM_FAULTS)[number];

// `refusal`: the Responses API sends it as refusal deltas; other protocols as plain text.
export const SIM_REPLIES = ['default', 'markdown', 'hostile', 'echo', 'refusal'] as const;
export type SimReply = (typeof SIM_REPLIES)[number];

/** Exception frames a Bedrock stream can end with (the `:exception-type` header). */
export const BEDROCK_STREAM_EXCEPTIONS = [
  'modelStreamErrorException',
  'throttlingException',
  'validationException',
  'serviceUnavailableException',
  'internalServerException',
] as const;
export type BedrockStreamException = (typeof BEDROCK_STREAM_EXCEPTIONS)[number];

export interface SimKnobs {
  /** Delay before the first token, ms. */
  ttftMs: number;
  /** Tokens per second after the first one; 0 sends them all at once. */
  rate: number;
  /** Reply length in tokens (the reply text is repeated or cut to fit); undefined keeps it whole. */
  tokens: number | undefined;
  reply: SimReply;
  fault: SimFault | undefined;
  /** Seconds sent in `retry-after` with a 429. */
  retryAfter: number;
  /** Tokens sent before a mid-stream fault (midstream, drop, stall, malformed, content-filter). */
  at: number;
  /** Which exception frame a Bedrock `midstream` fault sends. */
  exception: BedrockStreamException;
  /** The model id an OpenAI-protocol server reports, instead of its usual (a version change). */
  served: string | undefined;
}

export const DEFAULT_KNOBS: SimKnobs = {
  ttftMs: 20,
  rate: 400,
  tokens: undefined,
  reply: 'default',
  fault: undefined,
  retryAfter: 2,
  at: 5,
  exception: 'modelStreamErrorException',
  served: undefined,
};

// `[[sim …]]` applies to every cloud; `[[sim@bedrock …]]` only to one (a provider kind), so
// one prompt broadcast to several panes can make just one of them fail. Targeted knobs win.
const DIRECTIVES = /\[\[sim(?:@([a-z-]+))?\b([^\]]*)\]\]/g;

/** Removes the directives so echoed replies and token counts ignore them. */
export function stripDirective(text: string): string {
  return text.replace(DIRECTIVES, '').trim();
}

function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return values.find((v) => v === value);
}

function number(value: string): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * Reads the knobs from the last user message on top of the defaults: first the directives for
 * every cloud, then those addressed to `cloud` (a provider kind such as `azure-openai`).
 */
export function readKnobs(lastUserText: string, defaults: SimKnobs, cloud?: string): SimKnobs {
  const knobs: SimKnobs = { ...defaults };
  const matches = [...lastUserText.matchAll(DIRECTIVES)];
  const general = matches.filter((m) => m[1] === undefined);
  const targeted = matches.filter((m) => m[1] !== undefined && m[1] === cloud);
  for (const match of [...general, ...targeted]) applyPairs(knobs, match[2] ?? '');
  return knobs;
}

function applyPairs(knobs: SimKnobs, text: string): void {
  for (const pair of text.trim().split(/\s+/)) {
    const [key, value = ''] = pair.split('=');
    switch (key) {
      case 'ttft':
        knobs.ttftMs = number(value) ?? knobs.ttftMs;
        break;
      case 'rate':
        knobs.rate = number(value) ?? knobs.rate;
        break;
      case 'tokens':
        knobs.tokens = number(value) ?? knobs.tokens;
        break;
      case 'retryAfter':
        knobs.retryAfter = number(value) ?? knobs.retryAfter;
        break;
      case 'at':
        knobs.at = number(value) ?? knobs.at;
        break;
      case 'reply':
        knobs.reply = oneOf(SIM_REPLIES, value) ?? knobs.reply;
        break;
      case 'fault':
        knobs.fault = oneOf(SIM_FAULTS, value);
        break;
      case 'served':
        knobs.served = /^[\w.:-]{1,100}$/.test(value) ? value : knobs.served;
        break;
      case 'exception':
        knobs.exception = oneOf(BEDROCK_STREAM_EXCEPTIONS, value) ?? knobs.exception;
        break;
      default:
        break;
    }
  }
}
