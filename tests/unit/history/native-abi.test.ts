import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDir, type TempDir } from '../../support/temp-dir';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../../scripts/native-abi.mjs', import.meta.url));
const electronVersion = (
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../../node_modules/electron/package.json', import.meta.url)),
      'utf8',
    ),
  ) as { version: string }
).version;

let dir: TempDir;
beforeEach(async () => {
  dir = await createTempDir('native-abi-');
});
afterEach(async () => {
  await dir.remove();
});

async function nativeAbi(runtime: string, marker?: object): Promise<string> {
  const file = dir.file('marker.json');
  if (marker) writeFileSync(file, JSON.stringify(marker));
  const env = { ...process.env, NATIVE_ABI_MARKER: file };
  const { stdout } = await run(process.execPath, [script, runtime, '--dry-run'], { env });
  return stdout.trim();
}

describe('native-abi', () => {
  it('does nothing for Node when the modules already load in this Node', async () => {
    const out = await nativeAbi('node', { runtime: 'electron', version: electronVersion });
    expect(out).toBe(
      `native-abi: better-sqlite3, keytar already match Node ${process.versions.node} (ABI ${process.versions.modules}); nothing to do.`,
    );
  });

  it('plans an Electron rebuild when the build targets Node', async () => {
    const out = await nativeAbi('electron', { runtime: 'node', abi: process.versions.modules });
    expect(out).toMatch(
      /^native-abi: would run "npx --no electron-rebuild -f -o better-sqlite3,keytar" for Electron /,
    );
  });

  it('does nothing for Electron when the build already targets this Electron', async () => {
    const out = await nativeAbi('electron', { runtime: 'electron', version: electronVersion });
    expect(out).toMatch(new RegExp(`already match Electron ${electronVersion}.*nothing to do\\.$`));
  });

  it('refuses an unknown runtime', async () => {
    await expect(run(process.execPath, [script, 'deno'])).rejects.toThrow(/Usage/);
  });
});
