// The work on a PDF that can blow up (parsing with pdf-lib and pdfjs, reading a page's text layer,
// rendering a page), run inside the worker threads of pdf-workers.ts, where running out of memory or
// time ends the thread and never the server. Each task reads the file itself and keeps the last
// document it opened, so the pages of one document asked one after another are parsed once per thread.
// Failures return as values (an Error's class does not survive the thread boundary).
import fsp from 'node:fs/promises';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { InputError } from '../../core/errors.js';
import { logThreadMemory } from '../../core/memory-debug.js';
import { EmbeddedScans } from '../ocr/embedded-scan.js';
import { decodeEmbeddedScan, renderPdfPage, writeViewerImage } from '../ocr/raster.js';
import { checkContentSize } from './content-size.js';
import { listAttachments, readTextPage, textLayerOf } from './pdf-read.js';
import { openPdf, pdfError } from './pdfjs.js';
/**
 * Documents kept open, by file. A worker thread runs one task at a time and keeps only the last
 * document; on the main thread (tasks run unisolated under the test runner) several documents are in
 * work at once, each kept until its caller lets go of it (forget).
 */
const held = new Map();
const keep = isMainThread ? Infinity : 1;
/** The document of `file`, checked for content bombs and opened once while it is kept. */
function heldOf(task) {
    const kept = held.get(task.file);
    if (kept)
        return kept;
    const evicted = held.size >= keep ? [...held.keys()] : [];
    const doc = (async () => {
        await Promise.all(evicted.map(forget));
        const data = new Uint8Array(await fsp.readFile(task.file));
        await checkContentSize(data, task.maxContentBytes, task.imageLimit);
        return openPdf(data, task.imageLimit.pixels);
    })();
    const entry = { doc };
    held.set(task.file, entry);
    // A file that failed to open is not kept: the next task tries again and reads the same reason.
    doc.catch(() => {
        if (held.get(task.file) === entry)
            held.delete(task.file);
    });
    return entry;
}
function documentOf(task) {
    return heldOf(task).doc;
}
/** Closes the document kept for `file`, if any. */
export async function forget(file) {
    const kept = held.get(file);
    if (!kept)
        return;
    held.delete(file);
    await kept.doc.then((d) => d.destroy()).catch(() => undefined);
}
async function outcome(work) {
    try {
        return { ok: true, value: await work() };
    }
    catch (err) {
        const mapped = err instanceof InputError ? err : pdfError(err);
        return { ok: false, input: mapped instanceof InputError, message: mapped.message };
    }
    finally {
        if (!isMainThread)
            logThreadMemory(`PDF thread, ${held.size} document kept`);
    }
}
export function inspect(task) {
    return outcome(async () => {
        const doc = await documentOf(task);
        return { pageCount: doc.numPages, attachments: await listAttachments(doc) };
    });
}
export function textPage(task) {
    return outcome(async () => readTextPage(await documentOf(task), task.page));
}
export function pageWords(task) {
    return outcome(async () => textLayerOf(await documentOf(task), task.page));
}
/** The page's scan when the page is one full-page JPEG (see embedded-scan.ts), decoded as it is. */
async function scanRaster(task) {
    const kept = heldOf(task);
    await kept.doc;
    kept.scans ??= fsp.readFile(task.file).then((b) => EmbeddedScans.open(new Uint8Array(b)));
    const scan = (await kept.scans)?.find(task.page);
    if (!scan)
        return undefined;
    try {
        return await decodeEmbeddedScan(scan, task.page, task.maxPixels);
    }
    catch (err) {
        if (err instanceof InputError)
            throw err;
        // A JPEG that does not match its dictionary is left to pdfjs.
        return undefined;
    }
}
export function raster(task) {
    return outcome(async () => (await scanRaster(task)) ??
        renderPdfPage(await documentOf(task), task.page, task.dpi, task.maxPixels));
}
/** Renders a page for the viewer and writes it as the JPEG at `out`. */
export function viewerImage(task) {
    return outcome(async () => {
        const r = await renderPdfPage(await documentOf(task), task.page, task.dpi, task.maxPixels);
        await fsp.mkdir(path.dirname(task.out), { recursive: true, mode: 0o700 });
        await writeViewerImage(r, task.out);
        return null;
    });
}
//# sourceMappingURL=pdf-worker.js.map