// The claims stage: reads a document's claims from its stored pages and entities and replaces the
// claims stored for it. Re-runnable for one document; the people stage then ties them to people.
import { asc, eq } from 'drizzle-orm';
import { claims, entities } from '../../schema/tables.js';
import type { Archive } from '../../store/archive.js';
import { getPages } from '../../store/documents.js';
import { readClaims } from './read.js';

export async function readDocumentClaims(archive: Archive, documentId: number): Promise<number> {
  const pageRows = await getPages(archive.db, documentId);
  const ents = await archive.db.select().from(entities).where(eq(entities.documentId, documentId)).orderBy(asc(entities.id));
  const found = readClaims(pageRows, ents);
  await archive.db.transaction(async (tx) => {
    await tx.delete(claims).where(eq(claims.documentId, documentId));
    if (found.length) {
      await tx.insert(claims).values(
        found.map((c) => ({
          documentId,
          page: c.page,
          personEntityIds: c.personIds,
          place: c.place,
          placeText: c.placeText,
          dateFrom: c.from,
          dateTo: c.to,
          stance: c.stance,
          kind: c.kind,
          quote: c.quote,
          quoteStart: c.start,
          quoteEnd: c.end,
        })),
      );
    }
  });
  return found.length;
}
