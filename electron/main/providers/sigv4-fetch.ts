// SigV4-signs each request of the `openai` SDK for Bedrock's OpenAI-compatible (Mantle) API.
// The SDK's own `openai/providers/bedrock/aws` does exactly this but needs @smithy/hash-node,
// which is not installed here; this uses the same signer with the pure-JS SHA-256 instead.
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

export interface SigV4FetchOptions {
  region: string;
  service: string;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
}

function bodyToSign(body: unknown): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new Error('Cannot sign a streaming request body for Bedrock.');
}

export function createSigV4Fetch(options: SigV4FetchOptions): typeof fetch {
  const signer = new SignatureV4({
    credentials: options.credentials,
    region: options.region,
    service: options.service,
    sha256: Sha256,
  });
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init.headers);
    // The SDK adds a placeholder bearer header; SigV4 owns Authorization.
    headers.delete('authorization');
    headers.set('host', url.host);
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of url.searchParams) {
      const existing = query[name];
      query[name] = existing === undefined ? value : [...[existing].flat(), value];
    }
    const body = bodyToSign(init.body);
    const signed = await signer.sign(
      new HttpRequest({
        method: (init.method ?? 'GET').toUpperCase(),
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port ? { port: Number(url.port) } : {}),
        path: url.pathname,
        query,
        headers: Object.fromEntries(headers.entries()),
        ...(body !== undefined ? { body } : {}),
      }),
    );
    return fetch(url, { ...init, headers: signed.headers as Record<string, string> });
  };
}
