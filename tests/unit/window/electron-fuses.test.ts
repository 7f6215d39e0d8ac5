// The packaged app's Electron fuses, read from electron-builder.yml with the YAML parser
// electron-builder itself uses, so what is tested is what the build flips.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };

const config = yaml.load(
  readFileSync(resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8'),
) as { electronFuses?: Record<string, unknown>; asar?: unknown };

it('turns off every way to run the packaged binary as Node or attach a debugger', () => {
  expect(config.electronFuses).toMatchObject({
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
  });
});

it('encrypts cookies and loads the app only from an integrity-checked asar', () => {
  expect(config.asar).toBe(true);
  expect(config.electronFuses).toMatchObject({
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  });
});
