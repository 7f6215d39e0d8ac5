import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/window/content-security-policy';
import { createWindowOptions } from '../../../electron/main/window/window-options';

describe('main window options', () => {
  const options = createWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('loads the given preload and keeps streaming while the window is hidden', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.backgroundThrottling).toBe(false);
  });

  it('has a CSP that runs only bundled scripts and reaches no remote host', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

describe('the CSP in index.html', () => {
  it('is the same policy main sets as a header (for file:// loads, which get no headers)', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        // frame-ancestors is ignored in a <meta> policy, so only the header carries it.
        .filter((d) => d && !d.startsWith('frame-ancestors'))
        .sort();
    expect(meta).toBeDefined();
    expect(directives(meta ?? '')).toEqual(directives(CONTENT_SECURITY_POLICY));
  });
});
