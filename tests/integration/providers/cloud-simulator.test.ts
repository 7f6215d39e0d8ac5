// The simulator itself must behave like the clouds, or the provider tests prove nothing: it
// checks signatures, keeps secrets out of its log, and its replies and faults are predictable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { startCloudSimulator } from '../../simulator/cloud-simulator';
import { allSecrets } from '../../simulator/sim-credentials';
import { simulatorProfiles } from '../../support/simulator-profiles';
import { createProvider } from '../../../electron/main/providers/create-provider';
import { runStream } from './run-stream';
import type { CloudSimulator } from '../../simulator/cloud-simulator';

let sim: CloudSimulator;
beforeAll(async () => {
  sim = await startCloudSimulator({ defaults: { ttftMs: 0, rate: 0 } });
});
afterAll(async () => {
  await sim.close();
});

const profile = (index: number) => {
  const found = simulatorProfiles(sim)[index];
  if (!found) throw new Error('no such simulator profile');
  return found;
};

describe('Bedrock exception frames in the middle of a stream', () => {
  const cases = [
    ['throttlingException', 'rate-limit'],
    ['modelStreamErrorException', 'server'],
    ['validationException', 'bad-request'],
    ['serviceUnavailableException', 'server'],
    ['internalServerException', 'server'],
  ] as const;
  it.each(cases)('%s ends the stream as %s after the partial text', async (exception, kind) => {
    const { profile: p, credentials, model } = profile(2);
    const run = await runStream(
      createProvider(p, credentials),
      `[[sim reply=echo fault=midstream at=2 exception=${exception}]] one two three four`,
      model,
    );
    expect(run.text).toBe('one two ');
    expect(run.error?.kind).toBe(kind);
  });
});

describe('SigV4 checks', () => {
  async function signedRequest(body: string, sentBody: string): Promise<Response> {
    const url = new URL(`${sim.endpoints.bedrock}/model/amazon.nova-pro-v1%3A0/converse-stream`);
    const signer = new SignatureV4({
      credentials: {
        accessKeyId: sim.credentials.awsAccessKeyId,
        secretAccessKey: sim.credentials.awsSecretAccessKey,
      },
      region: 'us-east-1',
      service: 'bedrock',
      sha256: Sha256,
    });
    const signed = await signer.sign(
      new HttpRequest({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        headers: { host: url.host, 'content-type': 'application/json' },
        body,
      }),
    );
    return fetch(url, {
      method: 'POST',
      headers: signed.headers as Record<string, string>,
      body: sentBody,
    });
  }

  const body = JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }] });

  it('accepts a correctly signed request', async () => {
    const response = await signedRequest(body, body);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    await response.arrayBuffer();
  });

  it('rejects a request whose body was changed after signing, as AWS does', async () => {
    const response = await signedRequest(body, body.replace('hi', 'ho'));
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^InvalidSignatureException/);
  });

  it('rejects an unsigned request', async () => {
    const response = await fetch(`${sim.endpoints.bedrock}/model/x/converse-stream`, {
      method: 'POST',
      body,
    });
    expect(response.status).toBe(403);
  });
});

describe('replies', () => {
  it('is deterministic and names the model and the cloud by default', async () => {
    const { profile: p, credentials, model } = profile(0);
    const first = await runStream(createProvider(p, credentials), 'hello', model);
    const second = await runStream(createProvider(p, credentials), 'hello', model);
    expect(first.text).toBe(second.text);
    expect(first.text).toContain('gpt-4o-2024-08-06');
    expect(first.text).toContain('OpenAI');
  });

  it('sends markdown with a list, a code block and a table', async () => {
    const { profile: p, credentials, model } = profile(3);
    const run = await runStream(
      createProvider(p, credentials),
      '[[sim reply=markdown]] show me',
      model,
    );
    expect(run.text).toMatch(/^- first item$/m);
    expect(run.text).toContain('```ts');
    expect(run.text).toMatch(/^\| Cloud \| Region \| Latency \|$/m);
  });

  it('sends hostile markup untouched, for the renderer to defuse', async () => {
    const { profile: p, credentials, model } = profile(5);
    const run = await runStream(createProvider(p, credentials), '[[sim reply=hostile]]', model);
    expect(run.text).toContain('<script>');
    expect(run.text).toContain('onerror=alert(1)');
    expect(run.text).toContain('javascript:alert(1)');
  });

  it('stretches a reply to the asked length', async () => {
    const { profile: p, credentials, model } = profile(1);
    const run = await runStream(createProvider(p, credentials), '[[sim tokens=60]]', model);
    expect(run.finish?.usage?.outputTokens).toBe(60);
  });

  it('applies defaults set at run time until a directive overrides them', async () => {
    const { profile: p, credentials, model } = profile(4);
    sim.setDefaults({ fault: 'server' });
    try {
      expect((await runStream(createProvider(p, credentials), 'hi', model)).error?.status).toBe(
        500,
      );
      expect(
        (await runStream(createProvider(p, credentials), '[[sim fault=none]] hi', model)).finish,
      ).toBeDefined();
    } finally {
      sim.setDefaults({ fault: undefined });
    }
  });
});

it('keeps every credential out of its request log', () => {
  expect(sim.requests.length).toBeGreaterThan(5);
  const log = JSON.stringify(sim.requests);
  for (const secret of allSecrets(sim.credentials)) expect(log).not.toContain(secret);
  expect(sim.requests.some((r) => r.headers.authorization === '[redacted]')).toBe(true);
});
