// A locked keyring whose unlock prompt cannot be shown (a headless session). keytar's search of
// a service that holds entries crashes the process in that state (node-keytar #477), so the app
// must start without doing that, and saving a key must fail in words, not crash.
// Each step runs in its own private D-Bus session and HOME, never the user's keyring.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uniqueServiceName } from '../../support/keychain';
import { createTempDir, type TempDir } from '../../support/temp-dir';

const run = promisify(execFile);
const tools = ['/usr/bin/dbus-run-session', '/usr/bin/gnome-keyring-daemon'];
const haveTools = tools.every((tool) => existsSync(tool));
if (!haveTools && process.env.CI) {
  throw new Error(`The locked-keyring test needs ${tools.join(' and ')} in CI.`);
}

let home: TempDir;
const serviceName = uniqueServiceName();
const script = fileURLToPath(new URL('./fixtures/use-keychain.ts', import.meta.url));

beforeAll(async () => {
  home = await createTempDir();
});
afterAll(async () => {
  await home.remove();
});

/** Runs the fixture in a fresh session bus whose keyring lives in the temp HOME. */
async function inSession(daemon: string, mode: 'seed' | 'use'): Promise<Record<string, string>> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home.path,
    XDG_DATA_HOME: home.file('share'),
    XDG_CONFIG_HOME: home.file('config'),
    XDG_CACHE_HOME: home.file('cache'),
    XDG_RUNTIME_DIR: home.path,
  };
  const command = `${daemon} >/dev/null 2>&1; exec "$0" --import tsx "$1" "$2" "$3" "$4"`;
  const { stdout } = await run(
    'dbus-run-session',
    ['--', 'sh', '-c', command, process.execPath, script, mode, serviceName, home.file('data')],
    { env, cwd: process.cwd(), timeout: 25_000 },
  );
  return JSON.parse(stdout) as Record<string, string>;
}

it.runIf(haveTools)(
  'starts with a locked keyring and says plainly that it must be unlocked',
  async () => {
    const seeded = await inSession(
      'printf pw | gnome-keyring-daemon --unlock --components=secrets',
      'seed',
    );
    expect(seeded).toEqual({ backend: 'os-keychain' });

    // Same keyring file, daemon started without unlocking it and no display for the prompt.
    const locked = await inSession('gnome-keyring-daemon --start --components=secrets', 'use');
    expect(locked.backend).toBe('os-keychain');
    expect(locked.save).toBe(
      'Could not save the API key in the system keychain: Cannot create an item in a locked collection. Unlock your system keychain and try again.',
    );
    expect(JSON.stringify(locked)).not.toContain('sk-saved-while-locked');
  },
);
