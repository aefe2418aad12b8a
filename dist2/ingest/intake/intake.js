import { recordIntake } from '../../store/documents.js';
import { detectFile } from './detect.js';
import { safeFilename } from './filename.js';
export async function intake(archive, input, meta) {
    const stored = await archive.originals.put(input, archive.config.limits.maxFileBytes);
    const { mediaType } = await detectFile(stored.path);
    const filename = safeFilename(meta.filename);
    const recorded = await recordIntake(archive.db, {
        sha256: stored.sha256,
        filename,
        mediaType,
        size: stored.size,
        sourceNote: meta.sourceNote ?? null,
        collection: meta.collection ?? null,
    }, archive.config.jobAttempts);
    return {
        documentId: recorded.documentId,
        sha256: stored.sha256,
        filename,
        size: stored.size,
        mediaType,
        duplicate: recorded.duplicate,
    };
}
//# sourceMappingURL=intake.js.map