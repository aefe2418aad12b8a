import { pdfWorkers, ThreadLimitError } from './pdf-workers.js';
/**
 * The words of one page's text layer with their boxes (PDF points, as the page's stored width and
 * height) and offsets in its text, for the viewer's outlines on a born-digital page. Null when the
 * page's text layer no longer gives `text` (the page was read by OCR, or the reading changed), so
 * no box is ever drawn at the wrong words. Throws what opening the PDF throws.
 */
export async function textLayerWords(archive, sha256, pageNo, text) {
    const workers = pdfWorkers(archive.config.limits);
    const file = archive.originals.pathFor(sha256);
    try {
        const placed = await workers.pageWords(file, pageNo);
        return placed?.text === text ? placed.words : null;
    }
    finally {
        await workers.release(file);
    }
}
export const pdfReader = {
    name: 'pdf',
    mediaTypes: ['application/pdf'],
    async open(file, limits) {
        const workers = pdfWorkers(limits);
        let opened;
        try {
            opened = await workers.inspect(file);
        }
        catch (err) {
            await workers.release(file);
            throw err;
        }
        return {
            pageCount: opened.pageCount,
            attachments: opened.attachments,
            async *pages() {
                for (let n = 1; n <= opened.pageCount; n++) {
                    try {
                        yield await workers.textPage(file, n);
                    }
                    catch (err) {
                        if (!(err instanceof ThreadLimitError))
                            throw err;
                        yield {
                            page: n,
                            status: 'failed',
                            method: null,
                            decision: 'text layer not read',
                            error: err.message,
                            text: '',
                            confidence: null,
                            width: null,
                            height: null,
                        };
                    }
                }
            },
            close: () => workers.release(file),
        };
    },
};
//# sourceMappingURL=pdf.js.map