// An InputError is a fault of the file, not of Casefile: it is recorded against the file and never retried.
export class InputError extends Error {
  override name = 'InputError';
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
