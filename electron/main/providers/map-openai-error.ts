// Whatever the openai SDK threw → one error part in plain words naming the cloud and the cause.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { briefServerText } from '../security/redact-secrets';
import { cancelledPart, errorPart, parseRetryAfter, retryHint } from './error-part';
import { describeNetworkError } from './describe-network-error';
import { fileRefusalPart, isFileRefusal } from './attachment-refusal';
import type { ErrorPart } from '../../../shared/stream';

export interface OpenAiErrorContext {
  label: string;
  /** What the user set up to sign in: "API key" or "AWS credentials". */
  credentialName: string;
  secrets: readonly (string | undefined)[];
}

function serverMessage(error: APIError): string | undefined {
  const body = error.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' ? body.message : undefined;
}

export function mapOpenAiError(error: unknown, context: OpenAiErrorContext): ErrorPart {
  const { label, credentialName, secrets } = context;
  if (error instanceof APIUserAbortError) return cancelledPart();
  if (error instanceof APIConnectionTimeoutError) {
    return errorPart('timeout', `${label} did not answer in time. Try again.`);
  }
  if (error instanceof APIConnectionError) {
    return errorPart('network', describeNetworkError(label, error.cause ?? error));
  }
  if (error instanceof SyntaxError) {
    return errorPart(
      'server',
      `${label} sent a malformed response the app could not read. Try again.`,
    );
  }
  if (!(error instanceof APIError)) {
    return errorPart('network', describeNetworkError(label, error));
  }

  const status = error.status;
  const code = error.code ?? undefined;
  const said = briefServerText(serverMessage(error), secrets);
  const detail = said ? ` The server said: "${said}"` : '';
  if (status === undefined) {
    // An error event inside an open stream.
    return errorPart('server', `${label} reported an error in the middle of the answer.${detail}`);
  }
  const retryAfterMs = parseRetryAfter((name) => error.headers?.get(name));
  const extra = { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };

  if (status === 401) {
    return errorPart(
      'auth',
      `${label} rejected the ${credentialName} (401). Check the ${credentialName} in Settings.`,
      extra,
    );
  }
  if (status === 403) {
    return errorPart(
      'auth',
      `${label} refused access with these credentials (403). Check the ${credentialName} and its permissions in Settings.`,
      extra,
    );
  }
  if (status === 429) {
    if (code === 'insufficient_quota' || error.type === 'insufficient_quota') {
      return errorPart(
        'quota',
        `${label} says this account has run out of quota (429). Check the plan and billing.`,
        extra,
      );
    }
    return errorPart(
      'rate-limit',
      `${label} is rate-limiting requests (429). ${retryHint(retryAfterMs)}`,
      extra,
    );
  }
  if (
    code === 'context_length_exceeded' ||
    /maximum context length|context window/i.test(said ?? '')
  ) {
    return errorPart(
      'context-length',
      `The conversation is too long for this model on ${label} (${status}). Start a new conversation or pick a model with a larger context.`,
      extra,
    );
  }
  if (code === 'content_filter' || code === 'content_policy_violation') {
    return errorPart(
      'content-filter',
      `${label}'s content filter blocked the prompt (${status}). Rephrase it and try again.`,
      extra,
    );
  }
  if (status >= 400 && status < 500 && status !== 404 && isFileRefusal(said)) {
    return fileRefusalPart(label, ` (${status})`, detail, extra);
  }
  if (status === 404) {
    return errorPart(
      'bad-request',
      `${label} could not find that model or deployment (404).${detail}`,
      extra,
    );
  }
  if (status === 408) return errorPart('timeout', `${label} timed out (408). Try again.`, extra);
  if (status >= 500) {
    return errorPart(
      'server',
      `${label} had a server error (${status}). Try again in a moment.${detail}`,
      extra,
    );
  }
  return errorPart('bad-request', `${label} refused the request (${status}).${detail}`, extra);
}
