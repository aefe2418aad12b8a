// The processing queue as the people who upload see it: documents waiting, being read, or failed,
// with their progress, their job's attempts and the reason of a failure.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { documents, jobs } from '../schema/tables.js';
import { ALL_ACCESS, readableWhere } from './access.js';
/** At most this many failed documents are listed, the most recent first. */
const QUEUE_FAILED_LIMIT = 200;
/** Documents in processing, then queued (in the order they will be taken), then failed (newest first); `access`: only those of collections it reads. */
export async function processingQueue(db, access = ALL_ACCESS) {
    const select = {
        document: documents,
        attempts: sql `coalesce(${jobs.attempts}, 0)::int`,
        maxAttempts: sql `coalesce(${jobs.maxAttempts}, 0)::int`,
        runAt: jobs.runAt,
        lastError: jobs.lastError,
    };
    const open = await db
        .select(select)
        .from(documents)
        .leftJoin(jobs, eq(jobs.documentId, documents.id))
        .where(and(inArray(documents.status, ['queued', 'processing']), readableWhere(access)))
        .orderBy(asc(sql `coalesce(${jobs.runAt}, ${documents.ingestedAt})`), asc(documents.id));
    const failed = await db
        .select(select)
        .from(documents)
        .leftJoin(jobs, eq(jobs.documentId, documents.id))
        .where(and(eq(documents.status, 'failed'), readableWhere(access)))
        .orderBy(desc(documents.updatedAt), desc(documents.id))
        .limit(QUEUE_FAILED_LIMIT);
    const entry = (r) => ({
        ...r,
        attempts: Number(r.attempts),
        maxAttempts: Number(r.maxAttempts),
    });
    return {
        processing: open.filter((r) => r.document.status === 'processing').map(entry),
        queued: open.filter((r) => r.document.status === 'queued').map(entry),
        failed: failed.map(entry),
    };
}
//# sourceMappingURL=queue.js.map