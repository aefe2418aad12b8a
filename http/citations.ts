// A stored citation as the API answers it and the citation page shows it: its forms (text,
// Markdown, CSL) under its short link, and whether it still holds.
import { makeCitation, type Citation } from '../cite/citation.js';
import type { CitationWithDocument } from '../cite/stored.js';
import type { CitationStatus } from '../schema/tables.js';

export interface StoredCitationJson extends Citation {
  id: string;
  status: CitationStatus;
  /** Why it no longer holds, when its document was read again and the quote is not on the page. */
  problem: string | null;
  checkedAt: string;
}

/** A citation's forms and status; `origin` starts its links (AppContext.publicUrl). */
export function storedCitationJson(
  found: CitationWithDocument,
  origin: string,
): StoredCitationJson {
  const c = found.citation;
  const forms = makeCitation({
    filename: found.filename,
    sha256: found.sha256,
    page: c.page,
    quote: c.quote,
    origin,
    id: c.id,
    retrieved: c.createdAt,
  });
  return {
    ...forms,
    id: c.id,
    status: c.status,
    problem: c.problem,
    checkedAt: c.checkedAt.toISOString(),
  };
}
