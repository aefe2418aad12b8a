// What the search index (search/pages-index.ts) is built from: the pages of documents that are done,
// with their documents and entities. The database is the source of truth; the index is rebuilt from here.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { documents, entities, pages, } from '../schema/tables.js';
/** The documents, their finished pages and all their entities, for some documents. */
export async function pagesToIndex(db, documentIds) {
    const docs = await db.select().from(documents).where(inArray(documents.id, documentIds));
    const pageRows = await db
        .select()
        .from(pages)
        .where(and(inArray(pages.documentId, documentIds), eq(pages.status, 'done')))
        .orderBy(asc(pages.documentId), asc(pages.page));
    const entityRows = await db
        .select()
        .from(entities)
        .where(inArray(entities.documentId, documentIds));
    return { documents: docs, pages: pageRows, entities: entityRows };
}
/** The ids of the documents that are done, whose pages the index holds. */
export async function doneDocumentIds(db) {
    return (await db.select({ id: documents.id }).from(documents).where(eq(documents.status, 'done'))).map((d) => d.id);
}
/** How many pages the index should hold: the finished pages of finished documents. */
export async function indexablePageCount(db) {
    const rows = await db
        .select({ id: pages.id })
        .from(pages)
        .innerJoin(documents, eq(documents.id, pages.documentId))
        .where(and(eq(documents.status, 'done'), eq(pages.status, 'done')));
    return rows.length;
}
//# sourceMappingURL=indexed-pages.js.map