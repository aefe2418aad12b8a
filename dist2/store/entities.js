// The entities found in documents (dates, people, places, …): what the extract stage saves and the
// claims stage and the case read.
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { entities } from '../schema/tables.js';
/** Replaces a document's entities in one transaction (batched inserts), so readers never see half of a re-run. */
export async function replaceEntities(db, documentId, rows) {
    await db.transaction(async (tx) => {
        await tx.delete(entities).where(eq(entities.documentId, documentId));
        for (let i = 0; i < rows.length; i += 500) {
            await tx.insert(entities).values(rows.slice(i, i + 500).map((r) => ({ ...r, documentId })));
        }
    });
}
/** A document's entities in the order they were stored (by id). */
export async function entitiesInOrder(db, documentId) {
    return db
        .select()
        .from(entities)
        .where(eq(entities.documentId, documentId))
        .orderBy(asc(entities.id));
}
/** Per document, the latest ISO date its entities name that is not after `today` and not an expiry date. */
export async function latestDatesOf(db, documentIds, today) {
    if (!documentIds.length)
        return new Map();
    const rows = await db
        .select({ documentId: entities.documentId, latest: sql `max(${entities.normalized})` })
        .from(entities)
        .where(and(inArray(entities.documentId, documentIds), eq(entities.type, 'date'), lte(entities.normalized, today), sql `coalesce(${entities.attributes}->>'role', '') <> 'expiry'`))
        .groupBy(entities.documentId);
    return new Map(rows.map((r) => [r.documentId, r.latest]));
}
//# sourceMappingURL=entities.js.map