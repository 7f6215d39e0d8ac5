// The part of keytar the app uses, so a test can hand in a keytar that fails like a missing
// Secret Service does. keytar is loaded lazily: its native module fails to load without libsecret.
export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

export async function loadKeytar(): Promise<KeytarLike> {
  const mod: KeytarLike & { default?: KeytarLike } = await import('keytar');
  // keytar is CommonJS: its functions sit on `default` when imported from an ES module.
  return mod.default ?? mod;
}
