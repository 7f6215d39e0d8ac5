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
    throw new UserFacingError(mapError(error).message);
  }
}
