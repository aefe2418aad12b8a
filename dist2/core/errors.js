// An InputError is a fault of the file, not of Casefile: it is recorded against the file and never retried.
export class InputError extends Error {
    name = 'InputError';
}
/** A file over the configured size limit (CASEFILE_MAX_FILE_BYTES); nothing of it is kept. */
export class TooLargeError extends InputError {
    name = 'TooLargeError';
}
export function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}
//# sourceMappingURL=errors.js.map