// The OCR stage's reads and writes of pages: which to read, and each page's reading or failure.
import { and, eq, inArray, or } from 'drizzle-orm';
import { pages } from '../schema/tables.js';
/** The numbers of a document's pages that OCR reads (needing it, failed, or read by OCR before), in page order. */
export async function pagesToOcr(db, documentId) {
    const rows = await db
        .select({ page: pages.page })
        .from(pages)
        .where(and(eq(pages.documentId, documentId), or(inArray(pages.status, ['needs-ocr', 'failed']), eq(pages.method, 'ocr'))))
        .orderBy(pages.page);
    return rows.map((r) => r.page);
}
/** Marks a page failed with the error's message. */
export async function setPageFailed(db, documentId, page, error) {
    await db
        .update(pages)
        .set({ status: 'failed', error })
        .where(and(eq(pages.documentId, documentId), eq(pages.page, page)));
}
/** Saves an OCR reading of a page: done, by OCR, with its text, words, size, language and image; no error. */
export async function saveOcrReading(db, documentId, page, reading) {
    await db
        .update(pages)
        .set({ status: 'done', method: 'ocr', ...reading, error: null })
        .where(and(eq(pages.documentId, documentId), eq(pages.page, page)));
}
//# sourceMappingURL=pages.js.map