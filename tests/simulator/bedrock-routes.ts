// Bedrock as the AWS SDK sees it: ConverseStream on the runtime (SigV4 or a Bedrock API key as
// a bearer token, event-stream frames, AWS error shapes) and the control plane's model listing.
import { cutOrStall, paceTokens } from './sim-pacer';
import { estimateInputTokens, replyTokens } from './sim-replies';
import { readKnobs, stripDirective } from './sim-knobs';
import { bearerToken } from './sim-context';
import {
  checkConverseBlocks,
  fileTokens,
  withReceivedFiles,
  type ConverseContentBlock,
} from './sim-attachments';
import { BEDROCK_FOUNDATION_MODELS, BEDROCK_INFERENCE_PROFILES } from './sim-models';
import { corruptFrame, eventFrame, exceptionFrame } from './bedrock-event-stream';
import { verifySigV4 } from './verify-sigv4';
import {
  converseReasons,
  converseSettingRejection,
  type ConverseSettingsBody,
} from './sim-setting-rules';
import type { RecordedRequest, SimContext } from './sim-context';
import type { SimRequest, SimResponse } from './sim-http';
import type { SimKnobs } from './sim-knobs';

interface ConverseMessage {
  role?: string;
  content?: ConverseContentBlock[];
}

interface ConverseBody extends ConverseSettingsBody {
  messages?: ConverseMessage[];
  system?: { text?: string }[];
}

const DEFAULT_REGION = 'us-east-1';

function awsError(
  res: SimResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string>,
): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-errortype': `${code}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    ...headers,
  });
  res.end(JSON.stringify({ message }));
}

/** Returns the signing region when the caller is allowed in; otherwise answers and returns undefined. */
async function authorize(
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
  record: RecordedRequest,
  headers: Record<string, string>,
): Promise<string | undefined> {
  const token = bearerToken(req.headers);
  if (token !== undefined) {
    if (token === ctx.credentials.bedrockApiKey) return DEFAULT_REGION;
    record.status = 403;
    awsError(
      res,
      403,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
      headers,
    );
    return undefined;
  }
  const result = await verifySigV4(req, (id) =>
    id === ctx.credentials.awsAccessKeyId ? ctx.credentials.awsSecretAccessKey : undefined,
  );
  if (result.ok && result.service === 'bedrock') return result.region;
  record.status = 403;
  if (result.ok)
    awsError(
      res,
      403,
      'InvalidSignatureException',
      `Credential should be scoped to correct service: 'bedrock'.`,
      headers,
    );
  else
    awsError(
      res,
      result.code === 'MissingAuthenticationTokenException' ? 403 : 403,
      result.code,
      result.message,
      headers,
    );
  return undefined;
}

function preStreamFault(
  knobs: SimKnobs,
  res: SimResponse,
  headers: Record<string, string>,
): number | undefined {
  switch (knobs.fault) {
    case 'auth':
      awsError(
        res,
        403,
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
        headers,
      );
      return 403;
    case 'rate-limit':
      // AWS itself sends no retry-after here; gateways in front of Bedrock often do, and the app
      // honours it when present.
      awsError(
        res,
        429,
        'ThrottlingException',
        'Too many requests, please wait before trying again.',
        { ...headers, 'retry-after': String(knobs.retryAfter) },
      );
      return 429;
    case 'quota':
      awsError(
        res,
        400,
        'ServiceQuotaExceededException',
        'Your request exceeded the service quota for your account. You can view your quotas in the Service Quotas console.',
        headers,
      );
      return 400;
    case 'server':
      awsError(
        res,
        500,
        'InternalServerException',
        'The server encountered an internal error while processing the request.',
        headers,
      );
      return 500;
    case 'validation':
      awsError(
        res,
        400,
        'ValidationException',
        'The model returned the following errors: temperature: must be between 0 and 1.',
        headers,
      );
      return 400;
    case 'context-length':
      awsError(res, 400, 'ValidationException', 'Input is too long for requested model.', headers);
      return 400;
    default:
      return undefined;
  }
}

const EXCEPTION_MESSAGES: Record<SimKnobs['exception'], unknown> = {
  modelStreamErrorException: {
    message: 'The model stream was interrupted.',
    originalStatusCode: 500,
    originalMessage: 'Model stream error',
  },
  throttlingException: { message: 'Too many tokens, please wait before trying again.' },
  validationException: { message: 'The model returned an invalid response.' },
  serviceUnavailableException: { message: 'The service is unavailable. Please try again later.' },
  internalServerException: {
    message:
      'The system encountered an unexpected error during processing. Try your request again.',
  },
};

export async function handleConverseStream(
  modelId: string,
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
  record: RecordedRequest,
): Promise<void> {
  const headers = { 'x-amzn-requestid': ctx.nextId('bedrock') };
  record.model = modelId;
  const region = await authorize(req, res, ctx, record, headers);
  if (region === undefined) return;
  let body: ConverseBody;
  try {
    body = JSON.parse(req.body.toString('utf8')) as ConverseBody;
  } catch {
    record.status = 400;
    awsError(res, 400, 'SerializationException', 'Malformed request body.', headers);
    return;
  }
  record.body = body;
  const messages = body.messages ?? [];
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const rawUserText = (lastUser?.content ?? []).map((c) => c.text ?? '').join('');
  record.lastUserText = rawUserText;
  const knobs = readKnobs(rawUserText, ctx.knobs(), 'bedrock');

  const faultStatus = preStreamFault(knobs, res, headers);
  if (faultStatus !== undefined) {
    record.status = faultStatus;
    return;
  }

  const refused = converseSettingRejection(modelId, body);
  if (refused !== undefined) {
    record.status = 400;
    awsError(res, 400, 'ValidationException', refused, headers);
    return;
  }

  const fileCheck = checkConverseBlocks(modelId, messages);
  if (!fileCheck.ok) {
    record.status = fileCheck.status;
    awsError(
      res,
      fileCheck.status,
      fileCheck.awsCode ?? 'ValidationException',
      fileCheck.message,
      headers,
    );
    return;
  }
  record.files = fileCheck.files;
  let tokens = withReceivedFiles(
    fileCheck.files,
    replyTokens(knobs, {
      cloud: `Amazon Bedrock (${region})`,
      model: modelId,
      lastUserText: stripDirective(rawUserText),
    }),
  );
  let stopReason = 'end_turn';
  const maxTokens = body.inferenceConfig?.maxTokens;
  if (maxTokens !== undefined && tokens.length > maxTokens) {
    tokens = tokens.slice(0, maxTokens);
    stopReason = 'max_tokens';
  }
  if (['midstream', 'drop', 'stall', 'malformed', 'content-filter'].includes(knobs.fault ?? ''))
    tokens = tokens.slice(0, knobs.at);
  if (knobs.fault === 'prompt-filter') {
    tokens = ['Sorry, the model cannot answer this question.'];
    stopReason = 'guardrail_intervened';
  }
  if (knobs.fault === 'content-filter') stopReason = 'content_filtered';

  const started = Date.now();
  record.status = 200;
  res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', ...headers });
  res.write(eventFrame('messageStart', { p: 'abcd', role: 'assistant' }));
  // With thinking (Claude) or a reasoning effort (gpt-oss) on, block 0 is the reasoning, as
  // reasoningContent text deltas closed by a signature; the answer follows in block 1.
  const reasons = converseReasons(body);
  const textBlock = reasons ? 1 : 0;
  if (reasons) {
    for (const text of ['Thinking it over: ', 'the user wants ', 'an answer.'])
      res.write(
        eventFrame('contentBlockDelta', {
          contentBlockIndex: 0,
          delta: { reasoningContent: { text } },
          p: 'abc',
        }),
      );
    res.write(
      eventFrame('contentBlockDelta', {
        contentBlockIndex: 0,
        delta: { reasoningContent: { signature: 'EqoBCkgIARABGAIiQL2sim' } },
        p: 'abc',
      }),
    );
    res.write(eventFrame('contentBlockStop', { contentBlockIndex: 0, p: 'ab' }));
  }
  const sent = await paceTokens({
    tokens,
    ttftMs: knobs.ttftMs,
    rate: knobs.rate,
    res,
    send: (batch) => {
      for (const text of batch)
        res.write(
          eventFrame('contentBlockDelta', {
            contentBlockIndex: textBlock,
            delta: { text },
            p: 'abcdefgh',
          }),
        );
    },
  });
  if (res.closed) {
    record.outcome = 'client-closed';
    return;
  }

  switch (knobs.fault) {
    case 'midstream':
      res.write(exceptionFrame(knobs.exception, EXCEPTION_MESSAGES[knobs.exception]));
      res.end();
      return;
    case 'drop':
    case 'stall':
      await cutOrStall(knobs.fault, res, record);
      return;
    case 'malformed':
      res.write(
        corruptFrame('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'garbled' } }),
      );
      res.end();
      return;
    default:
      break;
  }

  const inputTokens =
    estimateInputTokens([
      ...(body.system ?? []).map((s) => s.text ?? ''),
      ...messages.flatMap((m) => (m.content ?? []).map((c) => c.text ?? '')),
    ]) + fileTokens(fileCheck.files);
  res.write(eventFrame('contentBlockStop', { contentBlockIndex: textBlock, p: 'ab' }));
  res.write(eventFrame('messageStop', { stopReason, p: 'abc' }));
  res.write(
    eventFrame('metadata', {
      // Thinking is billed as output (three reasoning deltas, one token each here).
      usage: {
        inputTokens,
        outputTokens: sent + (reasons ? 3 : 0),
        totalTokens: inputTokens + sent + (reasons ? 3 : 0),
      },
      metrics: { latencyMs: Date.now() - started },
      p: 'abcdef',
    }),
  );
  res.end();
  record.outcome = 'completed';
}

function sendJson(res: SimResponse, body: unknown, headers: Record<string, string>): void {
  res.writeHead(200, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function handleControlPlane(
  path: string,
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
  record: RecordedRequest,
): Promise<void> {
  const headers = { 'x-amzn-requestid': ctx.nextId('bedrock') };
  const region = await authorize(req, res, ctx, record, headers);
  if (region === undefined) return;
  record.status = 200;
  if (path === '/foundation-models') {
    const output = record.query.byOutputModality;
    const models = BEDROCK_FOUNDATION_MODELS.filter(
      (m) => output === undefined || m.output === output,
    );
    sendJson(
      res,
      {
        modelSummaries: models.map((m) => ({
          modelArn: `arn:aws:bedrock:${region}::foundation-model/${m.modelId}`,
          modelId: m.modelId,
          modelName: m.modelName,
          providerName: m.providerName,
          inputModalities: ['TEXT'],
          outputModalities: [m.output],
          responseStreamingSupported: m.output === 'TEXT',
          customizationsSupported: [],
          inferenceTypesSupported: m.inferenceTypes,
          modelLifecycle: { status: 'ACTIVE' },
        })),
      },
      headers,
    );
    return;
  }
  // Inference profiles come two per page so callers must follow nextToken, as with real accounts.
  const regional = BEDROCK_INFERENCE_PROFILES.filter((p) => p.regions.includes(region));
  const start = Number(record.query.nextToken ?? '0') || 0;
  const page = regional.slice(start, start + 2);
  const next = start + 2 < regional.length ? String(start + 2) : undefined;
  sendJson(
    res,
    {
      inferenceProfileSummaries: page.map((p) => ({
        inferenceProfileName: p.name,
        inferenceProfileArn: `arn:aws:bedrock:${region}:123456789012:inference-profile/${p.id}`,
        inferenceProfileId: p.id,
        description: `Routes requests to ${p.modelId} across ${p.regions.join(', ')}.`,
        status: 'ACTIVE',
        type: 'SYSTEM_DEFINED',
        models: p.regions.map((r) => ({
          modelArn: `arn:aws:bedrock:${r}::foundation-model/${p.modelId}`,
        })),
      })),
      ...(next ? { nextToken: next } : {}),
    },
    headers,
  );
}
