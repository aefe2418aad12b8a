import { REPROCESS_STAGES } from '../schema/tables.js';
import { atLeast, collectionOf, levelOn } from '../store/access.js';
import { requeueDocument } from '../store/jobs.js';
function isReprocessStage(value) {
    return typeof value === 'string' && REPROCESS_STAGES.includes(value);
}
/** Puts a readable document back into the queue from `from` (undefined or empty: every stage). */
export async function reprocess(c, ctx, doc, from) {
    const stage = from === undefined || from === '' ? 'text' : from;
    if (!isReprocessStage(stage))
        return { ok: false, status: 400, error: `"from" is one of ${REPROCESS_STAGES.join(', ')}` };
    const level = await levelOn(ctx.archive.db, c.get('user'), collectionOf(doc), ctx.archive.config.defaultAccess);
    // The user may read the document (else the route answered 404), so saying why is no leak.
    if (!atLeast(level, 'edit'))
        return {
            ok: false,
            status: 403,
            error: 'processing a document again needs edit on its collection',
        };
    if (stage !== 'text' && doc.status !== 'done')
        return {
            ok: false,
            status: 409,
            error: `only a processed document can be run again from "${stage}": run every stage (from "text")`,
        };
    if (!(await requeueDocument(ctx.archive.db, doc.id, stage, ctx.archive.config.jobAttempts)))
        return { ok: false, status: 409, error: 'the document is in the queue already' };
    return { ok: true, from: stage };
}
//# sourceMappingURL=reprocess.js.map