// The real OS keychain for tests, without touching the user's own entries: every run gets its
// own service name, and everything stored under it is removed afterwards.
import { randomBytes } from 'node:crypto';
import { probeKeychain } from '../../electron/main/credentials/keytar-credential-store';
import { loadKeytar, type KeytarLike } from '../../electron/main/credentials/keytar-like';

export const TEST_SERVICE_PREFIX = 'polycloud-chat-test-';

export function uniqueServiceName(): string {
  return `${TEST_SERVICE_PREFIX}${randomBytes(6).toString('hex')}`;
}

/** Removes every entry stored under the service name. Refuses names not made for tests. */
export async function removeServiceEntries(keytar: KeytarLike, serviceName: string): Promise<void> {
  if (!serviceName.startsWith(TEST_SERVICE_PREFIX)) {
    throw new Error(`Refusing to clear "${serviceName}": not a test service name.`);
  }
  const entries = await keytar.findCredentials(serviceName);
  for (const { account } of entries) await keytar.deletePassword(serviceName, account);
}

export type SecretServiceCheck =
  { available: true; keytar: KeytarLike } | { available: false; reason: string };

export const SECRET_SERVICE_HOWTO =
  "Run the keychain tests inside a D-Bus session with an unlocked GNOME Keyring: dbus-run-session -- bash -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; npx vitest run --project integration tests/integration/credentials'";

/** Whether a Secret Service answers here (keytar loads and its probe succeeds). */
export async function checkSecretService(): Promise<SecretServiceCheck> {
  let keytar: KeytarLike;
  try {
    keytar = await loadKeytar();
  } catch (error) {
    return { available: false, reason: `keytar did not load (${String(error)})` };
  }
  const probe = await probeKeychain(keytar, uniqueServiceName());
  return probe.ok ? { available: true, keytar } : { available: false, reason: probe.reason };
}

/**
 * In CI the keychain tests must run: no Secret Service there is a failure with a clear message.
 * On a developer's desktop without one they are skipped, saying why.
 */
export async function requireSecretService(): Promise<SecretServiceCheck> {
  const check = await checkSecretService();
  if (!check.available && process.env.CI) {
    throw new Error(
      `No Secret Service answered in CI (${check.reason}), so the OS keychain tests cannot run. ${SECRET_SERVICE_HOWTO}`,
    );
  }
  if (!check.available) {
    console.warn(`Skipping OS keychain tests: ${check.reason}. ${SECRET_SERVICE_HOWTO}`);
  }
  return check;
}
