// The pages of a document that a search's words match: the viewer's previous and next hit.
import { InputError } from '../core/errors.js';
import { pagesMatching } from '../search/query.js';
import { readable } from './access.js';
import type { Route } from './app.js';
import { documentParam } from './params.js';

export const HIT_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/api/documents/:id/hits',
    permission: 'search',
    handler: async (c, ctx) => {
      const doc = await readable(c, ctx, await documentParam(c, ctx.archive.db));
      if (!doc) return c.json({ error: 'no such document' }, 404);
      try {
        return c.json({ documentId: doc.id, pages: await pagesMatching(ctx.search.meili, c.req.query('q') ?? '', doc.id) });
      } catch (err) {
        if (err instanceof InputError) return c.json({ error: err.message }, 400);
        throw err;
      }
    },
  },
];
