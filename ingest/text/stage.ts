// The text stage: reads the stored original with the reader for its media type and stores its pages.
// Re-runnable for one document: it replaces whatever pages the document had.
import { InputError } from '../../core/errors.js';
import type { Document, NewPage } from '../../schema/tables.js';
import type { Archive } from '../../store/archive.js';
import { replacePages, setAttachments, setPagesDone } from '../../store/documents.js';
import { imageReader } from './image.js';
import { pdfReader } from './pdf.js';
import { plainTextReader } from './plain.js';
import { readerFor, registerReader } from './readers.js';
import { chooseLanguages, type LanguageChoice } from '../ocr/language-id.js';
import { pageThreads } from '../page-threads.js';

registerReader(pdfReader);
registerReader(plainTextReader);
registerReader(imageReader);

export type Progress = (done: number, total: number) => void;

export async function readText(
  archive: Archive,
  doc: Document,
  progress: Progress = () => undefined,
): Promise<number> {
  if (doc.size === 0) throw new InputError('empty file (0 bytes)');
  const reader = readerFor(doc.mediaType);
  if (!reader) throw new InputError(`unsupported file type: ${describe(doc.mediaType)}`);
  const opened = await reader.open(archive.originals.pathFor(doc.sha256), archive.config.limits);
  try {
    const { maxPages } = archive.config.limits;
    if (opened.pageCount > maxPages) {
      throw new InputError(
        `document has ${opened.pageCount} pages, more than the limit of ${maxPages}`,
      );
    }
    await setPagesDone(archive.db, doc.id, 0, opened.pageCount);
    await setAttachments(archive.db, doc.id, opened.attachments ?? null);
    const rows: Omit<NewPage, 'documentId'>[] = [];
    for await (const page of opened.pages()) {
      rows.push(await withLanguage(page, archive));
      progress(rows.length, opened.pageCount);
    }
    await replacePages(archive.db, doc.id, rows);
    const read = rows.filter((r) => r.status === 'done').length;
    await setPagesDone(archive.db, doc.id, read, rows.length);
    return rows.length;
  } finally {
    await opened.close();
  }
}

/** Characters of a page's text above which its languages are chosen in a thread (far above a printed page). */
const LONG_PAGE = 32_768;

/**
 * A read page with the languages of its text, as OCR pages have theirs ("ukr+rus", "pol+eng"): the
 * document list filters by them. Chosen by the cue words and letters the OCR stage chooses models
 * by (a trigram identifier such as franc takes short Russian text for Ukrainian); none for a page
 * whose text gives no evidence.
 */
async function withLanguage(
  page: Omit<NewPage, 'documentId'>,
  archive: Archive,
): Promise<Omit<NewPage, 'documentId'>> {
  if (page.status !== 'done' || page.language || !page.text) return page;
  // Counting the cues costs in proportion to the text (3 s for a 3 MB page): a long page is counted
  // in an extraction thread (page-threads.ts), never on the server's thread; a printed page here.
  const choice: LanguageChoice =
    page.text.length > LONG_PAGE
      ? await pageThreads(archive.config.limits).languages(page.text)
      : chooseLanguages(page.text);
  return choice.evidence > 0 ? { ...page, language: choice.languages.join('+') } : page;
}

function describe(mediaType: string): string {
  if (mediaType === 'application/octet-stream') return 'unrecognised binary data';
  return mediaType;
}
