// The OpenAI Responses API as OpenAI, Azure OpenAI (v1 and dated routes) and Bedrock's Mantle
// endpoint speak it: SSE with `event:` names, the `ResponseStreamEvent` sequence of the `openai`
// package's types (created, in_progress, output items and content parts, text / refusal /
// reasoning-summary deltas, then completed, incomplete or failed), shaped on recorded real
// streams. A mid-stream `error` event carries its body under `error`, as the real service sends
// it (the SDK throws it as an APIError with no status).
import { cutOrStall, paceTokens } from './sim-pacer';
import { estimateInputTokens, tokenize } from './sim-replies';
import { readKnobs } from './sim-knobs';
import { baseOpenAiModel, reportedOpenAiModel } from './sim-models';
import { acceptRequest, errorBody, json, preStreamFault, acceptFiles } from './openai-routes';
import { fileTokens } from './sim-attachments';
import type { OpenAiFlavor } from './openai-routes';
import type { RecordedRequest, SimContext } from './sim-context';
import type { SimRequest, SimResponse } from './sim-http';

interface InputMessage {
  type?: string;
  role?: string;
  content?: string | { type?: string; text?: string }[];
}

interface ResponsesBody {
  model?: string;
  input?: string | InputMessage[];
  instructions?: string;
  stream?: boolean;
  store?: boolean;
  temperature?: number;
  max_output_tokens?: number;
  reasoning?: { effort?: string; summary?: string };
  /** A Chat Completions field: the Responses API refuses it. */
  messages?: unknown;
}

function contentText(message: InputMessage): string {
  if (typeof message.content === 'string') return message.content;
  return (message.content ?? []).map((part) => part.text ?? '').join('');
}

function inputMessages(body: ResponsesBody): InputMessage[] {
  if (typeof body.input === 'string') return [{ role: 'user', content: body.input }];
  return body.input ?? [];
}

/** The model id each cloud reports: OpenAI a dated snapshot, Azure the base model, Mantle the id asked. */
function reportedModel(flavor: OpenAiFlavor, asked: string): string {
  if (flavor === 'openai') return reportedOpenAiModel(asked);
  if (flavor === 'azure-openai') return baseOpenAiModel(asked) ?? asked;
  return asked;
}

const REASONING_EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh'];

export async function handleOpenAiResponses(
  flavor: OpenAiFlavor,
  model: string | undefined,
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
  record: RecordedRequest,
): Promise<void> {
  const accepted = await acceptRequest<ResponsesBody>(flavor, model, req, res, ctx, record);
  if (!accepted) return;
  const { body, asked, headers } = accepted;
  const refuse = (message: string, param: string, code: string | null = null): void => {
    record.status = 400;
    json(res, 400, errorBody(message, 'invalid_request_error', code, param), headers);
  };
  if (body.messages !== undefined)
    return refuse("Unknown parameter: 'messages'.", 'messages', 'unknown_parameter');
  if (body.input === undefined)
    return refuse("Missing required parameter: 'input'.", 'input', 'missing_required_parameter');
  const effort = body.reasoning?.effort;
  if (effort !== undefined && !REASONING_EFFORTS.includes(effort)) {
    return refuse(
      `Invalid value: '${effort}'. Supported values are: ${REASONING_EFFORTS.map((e) => `'${e}'`).join(', ')}.`,
      'reasoning.effort',
      'invalid_value',
    );
  }

  const messages = inputMessages(body);
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const rawUserText = lastUser ? contentText(lastUser) : '';
  record.lastUserText = rawUserText;
  const knobs = readKnobs(rawUserText, ctx.knobs(), flavor);
  const faultStatus = preStreamFault(flavor, knobs, res, headers);
  if (faultStatus !== undefined) {
    record.status = faultStatus;
    return;
  }

  const reported = knobs.served ?? reportedModel(flavor, asked);
  const withFiles = acceptFiles(
    { protocol: 'responses', cloud: flavor, model: reported, messages },
    { knobs, lastUserText: rawUserText },
    { res, headers, record },
  );
  if (!withFiles) return;
  const refusal = knobs.reply === 'refusal';
  let tokens = withFiles.tokens;
  const summaryTokens =
    effort && effort !== 'none' && body.reasoning?.summary
      ? tokenize(`Thinking at ${effort} effort about what was asked. Then answering it plainly.`)
      : [];
  let incomplete: 'max_output_tokens' | 'content_filter' | undefined;
  if (body.max_output_tokens !== undefined && tokens.length > body.max_output_tokens) {
    tokens = tokens.slice(0, body.max_output_tokens);
    incomplete = 'max_output_tokens';
  }
  const midStream = [
    'midstream',
    'drop',
    'stall',
    'malformed',
    'content-filter',
    'failed',
  ].includes(knobs.fault ?? '');
  if (midStream) tokens = tokens.slice(0, knobs.at);
  if (knobs.fault === 'content-filter') incomplete = 'content_filter';

  // Image and file tokens count as input, as the clouds bill them.
  const inputTokens =
    estimateInputTokens([body.instructions ?? '', ...messages.map(contentText)]) +
    fileTokens(withFiles.files);
  const reasoningTokens = summaryTokens.length * 3;
  const id = `resp_${ctx.nextId('r').replace(/-/g, '')}`;
  const created = Math.floor(Date.now() / 1000);
  const responseObject = (status: string, extra: Record<string, unknown> = {}) => ({
    id,
    object: 'response',
    created_at: created,
    status,
    background: false,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    model: reported,
    output: [],
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: effort ?? null, summary: body.reasoning?.summary ?? null },
    service_tier: 'default',
    store: body.store ?? true,
    temperature: body.temperature ?? 1,
    text: { format: { type: 'text' }, verbosity: 'medium' },
    tool_choice: 'auto',
    tools: [],
    top_p: 1,
    truncation: 'disabled',
    usage: null,
    metadata: {},
    ...extra,
  });
  const usage = (sent: number) => ({
    input_tokens: inputTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: sent + reasoningTokens,
    output_tokens_details: { reasoning_tokens: reasoningTokens },
    total_tokens: inputTokens + sent + reasoningTokens,
  });

  let sequence = 0;
  const event = (type: string, fields: Record<string, unknown>): string =>
    `event: ${type}\ndata: ${JSON.stringify({ type, ...fields, sequence_number: sequence++ })}\n\n`;

  record.status = 200;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    ...headers,
  });
  res.write(event('response.created', { response: responseObject('in_progress') }));
  res.write(event('response.in_progress', { response: responseObject('in_progress') }));

  let outputIndex = 0;
  const reasoningId = `rs_${id.slice(5)}`;
  if (summaryTokens.length > 0) {
    res.write(
      event('response.output_item.added', {
        item: { id: reasoningId, type: 'reasoning', summary: [] },
        output_index: 0,
      }),
    );
    res.write(
      event('response.reasoning_summary_part.added', {
        item_id: reasoningId,
        output_index: 0,
        summary_index: 0,
        part: { type: 'summary_text', text: '' },
      }),
    );
    await paceTokens({
      tokens: summaryTokens,
      ttftMs: knobs.ttftMs,
      rate: knobs.rate,
      res,
      send: (batch) =>
        res.write(
          batch
            .map((delta) =>
              event('response.reasoning_summary_text.delta', {
                item_id: reasoningId,
                output_index: 0,
                summary_index: 0,
                delta,
              }),
            )
            .join(''),
        ),
    });
    const summary = summaryTokens.join('');
    res.write(
      event('response.reasoning_summary_text.done', {
        item_id: reasoningId,
        output_index: 0,
        summary_index: 0,
        text: summary,
      }),
    );
    res.write(
      event('response.reasoning_summary_part.done', {
        item_id: reasoningId,
        output_index: 0,
        summary_index: 0,
        part: { type: 'summary_text', text: summary },
      }),
    );
    res.write(
      event('response.output_item.done', {
        item: {
          id: reasoningId,
          type: 'reasoning',
          summary: [{ type: 'summary_text', text: summary }],
        },
        output_index: 0,
      }),
    );
    outputIndex = 1;
  }

  const messageId = `msg_${id.slice(5)}`;
  res.write(
    event('response.output_item.added', {
      item: {
        id: messageId,
        type: 'message',
        status: 'in_progress',
        content: [],
        role: 'assistant',
      },
      output_index: outputIndex,
    }),
  );
  res.write(
    event('response.content_part.added', {
      item_id: messageId,
      output_index: outputIndex,
      content_index: 0,
      part: refusal
        ? { type: 'refusal', refusal: '' }
        : { type: 'output_text', annotations: [], logprobs: [], text: '' },
    }),
  );
  const sent = await paceTokens({
    tokens,
    ttftMs: summaryTokens.length > 0 ? 0 : knobs.ttftMs,
    rate: knobs.rate,
    res,
    send: (batch) =>
      res.write(
        batch
          .map((delta) =>
            refusal
              ? event('response.refusal.delta', {
                  item_id: messageId,
                  output_index: outputIndex,
                  content_index: 0,
                  delta,
                })
              : event('response.output_text.delta', {
                  item_id: messageId,
                  output_index: outputIndex,
                  content_index: 0,
                  delta,
                  logprobs: [],
                }),
          )
          .join(''),
      ),
  });
  if (res.closed) {
    record.outcome = 'client-closed';
    return;
  }

  switch (knobs.fault) {
    case 'midstream': {
      const message =
        'The server had an error processing your request. Sorry about that! You can retry your request.';
      res.write(
        event('error', {
          error: { type: 'server_error', code: 'server_error', message, param: null },
        }),
      );
      res.write(
        event('response.failed', {
          response: responseObject('failed', { error: { code: 'server_error', message } }),
        }),
      );
      res.end();
      return;
    }
    case 'failed':
      res.write(
        event('response.failed', {
          response: responseObject('failed', {
            error: {
              code: 'rate_limit_exceeded',
              message: `Request too large for ${reported} on tokens per min (TPM): Limit 30000, Requested 35364.`,
            },
            usage: usage(sent),
          }),
        }),
      );
      res.end();
      return;
    case 'drop':
    case 'stall':
      await cutOrStall(knobs.fault, res, record);
      return;
    case 'malformed':
      res.write(
        `event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"trun\n\n`,
      );
      res.end();
      return;
    default:
      break;
  }

  const text = tokens.slice(0, sent).join('');
  const part = refusal
    ? { type: 'refusal', refusal: text }
    : { type: 'output_text', annotations: [], logprobs: [], text };
  if (!refusal)
    res.write(
      event('response.output_text.done', {
        item_id: messageId,
        output_index: outputIndex,
        content_index: 0,
        text,
        logprobs: [],
      }),
    );
  else
    res.write(
      event('response.refusal.done', {
        item_id: messageId,
        output_index: outputIndex,
        content_index: 0,
        refusal: text,
      }),
    );
  res.write(
    event('response.content_part.done', {
      item_id: messageId,
      output_index: outputIndex,
      content_index: 0,
      part,
    }),
  );
  const status = incomplete ? 'incomplete' : 'completed';
  const message = { id: messageId, type: 'message', status, content: [part], role: 'assistant' };
  res.write(event('response.output_item.done', { item: message, output_index: outputIndex }));
  res.write(
    event(incomplete ? 'response.incomplete' : 'response.completed', {
      response: responseObject(status, {
        incomplete_details: incomplete ? { reason: incomplete } : null,
        output: [message],
        usage: usage(sent),
      }),
    }),
  );
  res.end();
  record.outcome = 'completed';
}
