// Turns a failed cheap call (listing models) into a kind and plain words naming the cloud and the
// cause. Providers may throw errors that already carry a kind and words; anything else is read
// from its HTTP status or network code. Every credential value is scrubbed from the words.
import { ERROR_KINDS, type ErrorKind } from '../../../shared/stream';
import { PROVIDER_LABELS, profileRegion, type ProviderProfile } from '../../../shared/providers';
import { UserFacingError } from '../ipc/user-facing-error';
import type { ProviderCredentials } from '../providers/provider';
import { redactSecrets } from '../security/redact-secrets';

export interface ProviderFailure {
  /** Absent when the provider gave words but not the kind of failure. */
  kind?: ErrorKind;
  message: string;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

type ErrorLike = {
  kind?: unknown;
  message?: unknown;
  name?: unknown;
  status?: unknown;
  code?: unknown;
  cause?: unknown;
  $metadata?: { httpStatusCode?: unknown };
};

function asErrorLike(error: unknown): ErrorLike {
  return typeof error === 'object' && error !== null ? (error as ErrorLike) : {};
}

function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && (ERROR_KINDS as readonly string[]).includes(value);
}

/** Every credential value of a profile, redacted from text about it. */
export function redactCredentials(text: string, credentials: ProviderCredentials): string {
  return redactSecrets(text, Object.values(credentials));
}

function statusOf(e: ErrorLike): number | undefined {
  const status = e.status ?? e.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

function networkCodeOf(e: ErrorLike, depth = 0): string | undefined {
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
  if (depth < 3 && e.cause) return networkCodeOf(asErrorLike(e.cause), depth + 1);
  return undefined;
}

function kindOf(e: ErrorLike): ErrorKind {
  if (e.name === 'TimeoutError') return 'timeout';
  if (e.name === 'AbortError' || e.name === 'APIUserAbortError') return 'cancelled';
  const status = statusOf(e);
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate-limit';
  if (status !== undefined && status >= 500) return 'server';
  if (status !== undefined && status >= 400) return 'bad-request';
  if (networkCodeOf(e) || e.name === 'APIConnectionError') return 'network';
  return 'server';
}

function wordsFor(kind: ErrorKind, profile: ProviderProfile, e: ErrorLike): string {
  const label = PROVIDER_LABELS[profile.kind];
  const region = profileRegion(profile);
  const inRegion = region ? ` in ${region}` : '';
  const status = statusOf(e);
  const code = status ? ` (${status})` : '';
  const name = typeof e.name === 'string' ? e.name : '';
  switch (kind) {
    case 'auth':
      if (/AccessDenied/i.test(name)) {
        return `${label} denied access${code}: this account has no access here${inRegion}. Check the model access and permissions for this account${inRegion}.`;
      }
      return `${label} rejected the credentials${code}. Check the key in this provider's settings${region ? ` and that the region ${region} is right` : ''}.`;
    case 'network':
      return `Could not reach ${label}${inRegion}. Check the ${region ? 'region, the ' : ''}endpoint and your network connection.`;
    case 'timeout':
      return `${label} did not answer in time${inRegion}. Check your network connection and try again.`;
    case 'cancelled':
      return `The connection test for ${label} was stopped.`;
    case 'rate-limit':
    case 'quota':
      return `${label} is limiting requests right now${code}. Try again shortly.`;
    case 'bad-request':
      return `${label} refused the request${code}. Check the endpoint and settings of this provider.`;
    default:
      return `${label} had a problem answering${code}. Try again shortly.`;
  }
}

export function describeProviderFailure(
  error: unknown,
  profile: ProviderProfile,
  credentials: ProviderCredentials,
): ProviderFailure {
  const e = asErrorLike(error);
  // A provider that already put the failure in words (as its stream's error parts do) knows best.
  if (isErrorKind(e.kind) && typeof e.message === 'string' && e.message.trim()) {
    return { kind: e.kind, message: redactCredentials(e.message, credentials) };
  }
  if (error instanceof UserFacingError)
    return { message: redactCredentials(error.message, credentials) };
  const kind = kindOf(e);
  return { kind, message: wordsFor(kind, profile, e) };
}
