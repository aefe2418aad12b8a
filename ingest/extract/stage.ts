// The extract stage: reads every stored page of a document, in page order, and stores the entities
// found with their offsets and, on OCR pages, the boxes of their words. Re-runnable for one document:
// it replaces the document's entities. The extraction itself (document.ts) runs in an extraction
// thread (page-threads.ts): its cost grows with the text, and the server's thread keeps serving.
import type { Page } from '../../schema/tables.js';
import type { Archive } from '../../store/archive.js';
import { getDocument, getPages } from '../../store/documents.js';
import { replaceEntities } from '../../store/entities.js';
import { pageThreads } from '../page-threads.js';
import { textLayerWords } from '../text/pdf.js';
import { mayHoldTable } from './tables.js';

export async function extractEntities(archive: Archive, documentId: number): Promise<number> {
  const pages = await withTableWords(archive, documentId);
  const rows = await pageThreads(archive.config.limits).extract(
    pages.map(({ page, text, words }) => ({ page, text, words })),
  );
  await replaceEntities(archive.db, documentId, rows);
  return rows.length;
}

/**
 * A document's pages, a text-layer page that may hold a record table (a line with a name or
 * document column's label) with the boxes of its words read again from the PDF: a text layer's words
 * are not stored (the viewer reads them when it draws), yet a table's columns are only seen in their
 * positions. A page whose layer no longer gives its text, or a PDF that fails to open, keeps none.
 */
async function withTableWords(
  archive: Archive,
  documentId: number,
): Promise<Awaited<ReturnType<typeof getPages>>> {
  const pages = await getPages(archive.db, documentId);
  const wanting = pages.filter(
    (p) => p.method === 'text-layer' && !p.words?.length && mayHoldTable(p.text),
  );
  if (!wanting.length) return pages;
  const doc = await getDocument(archive.db, documentId);
  if (!doc) return pages;
  const words = new Map<number, NonNullable<Page['words']>>();
  for (const p of wanting) {
    const placed = await textLayerWords(archive, doc.sha256, p.page, p.text).catch(() => null);
    // A text layer's words are as certain as its text.
    if (placed?.length)
      words.set(
        p.page,
        placed.map((w) => ({ ...w, text: p.text.slice(w.start, w.end), confidence: 1 })),
      );
  }
  return pages.map((p) => (words.has(p.page) ? { ...p, words: words.get(p.page)! } : p));
}
