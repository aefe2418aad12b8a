import { PassThrough } from 'node:stream';
import busboy from 'busboy';
import { errorMessage, InputError, TooLargeError } from '../core/errors.js';
import { intake } from '../ingest/intake/intake.js';
/** Parts after this many files are refused (a request is not a way around the job limits). */
export const MAX_FILES = 200;
export function receiveUpload(archive, req, uploader, collection = null) {
    return new Promise((resolve, reject) => {
        let parser;
        try {
            // One byte over the limit reaches intake, which then refuses the file before recording it.
            // File names are UTF-8 (обвинение.pdf), not busboy's default latin1.
            parser = busboy({
                headers: req.headers,
                defParamCharset: 'utf8',
                limits: {
                    files: MAX_FILES,
                    fileSize: archive.config.limits.maxFileBytes + 1,
                    fields: 20,
                    parts: MAX_FILES + 20,
                },
            });
        }
        catch (err) {
            reject(new InputError(`not a multipart upload: ${errorMessage(err)}`));
            return;
        }
        const results = [];
        let tooLarge = false;
        let tooMany = false;
        let broken;
        parser.on('file', (field, stream, info) => {
            if (field !== 'file') {
                // Drained and ignored; cut off, it errors like any part (unhandled, that would end the process).
                stream.on('error', () => undefined);
                stream.resume();
                return;
            }
            // Intake reads a pass-through, not busboy's stream: a refused file (over the size limit) ends
            // intake's reading by destroying its input, and a destroyed part stream stalls busboy's whole
            // request. The rest of the refused part is drained instead.
            const input = new PassThrough();
            // A part cut off (a truncated body, a client gone) errors busboy's stream, which pipe() does not
            // pass on: the error goes to intake's input, so intake closes and removes its temporary file.
            // Unhandled, that error event would end the whole process.
            stream.on('error', (err) => input.destroy(err));
            // Intake may not be reading yet (it opens its temporary file first); it still finds the error
            // on the destroyed input when it starts, so this listener only keeps the event from being unhandled.
            input.on('error', () => undefined);
            stream.pipe(input);
            results.push(intake(archive, input, {
                filename: info.filename || 'unnamed',
                sourceNote: `uploaded by ${uploader}`,
                collection,
            })
                .then((r) => ({
                id: r.documentId,
                sha256: r.sha256,
                filename: r.filename,
                status: r.duplicate ? 'duplicate' : 'queued',
            }))
                .catch((err) => {
                stream.unpipe(input);
                stream.resume();
                if (err instanceof TooLargeError)
                    tooLarge = true;
                return {
                    id: null,
                    sha256: null,
                    filename: info.filename || 'unnamed',
                    status: 'failed',
                    error: err instanceof InputError ? err.message : 'could not store the file',
                };
            }));
        });
        // busboy skips the parts past its limits; the answer must say so rather than drop them silently.
        parser.on('filesLimit', () => (tooMany = true));
        parser.on('partsLimit', () => (tooMany = true));
        // The answer waits until every file's intake has settled, so a cut-off file's temporary file is
        // gone before it is sent. It is given once: at 'close', or at an error, after which busboy may
        // never close (a malformed part header stops it where it stands).
        let answered = false;
        const answer = () => {
            if (answered)
                return;
            answered = true;
            void Promise.all(results).then((files) => resolve({ files, tooLarge, tooMany, ...(broken ? { broken } : {}) }), reject);
        };
        parser.on('error', (err) => {
            broken ??= `broken multipart upload: ${errorMessage(err)}`;
            // The rest of the body is read and dropped, so the client is answered rather than left sending.
            req.unpipe(parser);
            req.resume();
            answer();
        });
        parser.on('close', answer);
        // A client that goes away mid-body never ends the request: the parser is stopped, which errors the
        // part in hand, so its file is closed and removed at once instead of staying open until restart.
        const cutOff = () => {
            if (!req.complete)
                parser.destroy(new Error('the request was cut off before its end'));
        };
        req.on('error', cutOff);
        req.on('close', cutOff);
        req.pipe(parser);
    });
}
//# sourceMappingURL=upload.js.map