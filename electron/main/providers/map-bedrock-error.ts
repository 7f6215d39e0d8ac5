// Whatever the AWS SDK threw (an HTTP error, an exception frame inside the event stream, a
// credential-provider failure, a network failure) → one error part in plain words.
import { briefServerText } from '../security/redact-secrets';
import { cancelledPart, errorPart, parseRetryAfter, retryHint } from './error-part';
import { describeNetworkError } from './describe-network-error';
import { fileRefusalPart, isFileRefusal } from './attachment-refusal';
import type { ErrorPart } from '../../../shared/stream';

export interface BedrockErrorContext {
  label: string;
  /** "access keys", "AWS profile “dev”", "Bedrock API key": what the user set up. */
  credentialName: string;
  secrets: readonly (string | undefined)[];
}

interface AwsLikeError {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: number };
  $response?: { headers?: Record<string, string | undefined> };
}

const AUTH_ERRORS = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'MissingAuthenticationTokenException',
  'ExpiredTokenException',
  'IncompleteSignatureException',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
]);

function lower(name: string): string {
  // Exception frames arrive camel-cased (throttlingException); HTTP errors Pascal-cased.
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function mapBedrockError(error: unknown, context: BedrockErrorContext): ErrorPart {
  const { label, credentialName, secrets } = context;
  const e: AwsLikeError = error instanceof Object ? (error as AwsLikeError) : {};
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const status = e.$metadata?.httpStatusCode;
  const headers = e.$response?.headers ?? {};
  const retryAfterMs = parseRetryAfter((h) => headers[h]);
  const extra = {
    ...(status !== undefined ? { status } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
  const said = briefServerText(message, secrets);
  const detail = said ? ` AWS said: "${said}"` : '';
  const code = status !== undefined ? ` (${status})` : '';

  if (name === 'AbortError') return cancelledPart();
  if (name === 'CredentialsProviderError' || name === 'TokenProviderError') {
    const sso = /sso/i.test(message);
    return errorPart(
      'auth',
      sso
        ? `The AWS SSO sign-in for the ${credentialName} has expired or is missing. Run "aws sso login" for that profile, then try again.`
        : `Could not load the ${credentialName} for ${label}.${detail}`,
    );
  }
  const plural = /s$/.test(credentialName);
  if (AUTH_ERRORS.has(name)) {
    return errorPart(
      'auth',
      `${label} rejected the ${credentialName}${code}. Check ${plural ? 'them' : 'it'} in Settings.`,
      extra,
    );
  }
  if (name === 'AccessDeniedException') {
    return errorPart(
      'auth',
      `${label} denied access${code}: the ${credentialName} ${plural ? 'lack' : 'lacks'} permission for this model, or access to the model is not enabled in this region.`,
      extra,
    );
  }
  switch (lower(name)) {
    case 'throttlingException':
    case 'tooManyRequestsException':
      return errorPart(
        'rate-limit',
        `${label} is throttling requests${code || ' (429)'}. ${retryHint(retryAfterMs)}`,
        extra,
      );
    case 'serviceQuotaExceededException':
      return errorPart(
        'quota',
        `${label} says this account has reached its service quota${code}. Request a higher quota or try another region.`,
        extra,
      );
    case 'validationException':
      if (
        /too long|too many (input )?tokens|context (window|length)|maximum context/i.test(message)
      ) {
        return errorPart(
          'context-length',
          `The conversation is too long for this model on ${label}${code}. Start a new conversation or pick a model with a larger context.`,
          extra,
        );
      }
      if (isFileRefusal(message)) return fileRefusalPart(label, code, detail, extra);
      return errorPart('bad-request', `${label} refused the request${code}.${detail}`, extra);
    case 'resourceNotFoundException':
      return errorPart(
        'bad-request',
        `${label} could not find that model in this region${code}.${detail}`,
        extra,
      );
    case 'modelStreamErrorException':
      return errorPart(
        'server',
        `The model's stream on ${label} failed in the middle of the answer. Try again.`,
        extra,
      );
    case 'modelTimeoutException':
      return errorPart(
        'timeout',
        `The model on ${label} took too long to answer${code}. Try again.`,
        extra,
      );
    case 'internalServerException':
    case 'serviceUnavailableException':
    case 'modelNotReadyException':
    case 'modelErrorException':
      return errorPart(
        'server',
        `${label} had a server error${code}. Try again in a moment.`,
        extra,
      );
    default:
      break;
  }
  if (/checksum|crc|prelude|unexpected end of|JSON/i.test(message) && status === undefined) {
    return errorPart(
      'server',
      `${label} sent a malformed response the app could not read. Try again.`,
    );
  }
  if (status !== undefined && status >= 500) {
    return errorPart('server', `${label} had a server error${code}. Try again in a moment.`, extra);
  }
  if (status !== undefined && status >= 400) {
    return errorPart('bad-request', `${label} refused the request${code}.${detail}`, extra);
  }
  return errorPart('network', describeNetworkError(label, error));
}
