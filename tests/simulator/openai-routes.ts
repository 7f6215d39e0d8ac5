// The OpenAI Chat Completions protocol as OpenAI, Azure OpenAI, Bedrock's Mantle endpoint and
// OpenAI-compatible servers speak it: SSE `data:` chunks ending in `[DONE]`, a usage chunk when
// asked for, each cloud's own auth header, request-id header and error bodies.
import { setTimeout as sleep } from 'node:timers/promises';
import { cutOrStall, paceTokens } from './sim-pacer';
import { estimateInputTokens, replyTokens } from './sim-replies';
import {
  checkOpenAiParts,
  fileTokens,
  withReceivedFiles,
  type OpenAiPartsInput,
  type ReceivedFile,
} from './sim-attachments';
import { readKnobs, stripDirective } from './sim-knobs';
import { authKind, bearerToken, redactHeaders } from './sim-context';
import {
  COMPATIBLE_MODELS,
  MANTLE_MODELS,
  mantleNeedsResponses,
  OPENAI_MODELS,
  reportedOpenAiModel,
} from './sim-models';
import { verifySigV4 } from './verify-sigv4';
import { AZURE_SIM_REGION, authorizeAzure } from './azure-auth';
import { chatSettingRejection, type ChatSettingsBody } from './sim-setting-rules';
import type { RecordedRequest, SimContext } from './sim-context';
import type { SimRequest, SimResponse } from './sim-http';
import type { SimKnobs } from './sim-knobs';

export type OpenAiFlavor = 'openai' | 'azure-openai' | 'openai-compatible' | 'openai-on-bedrock';

export const CLOUD_NAMES: Record<OpenAiFlavor, string> = {
  openai: 'OpenAI',
  'azure-openai': 'Azure OpenAI',
  'openai-compatible': 'an OpenAI-compatible server',
  'openai-on-bedrock': 'Amazon Bedrock (OpenAI API)',
};

interface WireMessage {
  role?: string;
  content?: string | { type?: string; text?: string }[] | null;
}

interface ChatBody extends ChatSettingsBody {
  model?: string;
  messages?: WireMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  max_tokens?: number;
  max_completion_tokens?: number;
}

export function messageText(message: WireMessage): string {
  if (typeof message.content === 'string') return message.content;
  return (message.content ?? []).map((part) => part.text ?? '').join('');
}

export function json(
  res: SimResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export function errorBody(
  message: string,
  type: string | null,
  code: string | null,
  param: string | null = null,
): unknown {
  return { error: { message, type, param, code } };
}

function mask(key: string): string {
  return key.length > 8
    ? `${key.slice(0, 7)}${'*'.repeat(key.length - 11)}${key.slice(-4)}`
    : '****';
}

function requestIdHeaders(flavor: OpenAiFlavor, id: string): Record<string, string> {
  switch (flavor) {
    case 'azure-openai':
      return { 'apim-request-id': id, 'x-request-id': id, 'x-ms-region': AZURE_SIM_REGION };
    case 'openai-on-bedrock':
      return { 'x-amzn-requestid': id };
    default:
      return { 'x-request-id': `req_${id.replace(/-/g, '')}` };
  }
}

/** Checks the flavor's credentials; when they fail, answers the request and returns the status. */
async function authorize(
  flavor: OpenAiFlavor,
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
): Promise<number | undefined> {
  if (flavor === 'azure-openai') return authorizeAzure(req, res, ctx);
  const ok = await credentialsAccepted(flavor, req, res, ctx);
  return ok
    ? undefined
    : flavor === 'openai-on-bedrock' && authKind(req.headers) === 'sigv4'
      ? 403
      : 401;
}

async function credentialsAccepted(
  flavor: Exclude<OpenAiFlavor, 'azure-openai'>,
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
): Promise<boolean> {
  const { credentials } = ctx;
  const token = bearerToken(req.headers);
  switch (flavor) {
    case 'openai':
      if (token === credentials.openaiKey) return true;
      json(
        res,
        401,
        token
          ? errorBody(
              `Incorrect API key provided: ${mask(token)}. You can find your API key in your account settings.`,
              'invalid_request_error',
              'invalid_api_key',
            )
          : errorBody("You didn't provide an API key.", 'invalid_request_error', null),
      );
      return false;
    case 'openai-compatible':
      if (req.headers.authorization === undefined || token === credentials.compatibleKey)
        return true;
      json(res, 401, errorBody('Invalid API key.', 'invalid_request_error', 'invalid_api_key'));
      return false;
    case 'openai-on-bedrock': {
      if (token !== undefined) {
        if (token === credentials.bedrockApiKey) return true;
        json(res, 401, errorBody('Invalid API key.', 'authentication_error', 'invalid_api_key'));
        return false;
      }
      const result = await verifySigV4(req, (id) =>
        id === credentials.awsAccessKeyId ? credentials.awsSecretAccessKey : undefined,
      );
      if (result.ok && result.service === 'bedrock-mantle') return true;
      json(
        res,
        403,
        errorBody(
          result.ok ? 'Credential should be scoped to correct service.' : result.message,
          'authentication_error',
          result.ok ? 'InvalidSignatureException' : result.code,
        ),
      );
      return false;
    }
  }
}

export function preStreamFault(
  flavor: OpenAiFlavor,
  knobs: SimKnobs,
  res: SimResponse,
  headers: Record<string, string>,
): number | undefined {
  const azure = flavor === 'azure-openai';
  switch (knobs.fault) {
    case 'auth':
      json(
        res,
        401,
        errorBody('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'),
        headers,
      );
      return 401;
    case 'rate-limit': {
      const retry = {
        'retry-after': String(knobs.retryAfter),
        ...(azure ? { 'retry-after-ms': String(knobs.retryAfter * 1000) } : {}),
      };
      json(
        res,
        429,
        azure
          ? {
              error: {
                code: '429',
                message: `Requests to the ChatCompletions_Create Operation have exceeded the token rate limit of your current pricing tier. Please retry after ${knobs.retryAfter} seconds.`,
              },
            }
          : errorBody(
              'Rate limit reached for requests. Please try again shortly.',
              'requests',
              'rate_limit_exceeded',
            ),
        { ...headers, ...retry },
      );
      return 429;
    }
    case 'quota':
      json(
        res,
        429,
        errorBody(
          'You exceeded your current quota, please check your plan and billing details.',
          'insufficient_quota',
          'insufficient_quota',
        ),
        headers,
      );
      return 429;
    case 'server':
      json(
        res,
        500,
        errorBody(
          'The server had an error while processing your request. Sorry about that!',
          'server_error',
          null,
        ),
        headers,
      );
      return 500;
    case 'validation':
      json(
        res,
        400,
        errorBody(
          "Invalid value for 'temperature': expected a number between 0 and 2.",
          'invalid_request_error',
          'invalid_value',
          'temperature',
        ),
        headers,
      );
      return 400;
    case 'context-length':
      json(
        res,
        400,
        errorBody(
          "This model's maximum context length is 128000 tokens. However, your messages resulted in 140000 tokens.",
          'invalid_request_error',
          'context_length_exceeded',
          'messages',
        ),
        headers,
      );
      return 400;
    case 'prompt-filter':
      json(
        res,
        400,
        {
          error: {
            message:
              'The response was filtered due to the prompt triggering the content management policy. Please modify your prompt and retry.',
            type: null,
            param: 'prompt',
            code: 'content_filter',
            status: 400,
            innererror: {
              code: 'ResponsibleAIPolicyViolation',
              content_filter_result: { violence: { filtered: true, severity: 'medium' } },
            },
          },
        },
        headers,
      );
      return 400;
    default:
      return undefined;
  }
}

export interface AcceptedRequest<B> {
  body: B;
  /** The model (or Azure deployment) asked for: from the route, else from the body. */
  asked: string;
  headers: Record<string, string>;
}

/**
 * What every OpenAI-protocol route does first: checks the credentials and parses the JSON body,
 * answering as the cloud would when either fails (then returns undefined).
 */
export async function acceptRequest<B extends { model?: string }>(
  flavor: OpenAiFlavor,
  model: string | undefined,
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
  record: RecordedRequest,
): Promise<AcceptedRequest<B> | undefined> {
  const headers = requestIdHeaders(flavor, ctx.nextId('req'));
  const rejected = await authorize(flavor, req, res, ctx);
  if (rejected !== undefined) {
    record.status = rejected;
    return undefined;
  }
  let body: B;
  try {
    body = JSON.parse(req.body.toString('utf8')) as B;
  } catch {
    record.status = 400;
    json(
      res,
      400,
      errorBody('We could not parse the JSON body of your request.', 'invalid_request_error', null),
      headers,
    );
    return undefined;
  }
  record.body = body;
  const asked = model ?? body.model ?? '';
  record.model = asked;
  return { body, asked, headers };
}

export async function handleOpenAiChat(
  flavor: OpenAiFlavor,
  model: string | undefined,
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
  record: RecordedRequest,
): Promise<void> {
  const accepted = await acceptRequest<ChatBody>(flavor, model, req, res, ctx, record);
  if (!accepted) return;
  const { body, asked, headers } = accepted;
  if (flavor === 'openai-on-bedrock' && mantleNeedsResponses(asked)) {
    record.status = 400;
    json(
      res,
      400,
      errorBody(
        `The model ${asked} is not supported on the Chat Completions API. Use the Responses API.`,
        'invalid_request_error',
        'unsupported_model',
        'model',
      ),
      headers,
    );
    return;
  }
  const messages = body.messages ?? [];
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const rawUserText = lastUser ? messageText(lastUser) : '';
  record.lastUserText = rawUserText;
  const knobs = readKnobs(rawUserText, ctx.knobs(), flavor);

  const faultStatus = preStreamFault(flavor, knobs, res, headers);
  if (faultStatus !== undefined) {
    record.status = faultStatus;
    return;
  }

  const reported =
    knobs.served ??
    (flavor === 'openai-on-bedrock' || flavor === 'openai-compatible'
      ? asked
      : reportedOpenAiModel(asked));
  // Compatible servers mostly ignore what they do not know; the clouds refuse it.
  const refused = flavor === 'openai-compatible' ? undefined : chatSettingRejection(reported, body);
  if (refused) {
    record.status = refused.status;
    json(res, refused.status, refused.body, headers);
    return;
  }
  const withFiles = acceptFiles(
    { protocol: 'chat-completions', cloud: flavor, model: reported, messages },
    { knobs, lastUserText: rawUserText },
    { res, headers, record },
  );
  if (!withFiles) return;
  let tokens = withFiles.tokens;
  const maxTokens = body.max_completion_tokens ?? body.max_tokens;
  let finishReason = 'stop';
  if (maxTokens !== undefined && tokens.length > maxTokens) {
    tokens = tokens.slice(0, maxTokens);
    finishReason = 'length';
  }
  const midStream = ['midstream', 'drop', 'stall', 'malformed', 'content-filter'].includes(
    knobs.fault ?? '',
  );
  if (midStream) tokens = tokens.slice(0, knobs.at);
  if (knobs.fault === 'content-filter') finishReason = 'content_filter';

  // Image and PDF tokens count as input, as the clouds bill them.
  const inputTokens = estimateInputTokens(messages.map(messageText)) + fileTokens(withFiles.files);
  const id = `chatcmpl-${ctx.nextId('c')}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}): string =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: reported, system_fingerprint: 'fp_sim', choices, ...extra })}\n\n`;
  const usage = {
    prompt_tokens: inputTokens,
    completion_tokens: tokens.length,
    total_tokens: inputTokens + tokens.length,
  };

  if (!body.stream) {
    await sleep(knobs.ttftMs);
    record.status = 200;
    json(
      res,
      200,
      {
        id,
        object: 'chat.completion',
        created,
        model: reported,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: tokens.join('') },
            finish_reason: finishReason,
            logprobs: null,
          },
        ],
        usage,
      },
      headers,
    );
    return;
  }

  record.status = 200;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    ...headers,
  });
  if (flavor === 'azure-openai') {
    // Azure opens with an empty-choices chunk carrying the prompt filter verdict.
    res.write(
      `data: ${JSON.stringify({ id: '', object: '', created: 0, model: '', choices: [], prompt_filter_results: [{ prompt_index: 0, content_filter_results: {} }] })}\n\n`,
    );
  }
  res.write(
    chunk([
      {
        index: 0,
        delta: { role: 'assistant', content: '', refusal: null },
        logprobs: null,
        finish_reason: null,
      },
    ]),
  );

  const sent = await paceTokens({
    tokens,
    ttftMs: knobs.ttftMs,
    rate: knobs.rate,
    res,
    send: (batch) =>
      res.write(
        batch
          .map((t) =>
            chunk([{ index: 0, delta: { content: t }, logprobs: null, finish_reason: null }]),
          )
          .join(''),
      ),
  });
  if (res.closed) {
    record.outcome = 'client-closed';
    return;
  }

  switch (knobs.fault) {
    case 'midstream':
      res.write(
        `data: ${JSON.stringify(errorBody('The server had an error while processing your request. Sorry about that!', 'server_error', null))}\n\n`,
      );
      res.end();
      return;
    case 'drop':
    case 'stall':
      await cutOrStall(knobs.fault, res, record);
      return;
    case 'malformed':
      res.write(
        `data: {"id":"${id}","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"trun\n\n`,
      );
      res.end();
      return;
    default:
      break;
  }

  res.write(
    chunk([
      {
        index: 0,
        delta: {},
        logprobs: null,
        finish_reason: finishReason,
        ...(finishReason === 'content_filter'
          ? { content_filter_results: { hate: { filtered: true, severity: 'high' } } }
          : {}),
      },
    ]),
  );
  if (body.stream_options?.include_usage)
    res.write(
      chunk([], { usage: { ...usage, completion_tokens: sent, total_tokens: inputTokens + sent } }),
    );
  res.write('data: [DONE]\n\n');
  res.end();
  record.outcome = 'completed';
}

export async function handleOpenAiModels(
  flavor: OpenAiFlavor,
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
  record: RecordedRequest,
): Promise<void> {
  const rejected = await authorize(flavor, req, res, ctx);
  if (rejected !== undefined) {
    record.status = rejected;
    return;
  }
  const ids =
    flavor === 'openai-on-bedrock'
      ? MANTLE_MODELS
      : flavor === 'openai-compatible'
        ? COMPATIBLE_MODELS
        : [...OPENAI_MODELS, 'text-embedding-3-small', 'dall-e-3'];
  record.status = 200;
  json(
    res,
    200,
    {
      object: 'list',
      data: ids.map((id) => ({
        id,
        object: 'model',
        created: 1715367049,
        owned_by: flavor === 'openai' ? 'system' : 'simulator',
      })),
    },
    requestIdHeaders(flavor, ctx.nextId('req')),
  );
}

/** Answers a request whose files the cloud would refuse, in the OpenAI error shape. */
/**
 * A request's files checked as the cloud checks them: refused with the cloud's error (undefined
 * is returned), or recorded, with the reply opened by a line naming each file that arrived.
 */
export function acceptFiles(
  parts: OpenAiPartsInput & { cloud: OpenAiFlavor },
  reply: { knobs: SimKnobs; lastUserText: string },
  to: { res: SimResponse; headers: Record<string, string>; record: RecordedRequest },
): { files: ReceivedFile[]; tokens: string[] } | undefined {
  const check = checkOpenAiParts(parts);
  if (!check.ok) {
    to.record.status = check.status;
    json(
      to.res,
      check.status,
      errorBody(check.message, 'invalid_request_error', check.code ?? null, check.param ?? null),
      to.headers,
    );
    return undefined;
  }
  to.record.files = check.files;
  const tokens = replyTokens(reply.knobs, {
    cloud: CLOUD_NAMES[parts.cloud],
    model: parts.model,
    lastUserText: stripDirective(reply.lastUserText),
  });
  return { files: check.files, tokens: withReceivedFiles(check.files, tokens) };
}

export function recordFor(route: RecordedRequest['route'], req: SimRequest): RecordedRequest {
  const url = new URL(req.rawUrl, 'http://simulator');
  return {
    route,
    method: req.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    httpVersion: req.httpVersion,
    headers: redactHeaders(req.headers),
    auth: authKind(req.headers),
  };
}
