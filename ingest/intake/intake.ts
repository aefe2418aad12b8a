// Intake: store the original content-addressed, detect its type, record it and queue its ingest job.
// When this returns, the original is durable and the job committed: the file may be acknowledged.
import type { Readable } from 'node:stream';
import type { Archive } from '../../store/archive.js';
import { recordIntake } from '../../store/documents.js';
import { detectFile } from './detect.js';
import { safeFilename } from './filename.js';

export interface IntakeResult {
  documentId: number;
  sha256: string;
  filename: string;
  size: number;
  mediaType: string;
  duplicate: boolean;
}

export interface IntakeMeta {
  filename: string;
  sourceNote?: string | null;
  collection?: string | null;
}

export async function intake(
  archive: Archive,
  input: Readable,
  meta: IntakeMeta,
): Promise<IntakeResult> {
  const stored = await archive.originals.put(input, archive.config.limits.maxFileBytes);
  const { mediaType } = await detectFile(stored.path);
  const filename = safeFilename(meta.filename);
  const recorded = await recordIntake(
    archive.db,
    {
      sha256: stored.sha256,
      filename,
      mediaType,
      size: stored.size,
      sourceNote: meta.sourceNote ?? null,
      collection: meta.collection ?? null,
    },
    archive.config.jobAttempts,
  );
  return {
    documentId: recorded.documentId,
    sha256: stored.sha256,
    filename,
    size: stored.size,
    mediaType,
    duplicate: recorded.duplicate,
  };
}
