// Reads the app's small JSON files. A file that cannot be parsed or validated is never deleted:
// it is renamed aside as `<name>.corrupt-<time>` so nothing the user had is lost.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { z } from 'zod';

export type JsonFileRead<T> =
  | { status: 'missing' }
  | { status: 'ok'; value: T }
  /** The file was unreadable or invalid; it now lives at `keptAs`. */
  | { status: 'set-aside'; keptAs: string; reason: string };

export function setAside(file: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const keptAs = `${file}.corrupt-${stamp}`;
  renameSync(file, keptAs);
  return keptAs;
}

/** Plain words for zod issues: "deployments: Add at least one deployment." */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join(' ');
}

export function readJsonFile<S extends z.ZodType>(
  file: string,
  schema: S,
): JsonFileRead<z.output<S>> {
  if (!existsSync(file)) return { status: 'missing' };
  let reason: string;
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return { status: 'ok', value: parsed.data };
    reason = describeIssues(parsed.error);
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  return { status: 'set-aside', keptAs: setAside(file), reason };
}
