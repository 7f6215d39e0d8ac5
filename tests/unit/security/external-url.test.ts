import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../electron/main/security/external-url';

describe('external link allow-list', () => {
  it('opens plain https links', () => {
    expect(isAllowedExternalUrl('https://example.com/docs?a=1#b')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'http://example.com',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vscode://extension/x',
    'https://user:pass@example.com',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
