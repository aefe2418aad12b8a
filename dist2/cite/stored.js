// Citations kept in the archive under a short stable id (`/c/<id>`), and their re-verification when
// their document is processed again: a citation whose quote no longer stands on its page exactly is
// flagged `broken` with the differences found, never silently kept as if it held.
import { createHash } from 'node:crypto';
import { citationsOf, citationWithDocument, setCitationCheck, upsertCitation, } from '../store/citations.js';
import { getPage } from '../store/documents.js';
import { findQuote, notFoundMessage } from './verify.js';
// The rows are store/citations.ts's; these are read through here by the API, the pages and the tests.
export { citationsOf, listCitations } from '../store/citations.js';
/** Ten base32 characters: 50 bits, short enough to type, far from colliding in any archive. */
const CITATION_ID_LENGTH = 10;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/**
 * RFC 4648 base32 (lower case, no padding) of the first bytes of a digest. Written here because
 * Node has no base32 and it is a few lines over bits; the alphabet avoids 0/1/8/9 look-alikes.
 */
function base32(bytes, length) {
    let out = '';
    let bits = 0;
    let value = 0;
    for (const byte of bytes) {
        value = (value << 8) | byte;
        bits += 8;
        while (bits >= 5 && out.length < length) {
            out += BASE32[(value >>> (bits - 5)) & 31];
            bits -= 5;
        }
        value &= (1 << bits) - 1;
        if (out.length >= length)
            break;
    }
    return out;
}
/** The id of a citation: the same document, page and quote always give the same id. */
export function citationId(sha256, page, quote) {
    const digest = createHash('sha256').update(`${sha256}\n${page}\n${quote}`, 'utf8').digest();
    return base32(digest, CITATION_ID_LENGTH);
}
export function isCitationId(s) {
    return s.length === CITATION_ID_LENGTH && [...s].every((ch) => BASE32.includes(ch));
}
/**
 * Stores a citation that was just verified exact (or finds it stored already) and marks it holding:
 * citing it again after it broke and was fixed by a new reading checks it afresh.
 */
export async function saveCitation(db, c) {
    const row = await upsertCitation(db, {
        id: citationId(c.sha256, c.page, c.quote),
        documentId: c.documentId,
        page: c.page,
        quote: c.quote,
        userId: c.userId,
    });
    // 50 bits of SHA-256: two different citations under one id would be a first; refuse rather than mix them.
    if (!row || row.documentId !== c.documentId || row.page !== c.page || row.quote !== c.quote)
        throw new Error('citation id collision');
    return row;
}
export async function getCitation(db, id) {
    if (!isCitationId(id))
        return undefined;
    return citationWithDocument(db, id);
}
/**
 * Checks every stored citation of a document against its pages as they stand now (after the
 * document was read again): each is `holds` when its quote stands on its page exactly, else
 * `broken` with the reason. Answers how many no longer hold.
 */
export async function reverifyCitations(db, documentId) {
    const stored = await citationsOf(db, documentId);
    let broken = 0;
    for (const c of stored) {
        const page = await getPage(db, documentId, c.page);
        const m = page ? findQuote(page.text, c.quote) : undefined;
        const problem = !page
            ? `page ${c.page} no longer exists in this document`
            : m && !m.found
                ? notFoundMessage(m)
                : null;
        if (problem)
            broken++;
        await setCitationCheck(db, c.id, problem);
    }
    return broken;
}
//# sourceMappingURL=stored.js.map