// The processing queue over the API, for the roles that upload: documents being read, waiting and
// failed, with progress, tries and reasons (the web page is /queue).
import { processingQueue } from '../store/queue.js';
import { accessOf } from '../http/access.js';
import { documentSummary } from '../http/params.js';
function entryJson(e) {
    return {
        ...documentSummary(e.document),
        attempts: e.attempts,
        maxAttempts: e.maxAttempts,
        runAt: e.runAt,
        lastError: e.lastError,
    };
}
export const QUEUE_ROUTES = [
    {
        method: 'GET',
        path: '/api/queue',
        permission: 'upload',
        handler: async (c, ctx) => {
            const q = await processingQueue(ctx.archive.db, await accessOf(c, ctx));
            return c.json({
                processing: q.processing.map(entryJson),
                queued: q.queued.map(entryJson),
                failed: q.failed.map(entryJson),
            });
        },
    },
];
//# sourceMappingURL=queue.js.map