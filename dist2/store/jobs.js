// The durable ingest queue, kept in the database so it survives crashes and is shared by workers on
// several machines. A worker claims a job with FOR UPDATE SKIP LOCKED (no two workers take the same
// job), holds it under a lease it keeps renewing, and a job whose lease ran out (its worker died) is
// claimed again. Failures are retried with exponential back-off up to max_attempts.
import { sql } from 'drizzle-orm';
import { REPROCESS_STAGES } from '../schema/tables.js';
import { queryRows } from './db.js';
/** Queues (or re-queues) the ingest job of a document, from a stage (default: every stage). */
export async function enqueue(db, documentId, maxAttempts = 3, fromStage = null) {
    await db.execute(sql `
    INSERT INTO jobs (document_id, max_attempts, from_stage) VALUES (${documentId}, ${maxAttempts}, ${fromStage})
    ON CONFLICT (document_id) DO UPDATE
      SET status = 'queued', attempts = 0, max_attempts = ${maxAttempts}, run_at = now(), locked_by = NULL, locked_until = NULL,
          last_error = NULL, from_stage = ${fromStage}, updated_at = now()`);
}
/**
 * Puts a document back in the queue to be processed again from `from`, unless its job is queued or
 * running already: then false, and nothing changes. The document shows as queued at once.
 */
export async function requeueDocument(db, documentId, from, maxAttempts) {
    return db.transaction(async (tx) => {
        const busy = await queryRows(tx, sql `SELECT id FROM jobs WHERE document_id = ${documentId} AND status IN ('queued', 'running') FOR UPDATE`);
        if (busy.length)
            return false;
        await enqueue(tx, documentId, maxAttempts, from === 'text' ? null : from);
        await tx.execute(sql `UPDATE documents SET status = 'queued', updated_at = now() WHERE id = ${documentId}`);
        return true;
    });
}
export async function claimJob(db, workerId, leaseMs) {
    const rows = await queryRows(db, sql `
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ${workerId},
      locked_until = now() + (${leaseMs} * interval '1 millisecond'), updated_at = now()
    WHERE id = (
      SELECT id FROM jobs
      WHERE (status = 'queued' AND run_at <= now()) OR (status = 'running' AND locked_until < now())
      ORDER BY run_at, id
      FOR UPDATE SKIP LOCKED
      LIMIT 1)
    RETURNING id, document_id, attempts, max_attempts, from_stage`);
    const row = rows[0];
    if (!row)
        return undefined;
    return {
        id: Number(row.id),
        documentId: Number(row.document_id),
        attempts: Number(row.attempts),
        maxAttempts: Number(row.max_attempts),
        fromStage: REPROCESS_STAGES.includes(row.from_stage)
            ? row.from_stage
            : 'text',
    };
}
/** Extends the lease; false when the job is no longer ours (the lease ran out and another worker took it). */
export async function renewLease(db, jobId, workerId, leaseMs) {
    const rows = await queryRows(db, sql `
    UPDATE jobs SET locked_until = now() + (${leaseMs} * interval '1 millisecond'), updated_at = now()
    WHERE id = ${jobId} AND locked_by = ${workerId} AND status = 'running'
    RETURNING id`);
    return rows.length > 0;
}
export async function completeJob(db, jobId, workerId) {
    const rows = await queryRows(db, sql `
    UPDATE jobs SET status = 'done', locked_by = NULL, locked_until = NULL, last_error = NULL, updated_at = now()
    WHERE id = ${jobId} AND locked_by = ${workerId} RETURNING id`);
    return rows.length > 0;
}
/** Back-off before attempt n+1: 2 s, 8 s, 32 s, … capped at 10 minutes. */
function retryDelayMs(attempts) {
    return Math.min(2000 * 4 ** Math.max(0, attempts - 1), 10 * 60 * 1000);
}
/** Records a failure; returns 'retry' when the job goes back to the queue, 'failed' when it is final. */
export async function failJob(db, job, workerId, error, retryable) {
    const final = !retryable || job.attempts >= job.maxAttempts;
    const delay = final ? 0 : retryDelayMs(job.attempts);
    await db.execute(sql `
    UPDATE jobs SET status = ${final ? 'failed' : 'queued'}, last_error = ${error},
      run_at = now() + (${delay} * interval '1 millisecond'), locked_by = NULL, locked_until = NULL, updated_at = now()
    WHERE id = ${job.id} AND locked_by = ${workerId}`);
    return final ? 'failed' : 'retry';
}
/** Jobs not yet finished (queued or running), for a caller that waits for a batch. */
export async function pendingJobCount(db, documentIds) {
    const filter = documentIds && documentIds.length > 0
        ? sql `AND document_id IN (${sql.join(documentIds.map((id) => sql `${id}`), sql `, `)})`
        : sql ``;
    const rows = await queryRows(db, sql `SELECT count(*)::int AS n FROM jobs WHERE status IN ('queued', 'running') ${filter}`);
    return Number(rows[0]?.n ?? 0);
}
/** Jobs with this status and, when given, this number of attempts (a job done at the first try has 1). */
export async function jobCount(db, status, attempts) {
    const tries = attempts === undefined ? sql `` : sql `AND attempts = ${attempts}`;
    const rows = await queryRows(db, sql `SELECT count(*)::int AS n FROM jobs WHERE status = ${status} ${tries}`);
    return Number(rows[0]?.n ?? 0);
}
/**
 * With the embedded database this process holds the data directory exclusively, so any job still
 * marked running was left by a process that died: hand it back to the queue now instead of waiting
 * for its lease to run out. (Its attempt still counts, so a file that kills workers is given up.)
 */
export async function requeueAbandoned(db) {
    const rows = await queryRows(db, sql `
    UPDATE jobs SET status = 'queued', locked_by = NULL, locked_until = NULL, run_at = now(), updated_at = now()
    WHERE status = 'running' RETURNING id`);
    return rows.length;
}
//# sourceMappingURL=jobs.js.map