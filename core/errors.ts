// An InputError is a fault of the file, not of Casefile: it is recorded against the file and never retried.
export class InputError extends Error {
  override name = 'InputError';
}

/** A file over the configured size limit (CASEFILE_MAX_FILE_BYTES); nothing of it is kept. */
export class TooLargeError extends InputError {
  override name = 'TooLargeError';
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
