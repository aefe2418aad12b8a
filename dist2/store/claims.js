// Claims (a person placed somewhere at a time, read from a sentence): what the claims stage saves
// and the case reads, with the documents they come from.
import { and, asc, eq, sql } from 'drizzle-orm';
import { claims, documents } from '../schema/tables.js';
import { readableWhere } from './access.js';
/** Replaces a document's claims in one transaction (none left when `rows` is empty). */
export async function replaceClaims(db, documentId, rows) {
    await db.transaction(async (tx) => {
        await tx.delete(claims).where(eq(claims.documentId, documentId));
        if (rows.length)
            await tx.insert(claims).values(rows.map((r) => ({ ...r, documentId })));
    });
}
/** Claims about any of the given people (every claim when `keys` is undefined) in documents `access` reads, by id, each with its document's filename and sha256. */
export async function claimsWithSources(db, keys, access) {
    return db
        .select({ c: claims, filename: documents.filename, sha256: documents.sha256 })
        .from(claims)
        .innerJoin(documents, eq(documents.id, claims.documentId))
        .where(and(keys
        ? sql `${claims.personKeys} ?| array[${sql.join(keys.map((k) => sql `${k}`), sql `, `)}]::text[]`
        : undefined, readableWhere(access)))
        .orderBy(asc(claims.id));
}
//# sourceMappingURL=claims.js.map