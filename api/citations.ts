// Stored citations over the API: a citation made with POST /api/citations is kept under its short
// id, and GET /api/citations/:id answers it with its forms and whether it still holds.
import type { Context } from 'hono';
import { makeCitation, type Citation } from '../cite/citation.js';
import { getCitation, listCitations, saveCitation, type CitationWithDocument } from '../cite/stored.js';
import { InputError } from '../core/errors.js';
import { CITATION_STATUSES, type CitationStatus, type Document } from '../schema/tables.js';
import { canRead } from '../store/access.js';
import { accessOf } from './access.js';
import { wholeQuery } from './params.js';
import type { AppContext, Route } from './app.js';

export interface StoredCitationJson extends Citation {
  id: string;
  status: CitationStatus;
  /** Why it no longer holds, when its document was read again and the quote is not on the page. */
  problem: string | null;
  checkedAt: string;
}

/** A citation's forms and status, as the API answers them. */
export function storedCitationJson(found: CitationWithDocument, origin: string): StoredCitationJson {
  const c = found.citation;
  const forms = makeCitation({ filename: found.filename, sha256: found.sha256, page: c.page, quote: c.quote, origin, id: c.id, retrieved: c.createdAt });
  return { ...forms, id: c.id, status: c.status, problem: c.problem, checkedAt: c.checkedAt.toISOString() };
}

/** Stores a quote that was verified exact (the passage as it stands on the page) and answers its forms. */
export async function citeAndStore(ctx: AppContext, doc: Document, page: number, passage: string, userId: number): Promise<StoredCitationJson> {
  // The quote is kept as the citation states it (whitespace collapsed), so the id is of what is cited.
  const quote = makeCitation({ filename: doc.filename, sha256: doc.sha256, page, quote: passage, origin: ctx.publicUrl }).quote;
  const citation = await saveCitation(ctx.archive.db, { sha256: doc.sha256, documentId: doc.id, page, quote, userId });
  return storedCitationJson({ citation, sha256: doc.sha256, filename: doc.filename, collection: doc.collection }, ctx.publicUrl);
}

/** The list's filter and page from a query string: `status` (holds, broken), `offset`, `limit` (≤ 200). */
export function citationListParams(c: Context): { status?: CitationStatus; offset: number; limit: number } {
  const status = c.req.query('status') || undefined;
  if (status !== undefined && !(CITATION_STATUSES as readonly string[]).includes(status)) throw new InputError(`"status" is one of ${CITATION_STATUSES.join(', ')}`);
  const whole = (name: string, fallback: number) => wholeQuery(c, name, fallback);
  return { ...(status ? { status: status as CitationStatus } : {}), offset: whole('offset', 0), limit: Math.min(200, Math.max(1, whole('limit', 50))) };
}

export const CITATION_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/api/citations',
    permission: 'read',
    handler: async (c, ctx) => {
      try {
        const f = citationListParams(c);
        const { total, citations } = await listCitations(ctx.archive.db, { ...f, access: await accessOf(c, ctx) });
        return c.json({ total, offset: f.offset, limit: f.limit, citations: citations.map((found) => storedCitationJson(found, ctx.publicUrl)) });
      } catch (err) {
        if (err instanceof InputError) return c.json({ error: err.message }, 400);
        throw err;
      }
    },
  },
  {
    method: 'GET',
    path: '/api/citations/:id',
    permission: 'read',
    handler: async (c, ctx) => {
      const found = await getCitation(ctx.archive.db, c.req.param('id') ?? '');
      // A citation of a document one may not read does not exist for them.
      if (!found || !canRead(await accessOf(c, ctx), found)) return c.json({ error: 'no such citation' }, 404);
      return c.json(storedCitationJson(found, ctx.publicUrl));
    },
  },
];
