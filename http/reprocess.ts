// Processing a document again, on demand, the same for the API and the document page: the user
// needs edit on the document's collection (admins have it everywhere); the document goes back into
// the durable queue, from a chosen stage (every stage from the stored original by default), and the
// workers re-run it there. Its stored citations are re-verified on the way (ingest/pipeline.ts).
import type { Context } from 'hono';
import { REPROCESS_STAGES, type Document, type ReprocessStage } from '../schema/tables.js';
import { atLeast, collectionOf, levelOn } from '../store/access.js';
import { requeueDocument } from '../store/jobs.js';
import type { AppContext, Env } from './context.js';

type ReprocessOutcome =
  { ok: true; from: ReprocessStage } | { ok: false; status: 400 | 403 | 409; error: string };

function isReprocessStage(value: unknown): value is ReprocessStage {
  return typeof value === 'string' && (REPROCESS_STAGES as readonly string[]).includes(value);
}

/** Puts a readable document back into the queue from `from` (undefined or empty: every stage). */
export async function reprocess(
  c: Context<Env>,
  ctx: AppContext,
  doc: Document,
  from: unknown,
): Promise<ReprocessOutcome> {
  const stage = from === undefined || from === '' ? 'text' : from;
  if (!isReprocessStage(stage))
    return { ok: false, status: 400, error: `"from" is one of ${REPROCESS_STAGES.join(', ')}` };
  const level = await levelOn(
    ctx.archive.db,
    c.get('user'),
    collectionOf(doc),
    ctx.archive.config.defaultAccess,
  );
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
