// A cloud that refuses one of the pane's settings (a 400 naming the parameter) gets a message
// naming that setting and where to clear it, instead of a generic "refused the request".
import { APIError } from 'openai';
import { briefServerText } from '../security/redact-secrets';
import { errorPart } from './error-part';
import type { ErrorPart } from '../../../shared/stream';

/** What the pane calls each wire parameter the app may send from its settings. */
const SETTING_OF_PARAM: Record<string, string> = {
  temperature: 'temperature',
  max_tokens: 'max output tokens',
  max_completion_tokens: 'max output tokens',
  maxTokens: 'max output tokens',
  max_output_tokens: 'max output tokens',
  reasoning_effort: 'reasoning effort',
  'reasoning.effort': 'reasoning effort',
  thinking: 'reasoning effort (extended thinking)',
  budget_tokens: 'reasoning effort (thinking budget)',
};

export interface RejectedSettingContext {
  /** The cloud's name ("OpenAI", "AWS Bedrock (us-east-1)"). */
  label: string;
  /** The model asked for, as the user typed it. */
  model: string;
  /** Wire parameters this request actually carried from the pane's settings. */
  sent: readonly string[];
  secrets: readonly (string | undefined)[];
}

function rejectedPart(
  param: string,
  context: RejectedSettingContext,
  said: string | undefined,
  status: number | undefined,
  who: string,
): ErrorPart {
  const setting = SETTING_OF_PARAM[param];
  const named = setting && setting !== param ? ` (the pane's ${setting})` : '';
  const detail = said ? ` ${who} said: "${said}"` : '';
  return errorPart(
    'bad-request',
    `${context.label} does not accept '${param}'${named} for ${context.model}. Clear it in the pane settings.${detail}`,
    status !== undefined ? { status } : {},
  );
}

/** An `openai` SDK 400 whose `param` is one of the settings sent; undefined otherwise. */
export function rejectedOpenAiSetting(
  error: unknown,
  context: RejectedSettingContext,
): ErrorPart | undefined {
  if (!(error instanceof APIError) || error.status !== 400) return undefined;
  // On the Responses API `param` is a path (`reasoning.effort`); callers list it as sent.
  const param = typeof error.param === 'string' ? error.param : undefined;
  if (!param || !context.sent.includes(param)) return undefined;
  const body = error.error as { message?: unknown } | undefined;
  const message = typeof body?.message === 'string' ? body.message : undefined;
  return rejectedPart(param, context, briefServerText(message, context.secrets), 400, 'The server');
}

/**
 * A Bedrock ValidationException whose message names a setting that was sent (Converse passes the
 * model's own complaint through: "`temperature` may only be set to 1 when thinking is enabled").
 * The setting named first is the one blamed.
 */
export function rejectedBedrockSetting(
  error: unknown,
  context: RejectedSettingContext,
): ErrorPart | undefined {
  const e = error instanceof Object ? (error as { name?: unknown; message?: unknown }) : {};
  if (e.name !== 'ValidationException' || typeof e.message !== 'string') return undefined;
  const message = e.message;
  let first: { param: string; at: number } | undefined;
  for (const param of context.sent) {
    const names = param === 'maxTokens' ? ['maxTokens', 'max_tokens'] : [param];
    for (const name of names) {
      const at = message.search(new RegExp(`\\b${name}\\b`));
      if (at >= 0 && (first === undefined || at < first.at)) first = { param, at };
    }
  }
  if (!first) return undefined;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return rejectedPart(
    first.param,
    context,
    briefServerText(message, context.secrets),
    status,
    'AWS',
  );
}
