import { expect, it } from 'vitest';
import { secretStatus } from '../../../electron/main/credentials/secret-hint';

it('shows the last four characters of a long key and nothing else', () => {
  const status = secretStatus('apiKey', 'sk-proj-abcdefghijklmnopWXYZ');
  expect(status).toEqual({ field: 'apiKey', set: true, hint: '…WXYZ' });
});

it('gives no hint for a key shorter than 12 characters', () => {
  expect(secretStatus('apiKey', '12345678901')).toEqual({ field: 'apiKey', set: true });
  expect(secretStatus('apiKey', '123456789012')).toEqual({
    field: 'apiKey',
    set: true,
    hint: '…9012',
  });
});

it('says not set for a missing or empty value', () => {
  expect(secretStatus('sessionToken', undefined)).toEqual({ field: 'sessionToken', set: false });
  expect(secretStatus('sessionToken', '')).toEqual({ field: 'sessionToken', set: false });
});
