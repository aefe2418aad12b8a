// The HTTP API: every /api/ route, in one table whose rows name the permission each needs
// (server/app.ts registers them behind authentication and that check). Handlers stay thin over the
// archive's functions.
import { InputError } from '../core/errors.js';
import { searchDocumentsWithPeople, searchWithPeople } from '../case/people.js';
import { accessOf, peopleAsReadOf } from '../http/access.js';
import type { Route } from '../http/context.js';
import { apiSearchQuery, searchParams, validQuery } from '../http/params.js';
import { CITATION_ROUTES } from './citations.js';
import { COLLECTION_ROUTES } from './collections.js';
import { DOCUMENT_ROUTES } from './documents.js';
import { EXPORT_ROUTES } from './export.js';
import { HIT_ROUTES } from './hits.js';
import { PEOPLE_ROUTES } from './people.js';
import { QUEUE_ROUTES } from './queue.js';
import { USER_ROUTES } from './users.js';

const SEARCH_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/api/health',
    permission: 'public',
    handler: (c, ctx) =>
      ctx.ready() ? c.json({ status: 'ok' }) : c.json({ status: 'starting' }, 503),
  },
  {
    method: 'GET',
    path: '/api/search',
    permission: 'search',
    queued: true,
    query: apiSearchQuery,
    handler: async (c, ctx) => {
      const query = validQuery(c, apiSearchQuery);
      try {
        // group=document: each document once with its best pages; offset and limit count documents.
        const search = query.group === 'document' ? searchDocumentsWithPeople : searchWithPeople;
        const { response, people } = await search(
          ctx.search.meili,
          ctx.archive.db,
          { ...searchParams(query), access: await accessOf(c, ctx) },
          await peopleAsReadOf(c, ctx),
        );
        return c.json({
          ...response,
          people: people.map((p) => ({ key: p.key, name: p.name, variants: p.variants })),
        });
      } catch (err) {
        if (err instanceof InputError) return c.json({ error: err.message }, 400);
        throw err;
      }
    },
  },
];

/**
 * Every /api/ route: search; documents (upload, list, pages' images, originals); people; citations
 * (made, verified, stored); the team (users, one's own password); exports of search results (CSV,
 * ZIP of originals); the queue; the pages a search matches in a document (the viewer's previous and
 * next hit); collections (what one may read, an admin's grants and groups).
 */
export const API_ROUTES: Route[] = [
  ...SEARCH_ROUTES,
  ...DOCUMENT_ROUTES,
  ...PEOPLE_ROUTES,
  ...CITATION_ROUTES,
  ...USER_ROUTES,
  ...EXPORT_ROUTES,
  ...QUEUE_ROUTES,
  ...HIT_ROUTES,
  ...COLLECTION_ROUTES,
];
