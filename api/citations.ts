// Stored citations over the API: a citation made with POST /api/citations is kept under its short
// id, and GET /api/citations/:id answers it with its forms and whether it still holds.
import { makeCitation, type Citation } from '../cite/citation.js';
import { getCitation, saveCitation, type CitationWithDocument } from '../cite/stored.js';
import type { CitationStatus, Document } from '../schema/tables.js';
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
  return storedCitationJson({ citation, sha256: doc.sha256, filename: doc.filename }, ctx.publicUrl);
}

export const CITATION_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/api/citations/:id',
    permission: 'read',
    handler: async (c, ctx) => {
      const found = await getCitation(ctx.archive.db, c.req.param('id') ?? '');
      if (!found) return c.json({ error: 'no such citation' }, 404);
      return c.json(storedCitationJson(found, ctx.publicUrl));
    },
  },
];
