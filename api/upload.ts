// Multipart upload, streamed: busboy hands each `file` part over as a stream, which goes straight
// through intake (hashed while written to a temporary file, fsynced, renamed, recorded with its job
// in one transaction). Nothing is held whole in memory, and a file is acknowledged only once that
// is done. Each file gets its own result; one bad file does not fail the others.
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { errorMessage, InputError } from '../core/errors.js';
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

export function receiveUpload(archive: Archive, req: IncomingMessage, uploader: string): Promise<UploadResult[]> {
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
    parser.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      results.push(
        intake(archive, stream, { filename: info.filename || 'unnamed', sourceNote: `uploaded by ${uploader}` })
          .then((r): UploadResult => ({ id: r.documentId, sha256: r.sha256, filename: r.filename, status: r.duplicate ? 'duplicate' : 'queued' }))
          .catch((err: unknown): UploadResult => {
            stream.resume();
            return { id: null, sha256: null, filename: info.filename || 'unnamed', status: 'failed', error: err instanceof InputError ? err.message : 'could not store the file' };
          }),
      );
    });
    parser.on('error', (err) => reject(new InputError(`broken multipart upload: ${errorMessage(err)}`)));
    parser.on('close', () => Promise.all(results).then(resolve, reject));
    req.pipe(parser);
  });
}
