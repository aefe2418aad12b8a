// Reading and writing documents and their pages; every stage and command goes through these.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { documents, entities, pages, receipts, } from '../schema/tables.js';
import { enqueue } from './jobs.js';
import { ALL_ACCESS, readableWhere } from './access.js';
/**
 * Records a received original and queues its ingest job in one transaction. The same bytes received
 * again (under any name) are recognised by their SHA-256: a receipt is kept, nothing is queued.
 */
export async function recordIntake(db, doc, maxAttempts) {
    return db.transaction(async (tx) => {
        const inserted = await tx
            .insert(documents)
            .values({
            sha256: doc.sha256,
            filename: doc.filename,
            mediaType: doc.mediaType,
            size: doc.size,
            sourceNote: doc.sourceNote ?? null,
            collection: doc.collection ?? null,
        })
            .onConflictDoNothing({ target: documents.sha256 })
            .returning({ id: documents.id });
        const duplicate = inserted.length === 0;
        const documentId = inserted[0]?.id ??
            (await tx
                .select({ id: documents.id })
                .from(documents)
                .where(eq(documents.sha256, doc.sha256)))[0]?.id;
        if (documentId === undefined)
            throw new Error(`document ${doc.sha256} vanished during intake`);
        await tx.insert(receipts).values({
            documentId,
            filename: doc.filename,
            sourceNote: doc.sourceNote ?? null,
            duplicate,
        });
        if (!duplicate)
            await enqueue(tx, documentId, maxAttempts);
        return { documentId, duplicate };
    });
}
export async function getDocument(db, id) {
    return (await db.select().from(documents).where(eq(documents.id, id)))[0];
}
/** A document by its full SHA-256 or by a prefix of at least 12 hex digits (as in permalinks). */
export async function getDocumentBySha(db, sha) {
    if (!/^[0-9a-f]{12,64}$/.test(sha))
        return undefined;
    const rows = await db
        .select()
        .from(documents)
        .where(sql `${documents.sha256} LIKE ${sha + '%'}`)
        .limit(2);
    return rows.length === 1 ? rows[0] : undefined;
}
/** A document by its file name: the first stored under it, as names need not be unique. */
export async function getDocumentByFilename(db, filename) {
    const [row] = await db.select().from(documents).where(eq(documents.filename, filename)).limit(1);
    return row;
}
export async function getPage(db, documentId, page) {
    return (await db
        .select()
        .from(pages)
        .where(and(eq(pages.documentId, documentId), eq(pages.page, page))))[0];
}
export async function getDocuments(db, ids) {
    if (ids.length === 0)
        return [];
    return db.select().from(documents).where(inArray(documents.id, ids)).orderBy(asc(documents.id));
}
export async function setDocumentStatus(db, id, status, fields = {}) {
    await db
        .update(documents)
        .set({ status, ...fields, updatedAt: sql `now()` })
        .where(eq(documents.id, id));
}
export async function setPagesDone(db, id, pagesDone, pageCount) {
    await db
        .update(documents)
        .set({ pagesDone, ...(pageCount === undefined ? {} : { pageCount }), updatedAt: sql `now()` })
        .where(eq(documents.id, id));
}
export async function setAttachments(db, id, attachments) {
    await db
        .update(documents)
        .set({ attachments, updatedAt: sql `now()` })
        .where(eq(documents.id, id));
}
/** Replaces all pages of a document at once, so readers never see half of a re-run. */
export async function replacePages(db, documentId, rows) {
    await db.transaction(async (tx) => {
        await tx.delete(entities).where(eq(entities.documentId, documentId));
        await tx.delete(pages).where(eq(pages.documentId, documentId));
        // Batched: a 2,000-page document would exceed the bind-parameter limit in one statement.
        for (let i = 0; i < rows.length; i += 200) {
            await tx.insert(pages).values(rows.slice(i, i + 200).map((r) => ({ ...r, documentId })));
        }
    });
}
export async function getPages(db, documentId) {
    return db.select().from(pages).where(eq(pages.documentId, documentId)).orderBy(asc(pages.page));
}
/** The text of each document's first page (the head its kind of source is read from), by document id. */
export async function firstPageTexts(db, documentIds) {
    const out = new Map();
    for (let i = 0; i < documentIds.length; i += 5000) {
        const rows = await db
            .selectDistinctOn([pages.documentId], { documentId: pages.documentId, text: pages.text })
            .from(pages)
            .where(inArray(pages.documentId, documentIds.slice(i, i + 5000)))
            .orderBy(pages.documentId, asc(pages.page));
        for (const r of rows)
            out.set(r.documentId, r.text);
    }
    return out;
}
export async function getEntities(db, documentId) {
    return db
        .select()
        .from(entities)
        .where(eq(entities.documentId, documentId))
        .orderBy(asc(entities.page), asc(entities.start));
}
export async function pageCounts(db, documentId) {
    const rows = await db
        .select({ method: pages.method, status: pages.status, n: sql `count(*)::int` })
        .from(pages)
        .where(and(eq(pages.documentId, documentId)))
        .groupBy(pages.method, pages.status);
    const count = (pred) => rows.filter(pred).reduce((s, r) => s + Number(r.n), 0);
    return {
        textLayer: count((r) => r.method === 'text-layer'),
        ocr: count((r) => r.method === 'ocr' && r.status === 'done'),
        needsOcr: count((r) => r.status === 'needs-ocr'),
    };
}
export const DOCUMENT_KINDS = ['pdf', 'image', 'text', 'other'];
export const DOCUMENT_SORTS = ['newest', 'oldest', 'name'];
function kindWhere(kind) {
    if (kind === 'pdf')
        return eq(documents.mediaType, 'application/pdf');
    if (kind === 'image')
        return sql `${documents.mediaType} LIKE 'image/%'`;
    if (kind === 'text')
        return sql `${documents.mediaType} LIKE 'text/%'`;
    if (kind === 'other')
        return sql `${documents.mediaType} <> 'application/pdf' AND ${documents.mediaType} NOT LIKE 'image/%' AND ${documents.mediaType} NOT LIKE 'text/%'`;
    return undefined;
}
/**
 * Documents filtered by collection, status, kind, page language and the day they were added, sorted (newest first
 * by default), a page at a time, with the total.
 */
export async function listDocuments(db, f = {}, access = ALL_ACCESS) {
    const where = and(readableWhere(access), f.collection === undefined
        ? undefined
        : f.collection === ''
            ? sql `${documents.collection} IS NULL`
            : eq(documents.collection, f.collection), f.status === undefined ? undefined : eq(documents.status, f.status), kindWhere(f.kind), f.language === undefined
        ? undefined
        : sql `exists (select 1 from ${pages} where ${pages.documentId} = ${documents.id} and '+' || ${pages.language} || '+' like ${`%+${f.language}+%`})`, f.addedFrom === undefined ? undefined : sql `${documents.ingestedAt} >= ${f.addedFrom}::date`, f.addedTo === undefined ? undefined : sql `${documents.ingestedAt} < ${f.addedTo}::date + 1`);
    const [row] = await db
        .select({ n: sql `count(*)::int` })
        .from(documents)
        .where(where);
    const rows = await db
        .select()
        .from(documents)
        .where(where)
        .orderBy(...(f.sort === 'oldest'
        ? [asc(documents.ingestedAt), asc(documents.id)]
        : f.sort === 'name'
            ? [asc(documents.filename), asc(documents.id)]
            : [desc(documents.ingestedAt), desc(documents.id)]))
        .offset(f.offset ?? 0)
        .limit(f.limit ?? 50);
    return { total: Number(row?.n ?? 0), documents: rows };
}
/** Every collection named (of those the access reads), with its number of documents (null: documents in none). */
export async function listCollections(db, access = ALL_ACCESS) {
    const rows = await db
        .select({ collection: documents.collection, n: sql `count(*)::int` })
        .from(documents)
        .where(readableWhere(access))
        .groupBy(documents.collection)
        .orderBy(asc(documents.collection));
    return rows.map((r) => ({ collection: r.collection, documents: Number(r.n) }));
}
/** A document's pages for listing: no words or boxes, only the start of each page's text. */
export async function pageList(db, documentId) {
    return db
        .select({
        page: pages.page,
        status: pages.status,
        method: pages.method,
        language: pages.language,
        confidence: pages.confidence,
        error: pages.error,
        start: sql `substr(${pages.text}, 1, 160)`,
        chars: sql `length(${pages.text})::int`,
    })
        .from(pages)
        .where(eq(pages.documentId, documentId))
        .orderBy(asc(pages.page));
}
/** The ids of the documents with this status, in no particular order. */
export async function documentIdsWithStatus(db, status) {
    return (await db.select({ id: documents.id }).from(documents).where(eq(documents.status, status))).map((d) => d.id);
}
/** Of the given documents, those `access` reads, by id: id, filename and sha256. */
export async function readableDocumentNames(db, ids, access) {
    if (!ids.length)
        return [];
    return db
        .select({ id: documents.id, filename: documents.filename, sha256: documents.sha256 })
        .from(documents)
        .where(and(inArray(documents.id, ids), readableWhere(access)))
        .orderBy(asc(documents.id));
}
//# sourceMappingURL=documents.js.map