// The text stage: reads the stored original with the reader for its media type and stores its pages.
// Re-runnable for one document: it replaces whatever pages the document had.
import { InputError } from '../../core/errors.js';
import { replacePages, setAttachments, setPagesDone } from '../../store/documents.js';
import { imageReader } from './image.js';
import { pdfReader } from './pdf.js';
import { plainTextReader } from './plain.js';
import { readerFor, registerReader } from './readers.js';
import { chooseLanguages } from '../ocr/language-id.js';
registerReader(pdfReader);
registerReader(plainTextReader);
registerReader(imageReader);
export async function readText(archive, doc, progress = () => undefined) {
    if (doc.size === 0)
        throw new InputError('empty file (0 bytes)');
    const reader = readerFor(doc.mediaType);
    if (!reader)
        throw new InputError(`unsupported file type: ${describe(doc.mediaType)}`);
    const opened = await reader.open(archive.originals.pathFor(doc.sha256), archive.config.limits);
    try {
        const { maxPages } = archive.config.limits;
        if (opened.pageCount > maxPages) {
            throw new InputError(`document has ${opened.pageCount} pages, more than the limit of ${maxPages}`);
        }
        await setPagesDone(archive.db, doc.id, 0, opened.pageCount);
        await setAttachments(archive.db, doc.id, opened.attachments ?? null);
        const rows = [];
        for await (const page of opened.pages()) {
            rows.push(withLanguage(page));
            progress(rows.length, opened.pageCount);
        }
        await replacePages(archive.db, doc.id, rows);
        const read = rows.filter((r) => r.status === 'done').length;
        await setPagesDone(archive.db, doc.id, read, rows.length);
        return rows.length;
    }
    finally {
        await opened.close();
    }
}
/**
 * A read page with the languages of its text, as OCR pages have theirs ("ukr+rus", "pol+eng"): the
 * document list filters by them. Chosen by the cue words and letters the OCR stage chooses models
 * by (a trigram identifier such as franc takes short Russian text for Ukrainian); none for a page
 * whose text gives no evidence.
 */
function withLanguage(page) {
    if (page.status !== 'done' || page.language || !page.text)
        return page;
    const choice = chooseLanguages(page.text);
    return choice.evidence > 0 ? { ...page, language: choice.languages.join('+') } : page;
}
function describe(mediaType) {
    if (mediaType === 'application/octet-stream')
        return 'unrecognised binary data';
    return mediaType;
}
//# sourceMappingURL=stage.js.map