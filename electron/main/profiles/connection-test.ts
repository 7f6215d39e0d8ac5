// "Test connection": the cheapest real call each cloud allows, with the result in words.
// Azure's data plane cannot list deployments, so it gets a 1-token chat to the first deployment.
import type { ConnectionTestResult } from '../../../shared/ipc';
import {
  OPTIONAL_SECRET_FIELDS,
  PROVIDER_LABELS,
  SECRET_FIELD_LABELS,
  secretFieldsFor,
  type ProviderProfile,
  type ProviderProfileOf,
} from '../../../shared/providers';
import type { Provider, ProviderCredentials } from '../providers/provider';
import { describeProviderFailure, redactCredentials } from './describe-provider-failure';

export const NOTHING_AT_URL =
  'Nothing answers at this URL — check the base URL (does it end in /v1?).';

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

export interface ConnectionTestOptions {
  createProvider: (profile: ProviderProfile, credentials: ProviderCredentials) => Provider;
  timeoutMs?: number;
  now?: () => number;
}

function missingSecretsMessage(profile: ProviderProfile, credentials: ProviderCredentials) {
  const missing = secretFieldsFor(profile).filter(
    (field) => !OPTIONAL_SECRET_FIELDS.includes(field) && !credentials[field],
  );
  if (missing.length === 0) return undefined;
  const names = missing.map((field) => SECRET_FIELD_LABELS[field]).join(' and ');
  return `Add the ${names} for ${PROVIDER_LABELS[profile.kind]} first, then test again.`;
}

async function askOneToken(
  provider: Provider,
  profile: ProviderProfileOf<'azure-openai'>,
  signal: AbortSignal,
): Promise<
  { ok: true; message: string } | { ok: false; kind: ConnectionTestResult['kind']; message: string }
> {
  const deployment = profile.deployments[0] ?? '';
  const request = {
    model: deployment,
    messages: [{ role: 'user' as const, content: 'Reply with one word: ok' }],
    maxOutputTokens: 1,
  };
  for await (const part of provider.stream(request, signal)) {
    if (part.type === 'error') return { ok: false, kind: part.kind, message: part.message };
  }
  return {
    ok: true,
    message: `Connected to ${provider.label}: deployment "${deployment}" answered.`,
  };
}

export async function testProviderConnection(
  profile: ProviderProfile,
  credentials: ProviderCredentials,
  options: ConnectionTestOptions,
): Promise<ConnectionTestResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const latency = () => Math.max(0, Math.round(now() - started));

  const missing = missingSecretsMessage(profile, credentials);
  if (missing) return { ok: false, kind: 'auth', message: missing, latencyMs: 0 };

  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 20_000;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = () => ({
    ok: false,
    kind: 'timeout' as const,
    message: `${PROVIDER_LABELS[profile.kind]} did not answer within ${Math.max(1, Math.round(timeoutMs / 1000))} s. Check the endpoint and your network connection.`,
    latencyMs: latency(),
  });
  try {
    const provider = options.createProvider(profile, credentials);
    if (profile.kind === 'azure-openai') {
      const result = await askOneToken(provider, profile, controller.signal);
      if (!result.ok && controller.signal.aborted) return timedOut();
      return {
        ...result,
        message: redactCredentials(result.message, credentials),
        latencyMs: latency(),
      };
    }
    const models = await provider.listModels(controller.signal);
    const count = models.length === 1 ? '1 model' : `${models.length} models`;
    return {
      ok: true,
      message: `Connected to ${provider.label}: ${count} available.`,
      latencyMs: latency(),
      models: models.map((model) => model.id),
    };
  } catch (error) {
    if (controller.signal.aborted) return timedOut();
    // Every OpenAI-style server lists its models at /models: a 404 there means the URL is wrong,
    // not that a model is missing.
    if (statusOf(error) === 404) {
      return { ok: false, kind: 'bad-request', message: NOTHING_AT_URL, latencyMs: latency() };
    }
    return {
      ok: false,
      ...describeProviderFailure(error, profile, credentials),
      latencyMs: latency(),
    };
  } finally {
    clearTimeout(timer);
  }
}
