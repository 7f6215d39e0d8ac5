// listModels() runs behind an IPC call, so its failures become UserFacingErrors carrying the
// same plain words a failed stream would show.
import { UserFacingError } from '../ipc/user-facing-error';
import type { ErrorPart } from '../../../shared/stream';

export async function listWithPlainErrors<T>(
  list: () => Promise<T>,
  mapError: (error: unknown) => ErrorPart,
): Promise<T> {
  try {
    return await list();
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    const part = mapError(error);
    // The kind and HTTP status travel along so "Test connection" keeps the kind of failure and
    // can say what a 404 on the list means.
    throw Object.assign(new UserFacingError(part.message), {
      kind: part.kind,
      status: part.status,
    });
  }
}
