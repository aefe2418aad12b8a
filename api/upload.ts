// Multipart upload, streamed: busboy hands each `file` part over as a stream, which goes straight
// through intake (hashed while written to a temporary file, fsynced, renamed, recorded with its job
// in one transaction). Nothing is held whole in memory, and a file is acknowledged only once that
// is done. Each file gets its own result; one bad file does not fail the others.
import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import busboy from 'busboy';
import { errorMessage, InputError, TooLargeError } from '../core/errors.js';
import { intake } from '../ingest/intake/intake.js';
import type { Archive } from '../store/archive.js';

export interface UploadResult {
  id: number | null;
  sha256: string | null;
  filename: string;
  status: 'queued' | 'duplicate' | 'failed';
  error?: string;
}

/** Parts after this many files are refused (a request is not a way around the job limits). */
const MAX_FILES = 200;

export interface ReceivedUpload {
  files: UploadResult[];
  /** Some file was over the size limit (the request is then answered 413, with every file's result). */
  tooLarge: boolean;
}

export function receiveUpload(archive: Archive, req: IncomingMessage, uploader: string): Promise<ReceivedUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // One byte over the limit reaches intake, which then refuses the file before recording it.
      // File names are UTF-8 (обвинение.pdf), not busboy's default latin1.
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: MAX_FILES, fileSize: archive.config.limits.maxFileBytes + 1, fields: 20, parts: MAX_FILES + 20 } });
    } catch (err) {
      reject(new InputError(`not a multipart upload: ${errorMessage(err)}`));
      return;
    }
    const results: Array<Promise<UploadResult>> = [];
    let tooLarge = false;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      // Intake reads a pass-through, not busboy's stream: a refused file (over the size limit) ends
      // intake's reading by destroying its input, and a destroyed part stream stalls busboy's whole
      // request. The rest of the refused part is drained instead.
      const input = new PassThrough();
      stream.pipe(input);
      results.push(
        intake(archive, input, { filename: info.filename || 'unnamed', sourceNote: `uploaded by ${uploader}` })
          .then((r): UploadResult => ({ id: r.documentId, sha256: r.sha256, filename: r.filename, status: r.duplicate ? 'duplicate' : 'queued' }))
          .catch((err: unknown): UploadResult => {
            stream.unpipe(input);
            stream.resume();
            if (err instanceof TooLargeError) tooLarge = true;
            return { id: null, sha256: null, filename: info.filename || 'unnamed', status: 'failed', error: err instanceof InputError ? err.message : 'could not store the file' };
          }),
      );
    });
    parser.on('error', (err) => reject(new InputError(`broken multipart upload: ${errorMessage(err)}`)));
    parser.on('close', () => Promise.all(results).then((files) => resolve({ files, tooLarge }), reject));
    req.pipe(parser);
  });
}
