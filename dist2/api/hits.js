// The pages of a document that a search's words match: the viewer's previous and next hit.
import { InputError } from '../core/errors.js';
import { pagesMatching } from '../search/query.js';
import { readableDocument } from '../http/access.js';
import { validQuery, wordsQuery } from '../http/params.js';
export const HIT_ROUTES = [
    {
        method: 'GET',
        path: '/api/documents/:id/hits',
        permission: 'search',
        query: wordsQuery,
        handler: async (c, ctx) => {
            const doc = await readableDocument(c, ctx);
            if (doc instanceof Response)
                return doc;
            try {
                return c.json({
                    documentId: doc.id,
                    pages: await pagesMatching(ctx.search.meili, validQuery(c, wordsQuery).q, doc.id),
                });
            }
            catch (err) {
                if (err instanceof InputError)
                    return c.json({ error: err.message }, 400);
                throw err;
            }
        },
    },
];
//# sourceMappingURL=hits.js.map