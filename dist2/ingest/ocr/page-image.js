// A page's image for the viewer. OCR pages (scans, photos) keep the image they were read from; a
// PDF page with a text layer has none until first asked, when it is rendered once and kept beside
// them. The API serves the result; nothing here knows of HTTP.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../core/errors.js';
import { pdfWorkers } from '../text/pdf-workers.js';
import { pageImagePath } from './stage.js';
/** Resolution a text-layer page is rendered at for the viewer: legible, and small to send. */
const VIEWER_DPI = 110;
/**
 * The JPEG of one page of a document (a row the caller has already found and may read). A PDF page
 * without an image is rendered and kept. A file over the content or pixel limits is `refused`
 * (an InputError of rendering); other failures are thrown.
 */
export async function renderPageImage(archive, doc, page) {
    const file = path.join(archive.config.dataDir, page.imagePath ?? pageImagePath(doc.sha256, page.page));
    if (!fs.existsSync(file)) {
        if (doc.mediaType !== 'application/pdf')
            return { ok: false, reason: 'none', message: 'no image for this page' };
        const workers = pdfWorkers(archive.config.limits);
        const original = archive.originals.pathFor(doc.sha256);
        try {
            // Rendered in a PDF thread: a page over the content, pixel, time or memory limits is refused
            // there (ingest refuses most such files now; one read before the checks existed must not stall the server).
            await workers.viewerImage(original, page.page, VIEWER_DPI, file);
        }
        catch (err) {
            // A page over a limit (or otherwise unrenderable from the file) is the file's fault.
            if (err instanceof InputError)
                return { ok: false, reason: 'refused', message: err.message };
            throw err;
        }
        finally {
            await workers.release(original);
        }
    }
    return { ok: true, bytes: await fsp.readFile(file), contentType: 'image/jpeg' };
}
//# sourceMappingURL=page-image.js.map