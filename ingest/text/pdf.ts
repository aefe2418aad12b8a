// Reads a PDF's text layer page by page. Pages without a plausible text layer are marked for OCR.
// The parsing runs in the PDF threads (pdf-workers.ts): a page that exhausts a thread's time or
// memory is recorded as failed with that reason, and the document's other pages are read.
import type { Archive } from '../../store/archive.js';
import type { PlacedWord } from './layout.js';
import { pdfWorkers, ThreadLimitError } from './pdf-workers.js';
import type { OpenedDocument, ReadPage, Reader } from './readers.js';

/**
 * The words of one page's text layer with their boxes (PDF points, as the page's stored width and
 * height) and offsets in its text, for the viewer's outlines on a born-digital page. Null when the
 * page's text layer no longer gives `text` (the page was read by OCR, or the reading changed), so
 * no box is ever drawn at the wrong words. Throws what opening the PDF throws.
 */
export async function textLayerWords(
  archive: Archive,
  sha256: string,
  pageNo: number,
  text: string,
): Promise<PlacedWord[] | null> {
  const workers = pdfWorkers(archive.config.limits);
  const file = archive.originals.pathFor(sha256);
  try {
    const placed = await workers.pageWords(file, pageNo);
    return placed?.text === text ? placed.words : null;
  } finally {
    await workers.release(file);
  }
}

export const pdfReader: Reader = {
  name: 'pdf',
  mediaTypes: ['application/pdf'],
  async open(file, limits): Promise<OpenedDocument> {
    const workers = pdfWorkers(limits);
    let opened: Awaited<ReturnType<typeof workers.inspect>>;
    try {
      opened = await workers.inspect(file);
    } catch (err) {
      await workers.release(file);
      throw err;
    }
    return {
      pageCount: opened.pageCount,
      attachments: opened.attachments,
      async *pages(): AsyncIterable<ReadPage> {
        for (let n = 1; n <= opened.pageCount; n++) {
          try {
            yield await workers.textPage(file, n);
          } catch (err) {
            if (!(err instanceof ThreadLimitError)) throw err;
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
