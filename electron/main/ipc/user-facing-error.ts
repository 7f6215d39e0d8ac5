// Turns whatever a service threw into words safe to show. Services throw UserFacingError for
// expected failures; anything else is a bug, reported without its internals (which could hold
// paths or, through a careless library, a secret).
import type { IpcError, IpcErrorCode } from '../../../shared/ipc';
import { redactSecrets } from '../security/redact-secrets';

export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code: IpcErrorCode = 'failed',
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

export function toUserFacingError(error: unknown): IpcError {
  // The last net before words cross to the renderer: anything shaped like a key goes.
  if (error instanceof UserFacingError)
    return { code: error.code, message: redactSecrets(error.message) };
  return {
    code: 'failed',
    message: 'Something went wrong in the app. Your data is safe; please try again.',
  };
}
