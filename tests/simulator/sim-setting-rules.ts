// What the real clouds refuse among the pane settings, with their own error texts: OpenAI's
// reasoning models refuse a temperature other than 1 and efforts they do not know, non-reasoning
// models refuse `reasoning_effort`; Bedrock's Claude refuses a temperature with thinking on, a
// budget under 1,024 or not below maxTokens, and thinking on models without it. Texts are those
// the APIs return (quoted in public bug reports), not invented.

/** OpenAI's error body shape (as openai-routes sends it). */
function errorBody(message: string, type: string, code: string, param: string): unknown {
  return { error: { message, type, param, code } };
}

export interface ChatSettingsBody {
  temperature?: number;
  reasoning_effort?: string;
}

export interface RejectedSetting {
  status: number;
  body: unknown;
}

/** The efforts an OpenAI model takes, or undefined for a model that takes none. */
function openAiEfforts(model: string): string[] | undefined {
  const id = model.replace(/^openai\./, '');
  if (/gpt-oss/.test(id)) return ['low', 'medium', 'high'];
  const five = /gpt-5(?:\.(\d+))?/.exec(id);
  if (five) {
    const minor = Number(five[1] ?? 0);
    if (minor === 0) return ['minimal', 'low', 'medium', 'high'];
    if (minor === 1) return ['none', 'low', 'medium', 'high'];
    return ['none', 'low', 'medium', 'high', 'xhigh'];
  }
  if (/(^|[^a-z0-9])o[134](-mini|-pro)?($|[^a-z0-9])/.test(id)) return ['low', 'medium', 'high'];
  return undefined;
}

function listed(values: string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1) ?? ''}`;
}

/** An OpenAI 400 for a Chat Completions body the (reported) model would refuse. */
export function chatSettingRejection(
  model: string,
  body: ChatSettingsBody,
): RejectedSetting | undefined {
  const efforts = openAiEfforts(model);
  const reasoning = efforts !== undefined && !/gpt-oss/.test(model);
  if (reasoning && body.temperature !== undefined && body.temperature !== 1) {
    return {
      status: 400,
      body: errorBody(
        `Unsupported value: 'temperature' does not support ${body.temperature} with this model. Only the default (1) value is supported.`,
        'invalid_request_error',
        'unsupported_value',
        'temperature',
      ),
    };
  }
  if (body.reasoning_effort === undefined) return undefined;
  if (efforts === undefined) {
    return {
      status: 400,
      body: errorBody(
        "Unsupported parameter: 'reasoning_effort' is not supported with this model.",
        'invalid_request_error',
        'unsupported_parameter',
        'reasoning_effort',
      ),
    };
  }
  if (!efforts.includes(body.reasoning_effort)) {
    return {
      status: 400,
      body: errorBody(
        `Unsupported value: '${body.reasoning_effort}' is not supported with the '${model}' model. Supported values are: ${listed(efforts)}.`,
        'invalid_request_error',
        'unsupported_value',
        'reasoning_effort',
      ),
    };
  }
  return undefined;
}

export interface ConverseSettingsBody {
  inferenceConfig?: { maxTokens?: number; temperature?: number };
  additionalModelRequestFields?: {
    thinking?: { type?: string; budget_tokens?: number };
    reasoning_effort?: string;
  };
}

/** Claude models on Bedrock with extended thinking (a fixed budget). */
function claudeThinks(modelId: string): boolean {
  return /claude-3-7|claude-(opus|sonnet|haiku)-4(-[0-6])?([-:.]|$)/.test(modelId);
}

/** A Bedrock ValidationException message for a Converse body the model would refuse. */
export function converseSettingRejection(
  modelId: string,
  body: ConverseSettingsBody,
): string | undefined {
  const extra = body.additionalModelRequestFields ?? {};
  const prefix = 'The model returned the following errors: ';
  if (extra.thinking !== undefined) {
    if (!claudeThinks(modelId)) return `${prefix}thinking: Extra inputs are not permitted`;
    const budget = extra.thinking.budget_tokens ?? 0;
    const temperature = body.inferenceConfig?.temperature;
    if (temperature !== undefined && temperature !== 1) {
      return `${prefix}\`temperature\` may only be set to 1 when thinking is enabled. Please consult our documentation at https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking#important-considerations-when-using-extended-thinking`;
    }
    if (budget < 1024) {
      return `${prefix}thinking.enabled.budget_tokens: Input should be greater than or equal to 1024`;
    }
    const maxTokens = body.inferenceConfig?.maxTokens ?? 0;
    if (maxTokens <= budget) {
      return `${prefix}\`max_tokens\` must be greater than \`thinking.budget_tokens\`. Please consult our documentation at https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size`;
    }
  }
  if (extra.reasoning_effort !== undefined && !/gpt-oss/.test(modelId)) {
    return 'Malformed input request: #: extraneous key [reasoning_effort] is not permitted, please reformat your input and try again.';
  }
  return undefined;
}

/** Whether a Converse body turned reasoning on, so the stream opens with reasoning deltas. */
export function converseReasons(body: ConverseSettingsBody): boolean {
  const extra = body.additionalModelRequestFields ?? {};
  return extra.thinking?.type === 'enabled' || extra.reasoning_effort !== undefined;
}
