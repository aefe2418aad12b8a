// Reading an opened PDF: its attachments, a page's text layer, and the words of that layer with their
// boxes. Run inside the PDF worker threads (pdf-worker.ts), never on the server's own thread.
import { createHash } from 'node:crypto';
import { createCanvas } from '@napi-rs/canvas';
import { Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { safeFilename } from '../intake/filename.js';
import { placeRuns, runsToText } from './layout.js';
import { assessTextLayer } from './plausible.js';
function isTextItem(item) {
    return typeof item.str === 'string' && Array.isArray(item.transform);
}
/** Embedded files: their names (hostile like any file name), sizes and hashes. Never opened. */
export async function listAttachments(doc) {
    const found = ((await doc.getAttachments()) ?? {});
    return Object.values(found).map((a) => ({
        name: safeFilename(a.rawFilename || a.filename || 'unnamed'),
        size: a.content?.length ?? 0,
        sha256: createHash('sha256')
            .update(a.content ?? new Uint8Array())
            .digest('hex'),
    }));
}
/** A page's text runs in viewport space at scale 1 (PDF points, origin top-left, rotation applied). */
async function pageRuns(page) {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs = [];
    for (const item of content.items) {
        if (!isTextItem(item) || item.str.length === 0)
            continue;
        const m = Util.transform(viewport.transform, item.transform);
        const size = Math.hypot(m[2] ?? 0, m[3] ?? 0);
        runs.push({
            str: item.str,
            x: m[4] ?? 0,
            y: m[5] ?? 0,
            width: item.width * (viewport.scale || 1),
            size,
        });
    }
    return runs;
}
let measurer;
/**
 * A string's advance in a sans-serif face (0 where no font is found): shares a run's width out
 * among its words closer to the PDF's own glyphs than counting characters (spaces are narrow).
 */
function advance(s) {
    measurer ??= createCanvas(1, 1).getContext('2d');
    measurer.font = '100px sans-serif';
    return measurer.measureText(s).width;
}
/** One page's text layer, judged usable or left for OCR. */
export async function readTextPage(doc, n) {
    const page = await doc.getPage(n);
    try {
        const viewport = page.getViewport({ scale: 1 });
        const text = runsToText(await pageRuns(page));
        const verdict = assessTextLayer(text);
        return {
            page: n,
            status: verdict.usable ? 'done' : 'needs-ocr',
            method: verdict.usable ? 'text-layer' : null,
            decision: verdict.reason,
            text: verdict.usable ? text : '',
            confidence: null,
            width: viewport.width,
            height: viewport.height,
        };
    }
    finally {
        page.cleanup();
    }
}
/** The text of a page's text layer and its words with their boxes; null for a page the file lacks. */
export async function textLayerOf(doc, n) {
    if (n < 1 || n > doc.numPages)
        return null;
    const page = await doc.getPage(n);
    try {
        return placeRuns(await pageRuns(page), advance);
    }
    finally {
        page.cleanup();
    }
}
//# sourceMappingURL=pdf-read.js.map