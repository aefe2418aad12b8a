// The claims stage: reads a document's claims from its stored pages and entities and replaces the
// claims stored for it. Re-runnable for one document; the people stage then ties them to people.
import type { Archive } from '../../store/archive.js';
import { replaceClaims } from '../../store/claims.js';
import { getPages } from '../../store/documents.js';
import { entitiesInOrder } from '../../store/entities.js';
import { pageThreads } from '../page-threads.js';

export async function readDocumentClaims(archive: Archive, documentId: number): Promise<number> {
  const pageRows = await getPages(archive.db, documentId);
  const ents = await entitiesInOrder(archive.db, documentId);
  // Read in an extraction thread (page-threads.ts): the cost grows with the text.
  const found = await pageThreads(archive.config.limits).claims(
    pageRows.map(({ page, text, words }) => ({ page, text, words })),
    ents,
  );
  await replaceClaims(
    archive.db,
    documentId,
    found.map((c) => ({
      page: c.page,
      personEntityIds: c.personIds,
      place: c.place,
      placeText: c.placeText,
      origin: c.origin ?? null,
      originText: c.originText ?? null,
      dateFrom: c.from,
      dateTo: c.to,
      approximate: c.approximate ?? false,
      stance: c.stance,
      kind: c.kind,
      quote: c.quote,
      quoteStart: c.start,
      quoteEnd: c.end,
    })),
  );
  return found.length;
}
