// Temp folders for tests: every test writes its SQLite files, settings and profiles here, never
// into the user's real app data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  path: string;
  /** A path inside the folder (the file is not created). */
  file(name: string): string;
  remove(): Promise<void>;
}

export async function createTempDir(prefix = 'polycloud-chat-test-'): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return {
    path,
    file: (name) => join(path, name),
    remove: () => rm(path, { recursive: true, force: true }),
  };
}
