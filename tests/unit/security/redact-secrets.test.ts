// The one redaction behaviour every error path, log line and key-store failure goes through.
import { describe, expect, it } from 'vitest';
import { briefServerText, redactSecrets } from '../../../electron/main/security/redact-secrets';
import { createLogger } from '../../../electron/main/logging/logger';
import { toUserFacingError, UserFacingError } from '../../../electron/main/ipc/user-facing-error';
import { createCredentialStoreOver } from '../../../electron/main/credentials/credential-store-over';
import type { SecretBackend } from '../../../electron/main/credentials/secret-backend';

describe('redactSecrets', () => {
  it('removes a known key whole and in the parts servers quote', () => {
    const secret = 'proj-0123456789abcdefXYZW';
    expect(redactSecrets(`key ${secret} and proj-012****XYZW`, [secret])).toBe(
      'key [redacted] and [redacted]****[redacted]',
    );
  });

  it('removes what is shaped like a credential even when nobody said it was one', () => {
    const text =
      'sk-proj-abcdefgh12345678 AKIAABCDEFGHIJKLMNOP Bearer eyJhbGciOiJIUzI1NiJ9.x ' +
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(redactSecrets(text)).toBe('[redacted] [redacted] [redacted] [redacted]');
  });

  it('leaves ordinary words, short values and request ids alone', () => {
    const text = 'Model gpt-5.5 in us-east-2 failed (req 1b6c2f9e-4d1a-4c5e-9a7b-2f8e3d6c1a0b).';
    expect(redactSecrets(text, ['abc', undefined, '   '])).toBe(text);
  });

  it('keeps server text to one short line, redacted', () => {
    const long = `bad key sk-abcdefghijklmnop\n${'x '.repeat(200)}`;
    const brief = briefServerText(long, []);
    expect(brief?.startsWith('bad key [redacted] x x')).toBe(true);
    expect(brief?.endsWith('…')).toBe(true);
    expect(brief?.length).toBeLessThanOrEqual(240);
  });
});

describe('every path uses it', () => {
  it('log lines', () => {
    const lines: string[] = [];
    createLogger((line) => lines.push(line)).error('failed', { detail: 'key sk-abcdefghijklmn' });
    expect(lines[0]).toContain('key [redacted]');
  });

  it('errors that cross to the renderer', () => {
    const error = new UserFacingError('The proxy said: Bearer abcdefghijklmnop');
    expect(toUserFacingError(error).message).toBe('The proxy said: [redacted]');
  });

  it('a key store that echoes the value it failed to save', async () => {
    const value = 'my-azure-key-value-1234';
    const backend: SecretBackend = {
      get: () => Promise.resolve(undefined),
      set: (_p, _f, v) => Promise.reject(new Error(`cannot store ${v}`)),
      delete: () => Promise.resolve(),
    };
    const store = createCredentialStoreOver(backend, {
      backend: 'os-keychain',
      description: 'the system keychain',
      persistent: true,
    });
    const failure = await store.set('p', 'apiKey', value).catch((e: Error) => e.message);
    expect(failure).toContain('cannot store [redacted]');
    expect(failure).not.toContain('1234');
  });
});
