// Provider profiles (non-secret settings only) in a JSON file, validated on read and on save.
// Secrets cannot end up here: the schemas have no secret fields and unknown keys are dropped.
import { z } from 'zod';
import {
  PROVIDER_LABELS,
  providerProfileSchema,
  type ProviderProfile,
} from '../../../shared/providers';
import { UserFacingError } from '../ipc/user-facing-error';
import { createWriteQueue, writeFileAtomic, writeFileAtomicSync } from '../settings/atomic-write';
import { describeIssues, readJsonFile, setAside } from '../settings/json-file';

export interface ProfileStore {
  list(): ProviderProfile[];
  get(profileId: string): ProviderProfile | undefined;
  /** Validates, then adds or replaces the profile with the same id. Throws words when invalid. */
  save(profile: unknown): Promise<ProviderProfile>;
  /** True when a profile was removed. */
  delete(profileId: string): Promise<boolean>;
  /** Set when the file on disk held something unreadable at start: where it was kept and why. */
  readonly recovered?: { keptAs: string; reason: string };
}

// Profiles are checked one by one so a single bad entry does not cost the user the others.
const fileSchema = z.object({ version: z.literal(1), profiles: z.array(z.unknown()) });

/** True when a saved entry predates a field the schema now fills in (e.g. `api`). */
function needsMigration(entry: unknown, parsed: ProviderProfile): boolean {
  return 'api' in parsed && !(typeof entry === 'object' && entry !== null && 'api' in entry);
}

function load(file: string): {
  profiles: ProviderProfile[];
  recovered?: { keptAs: string; reason: string };
  migrated?: boolean;
} {
  const read = readJsonFile(file, fileSchema);
  if (read.status === 'missing') return { profiles: [] };
  if (read.status === 'set-aside') {
    return { profiles: [], recovered: { keptAs: read.keptAs, reason: read.reason } };
  }
  const profiles: ProviderProfile[] = [];
  const problems: string[] = [];
  let migrated = false;
  read.value.profiles.forEach((entry, index) => {
    const parsed = providerProfileSchema.safeParse(entry);
    if (parsed.success) {
      profiles.push(parsed.data);
      migrated ||= needsMigration(entry, parsed.data);
    } else problems.push(`profile ${index + 1}: ${describeIssues(parsed.error)}`);
  });
  if (problems.length === 0) return { profiles, migrated };
  // Keep the original beside the cleaned file so the dropped entries can still be recovered.
  return { profiles, recovered: { keptAs: setAside(file), reason: problems.join(' ') } };
}

function validate(input: unknown): ProviderProfile {
  const parsed = providerProfileSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const kind = (input as { kind?: unknown } | null)?.kind;
  const label =
    typeof kind === 'string' && kind in PROVIDER_LABELS
      ? PROVIDER_LABELS[kind as keyof typeof PROVIDER_LABELS]
      : 'provider';
  throw new UserFacingError(
    `The ${label} settings were not saved: ${describeIssues(parsed.error)}`,
    'invalid-input',
  );
}

export function createProfileStore(options: { file: string }): ProfileStore {
  const loaded = load(options.file);
  let profiles = loaded.profiles;
  const queue = createWriteQueue();
  const persist = async () => {
    const content = JSON.stringify({ version: 1, profiles }, null, 2);
    try {
      await queue(() => writeFileAtomic(options.file, content));
    } catch (error) {
      throw new UserFacingError(
        `The provider settings could not be saved to disk: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  if ((loaded.recovered && loaded.profiles.length > 0) || loaded.migrated) {
    // The original was set aside: write the profiles that survived, or the next start loses them.
    // A migrated file is written with its new explicit values, so what the app does is on disk.
    writeFileAtomicSync(options.file, JSON.stringify({ version: 1, profiles }, null, 2));
  }

  return {
    recovered: loaded.recovered,
    list: () => [...profiles],
    get: (profileId) => profiles.find((p) => p.id === profileId),
    save: async (input) => {
      const profile = validate(input);
      const index = profiles.findIndex((p) => p.id === profile.id);
      profiles =
        index === -1 ? [...profiles, profile] : profiles.map((p, i) => (i === index ? profile : p));
      await persist();
      return profile;
    },
    delete: async (profileId) => {
      const before = profiles.length;
      profiles = profiles.filter((p) => p.id !== profileId);
      if (profiles.length === before) return false;
      await persist();
      return true;
    },
  };
}
