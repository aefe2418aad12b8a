// Runs the ingest stages for one document, in order, each from what the previous one stored.
import { errorMessage, InputError } from '../core/errors.js';
import { reverifyCitations } from '../cite/stored.js';
import { getDocument, setDocumentStatus, setPagesDone } from '../store/documents.js';
import { readDocumentClaims } from './claims/stage.js';
import { extractEntities } from './extract/stage.js';
import { indexDocument } from './index/stage.js';
import { ocrDocument } from './ocr/stage.js';
import { readText } from './text/stage.js';
/**
 * Processes a document; throws on failure (the worker decides whether to retry). `from` runs the
 * stages from that one on, each from what the previous ones stored: `text` (all of them, from the
 * original: text layers, OCR, extraction, claims, index), `extract` (from the stored page text),
 * `index` (the search index only).
 */
export async function processDocument(archive, services, documentId, onProgress, from = 'text') {
    const doc = await getDocument(archive.db, documentId);
    if (!doc)
        throw new Error(`document ${documentId} not found`);
    await setDocumentStatus(archive.db, documentId, 'processing', { error: null });
    const progress = (stage) => (done, total) => onProgress?.({ documentId, stage, done, total });
    let error = null;
    if (from === 'text') {
        // 'pages': the document's pages done of all its pages (read from a text layer, or by OCR).
        const pagesDone = progress('pages');
        const pageCount = await readText(archive, doc, progress('text'));
        const ocr = await ocrDocument(archive, doc, services.ocr, (done, total) => {
            progress('ocr')(done, total);
            pagesDone(pageCount - total + done, pageCount);
            void setPagesDone(archive.db, documentId, pageCount - total + done).catch(() => undefined);
        });
        await setPagesDone(archive.db, documentId, pageCount);
        pagesDone(pageCount, pageCount);
        if (ocr.failed > 0)
            error = `${ocr.failed} page${ocr.failed === 1 ? '' : 's'} could not be read by OCR (see the pages' errors)`;
    }
    else if (doc.error)
        error = doc.error;
    // The pages may read differently now: citations of this document that no longer hold are flagged.
    await reverifyCitations(archive.db, documentId);
    if (from !== 'index') {
        const found = await extractEntities(archive, documentId);
        progress('extract')(found, found);
        const claimed = await readDocumentClaims(archive, documentId);
        progress('claims')(claimed, claimed);
    }
    const indexed = await indexDocument(services.search, documentId);
    progress('index')(indexed, indexed);
    await setDocumentStatus(archive.db, documentId, 'done', { error });
}
export async function markDocumentFailed(archive, documentId, err) {
    const message = err instanceof InputError ? err.message : `internal error: ${errorMessage(err)}`;
    await setDocumentStatus(archive.db, documentId, 'failed', { error: message });
}
//# sourceMappingURL=pipeline.js.map