// Stored citations (`/c/<id>`): their rows and the documents they cite. The ids and the checks of a
// quote against its page are cite/stored.ts's; this is only what is read and written.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { citations, documents, } from '../schema/tables.js';
import { readableWhere } from './access.js';
/** Inserts a citation under its id, or marks the one stored under it holding (checked now); answers the stored row. */
export async function upsertCitation(db, c) {
    const [row] = await db
        .insert(citations)
        .values({
        id: c.id,
        documentId: c.documentId,
        page: c.page,
        quote: c.quote,
        createdBy: c.userId,
    })
        .onConflictDoUpdate({
        target: citations.id,
        set: { status: 'holds', problem: null, checkedAt: sql `now()` },
    })
        .returning();
    return row;
}
/** The citation stored under an id with its document's sha256, filename and collection; undefined when none. */
export async function citationWithDocument(db, id) {
    const [row] = await db
        .select({
        citation: citations,
        sha256: documents.sha256,
        filename: documents.filename,
        collection: documents.collection,
    })
        .from(citations)
        .innerJoin(documents, eq(documents.id, citations.documentId))
        .where(eq(citations.id, id));
    return row;
}
/** Every citation stored of a document, in no particular order. */
export async function citationsOf(db, documentId) {
    return db.select().from(citations).where(eq(citations.documentId, documentId));
}
/** Records a check of a citation: `holds` without a problem, `broken` with it; checked now. */
export async function setCitationCheck(db, id, problem) {
    await db
        .update(citations)
        .set({ status: problem ? 'broken' : 'holds', problem, checkedAt: sql `now()` })
        .where(eq(citations.id, id));
}
/** Stored citations, broken first, then the newest; `access`: only those of documents it reads (store/access.ts). With the total. */
export async function listCitations(db, f = {}) {
    const where = and(f.status ? eq(citations.status, f.status) : undefined, f.access ? readableWhere(f.access) : undefined);
    const [row] = await db
        .select({ n: sql `count(*)::int` })
        .from(citations)
        .innerJoin(documents, eq(documents.id, citations.documentId))
        .where(where);
    const rows = await db
        .select({
        citation: citations,
        sha256: documents.sha256,
        filename: documents.filename,
        collection: documents.collection,
    })
        .from(citations)
        .innerJoin(documents, eq(documents.id, citations.documentId))
        .where(where)
        // 'broken' sorts before 'holds'.
        .orderBy(asc(citations.status), desc(citations.createdAt), asc(citations.id))
        .offset(f.offset ?? 0)
        .limit(f.limit ?? 50);
    return { total: Number(row?.n ?? 0), citations: rows };
}
//# sourceMappingURL=citations.js.map