// Citations over the API: a quote is cited (POST /api/citations) only where it stands on the page
// exactly, and kept under its short id; GET /api/citations/:id answers it with its forms and whether
// it still holds. POST /api/citations/verify compares a quote with a page without storing anything.
import { makeCitation } from '../cite/citation.js';
import { getCitation, listCitations, saveCitation } from '../cite/stored.js';
import { findQuote, notFoundMessage } from '../cite/verify.js';
import { boxesFor } from '../core/word-boxes.js';
import { accessOf, readable } from '../http/access.js';
import { storedCitationJson } from '../http/citations.js';
import { citationListQuery, citeBody, validJson, validQuery, verifyBody } from '../http/params.js';
import { canRead } from '../store/access.js';
import { getDocument, getDocumentBySha, getPage } from '../store/documents.js';
/** Stores a quote that was verified exact (the passage as it stands on the page) and answers its forms. */
async function citeAndStore(ctx, doc, page, passage, userId) {
    // The quote is kept as the citation states it (whitespace collapsed), so the id is of what is cited.
    const quote = makeCitation({
        filename: doc.filename,
        sha256: doc.sha256,
        page,
        quote: passage,
        origin: ctx.publicUrl,
    }).quote;
    const citation = await saveCitation(ctx.archive.db, {
        sha256: doc.sha256,
        documentId: doc.id,
        page,
        quote,
        userId,
    });
    return storedCitationJson({ citation, sha256: doc.sha256, filename: doc.filename, collection: doc.collection }, ctx.publicUrl);
}
export const CITATION_ROUTES = [
    {
        method: 'POST',
        path: '/api/citations',
        permission: 'cite',
        json: citeBody,
        handler: async (c, ctx) => {
            const body = validJson(c, citeBody);
            const doc = await readable(c, ctx, body.document.id !== undefined
                ? await getDocument(ctx.archive.db, body.document.id)
                : await getDocumentBySha(ctx.archive.db, body.document.sha));
            const pageNo = body.page;
            if (!doc || pageNo === undefined)
                return c.json({ error: 'no such document or page' }, 404);
            const page = await getPage(ctx.archive.db, doc.id, pageNo);
            if (!page)
                return c.json({ error: 'no such page' }, 404);
            const found = findQuote(page.text, body.quote);
            // Only what stands on the page exactly can be cited; the passage is cited as it stands.
            if (!found.found)
                return c.json({
                    error: notFoundMessage(found),
                    match: found.match,
                    score: found.score,
                    passage: found.passage,
                    differences: found.differences,
                }, 422);
            // Kept under its short id (/c/<id>), re-verified whenever the document is read again.
            return c.json({
                ...(await citeAndStore(ctx, doc, pageNo, found.passage, c.get('user').id)),
                match: found.match,
            });
        },
    },
    {
        method: 'POST',
        path: '/api/citations/verify',
        permission: 'cite',
        json: verifyBody,
        handler: async (c, ctx) => {
            const body = validJson(c, verifyBody);
            const doc = await readable(c, ctx, await getDocumentBySha(ctx.archive.db, body.sha256));
            const page = doc && body.page !== undefined
                ? await getPage(ctx.archive.db, doc.id, body.page)
                : undefined;
            if (!doc || !page)
                return c.json({ error: 'no such document or page' }, 404);
            const found = findQuote(page.text, body.quote);
            // Boxes of the exact passage, or of the closest one for a near match (which is not found).
            const boxes = found.start !== null && found.end !== null
                ? (boxesFor(page.words, found.start, found.end) ?? [])
                : [];
            return c.json({ ...found, boxes, document: doc.filename, page: page.page });
        },
    },
    {
        method: 'GET',
        path: '/api/citations',
        permission: 'read',
        query: citationListQuery,
        handler: async (c, ctx) => {
            const f = validQuery(c, citationListQuery);
            const { total, citations } = await listCitations(ctx.archive.db, {
                ...f,
                access: await accessOf(c, ctx),
            });
            return c.json({
                total,
                offset: f.offset,
                limit: f.limit,
                citations: citations.map((found) => storedCitationJson(found, ctx.publicUrl)),
            });
        },
    },
    {
        method: 'GET',
        path: '/api/citations/:id',
        permission: 'read',
        handler: async (c, ctx) => {
            const found = await getCitation(ctx.archive.db, c.req.param('id') ?? '');
            // A citation of a document one may not read does not exist for them.
            if (!found || !canRead(await accessOf(c, ctx), found))
                return c.json({ error: 'no such citation' }, 404);
            return c.json(storedCitationJson(found, ctx.publicUrl));
        },
    },
];
//# sourceMappingURL=citations.js.map