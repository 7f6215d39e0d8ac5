// App settings in a JSON file. Read once at start (the chat service needs them synchronously),
// validated with zod; a corrupt or invalid file gives defaults and is kept aside, never lost.
import { appSettingsSchema, type AppSettings } from '../../../shared/settings';
import { UserFacingError } from '../ipc/user-facing-error';
import { createWriteQueue, writeFileAtomic } from './atomic-write';
import { describeIssues, readJsonFile } from './json-file';

export interface SettingsStore {
  get(): AppSettings;
  /** Merges the patch, validates the result, saves it and returns it. */
  update(patch: Partial<AppSettings>): Promise<AppSettings>;
  /** Set when the file on disk was unreadable at start: where it was kept and why. */
  readonly recovered?: { keptAs: string; reason: string };
}

export function createSettingsStore(options: { file: string }): SettingsStore {
  const read = readJsonFile(options.file, appSettingsSchema);
  let current: AppSettings = read.status === 'ok' ? read.value : appSettingsSchema.parse({});
  const queue = createWriteQueue();
  return {
    recovered:
      read.status === 'set-aside' ? { keptAs: read.keptAs, reason: read.reason } : undefined,
    get: () => ({ ...current }),
    update: async (patch) => {
      const parsed = appSettingsSchema.safeParse({ ...current, ...patch });
      if (!parsed.success) {
        throw new UserFacingError(
          `These settings were not saved: ${describeIssues(parsed.error)}`,
          'invalid-input',
        );
      }
      current = parsed.data;
      const content = JSON.stringify(current, null, 2);
      try {
        await queue(() => writeFileAtomic(options.file, content));
      } catch (error) {
        throw new UserFacingError(
          `The settings could not be saved to disk: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return { ...current };
    },
  };
}
