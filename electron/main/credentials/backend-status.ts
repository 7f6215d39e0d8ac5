// What the settings page says about where keys go, in plain words, per backend and platform.
import type { CredentialBackendStatus } from '../../../shared/credentials';

function keychainName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'macOS Keychain';
  if (platform === 'win32') return 'Windows Credential Manager';
  return 'Secret Service';
}

export function osKeychainStatus(platform: NodeJS.Platform): CredentialBackendStatus {
  return {
    backend: 'os-keychain',
    description: `Keys are kept in your system keychain (${keychainName(platform)}).`,
    persistent: true,
  };
}

export function safeStorageStatus(
  platform: NodeJS.Platform,
  storageBackend: string | undefined,
): CredentialBackendStatus {
  const by =
    platform === 'linux' && storageBackend
      ? `your system's key store (${storageBackend})`
      : 'your operating system';
  return {
    backend: 'safe-storage',
    description: `The system keychain could not be reached, so keys are encrypted by ${by} and saved in the app's data folder.`,
    persistent: true,
  };
}

export function sessionOnlyStatus(
  platform: NodeJS.Platform,
  why: 'no-keychain' | 'plain-text-only',
): CredentialBackendStatus {
  const found =
    why === 'plain-text-only'
      ? 'No system keychain was found (and the app will not save keys as plain text), so keys are kept only until you quit.'
      : 'No system keychain was found, so keys are kept only until you quit.';
  const fix =
    platform === 'linux'
      ? 'Install and unlock GNOME Keyring or KWallet to keep them.'
      : 'Make sure your system keychain is unlocked, then restart the app to keep them.';
  return { backend: 'session-only', description: `${found} ${fix}`, persistent: false };
}
