// Access by collection in the routes: what the requesting user may read (store/access.ts), worked out
// once per request from the database, so grants and revocations count from the next request on.
// A document, page or person the user may not read answers 404, as one that does not exist: a 403
// would tell that it exists.
import type { Context } from 'hono';
import { getVisiblePerson, type PeopleAsRead } from '../case/people.js';
import { accessFor, atLeast, canRead, levelsFor, type Access } from '../store/access.js';
import type { DecisionScope } from '../store/people.js';
import type { Identity } from '../store/accounts.js';
import type { Document } from '../schema/tables.js';
import type { AppContext } from './context.js';
import { documentParam } from './params.js';

const perRequest = new WeakMap<object, Promise<Access>>();

/**
 * The people as the request's user sees them when they may read only some collections: clustered
 * from those collections' mentions alone (ingest/people/as-read.ts). Undefined for a reader of all,
 * who sees the archive's people.
 */
export async function peopleAsReadOf(
  c: Context,
  ctx: AppContext,
): Promise<PeopleAsRead | undefined> {
  const access = await accessOf(c, ctx);
  if (access.all) return undefined;
  if (!ctx.peopleAsRead) throw new Error('people as read: not given by server/');
  return ctx.peopleAsRead(ctx.archive.db, access);
}

/** The collections the request's user may read (the user set by authentication). */
export function accessOf(c: Context, ctx: AppContext): Promise<Access> {
  let access = perRequest.get(c.req.raw);
  if (!access) {
    const user = c.get('user') as Identity;
    access = accessFor(ctx.archive.db, user, ctx.archive.config.defaultAccess);
    perRequest.set(c.req.raw, access);
  }
  return access;
}

/** The document if the user may read it; undefined (the route answers 404) otherwise. */
export async function readable<T extends { collection: string | null }>(
  c: Context,
  ctx: AppContext,
  doc: T | undefined,
): Promise<T | undefined> {
  return doc && canRead(await accessOf(c, ctx), doc) ? doc : undefined;
}

/**
 * The document of the route's `:id` when the user may read it; otherwise the API's answer, a 404
 * `{ error: "no such document" }` the same for a malformed id, an unknown document and one of a
 * collection the user may not read. The API's routes on one document begin with it:
 * `const doc = await readableDocument(c, ctx); if (doc instanceof Response) return doc;`
 */
export async function readableDocument(c: Context, ctx: AppContext): Promise<Document | Response> {
  const doc = await readable(c, ctx, await documentParam(c, ctx.archive.db));
  return doc ?? c.json({ error: 'no such document' }, 404);
}

/**
 * Where the user's decision about these people (and, for a split, this spelling) holds, or why they
 * may not make it. Each person must be one the user can see (else 404, as for a person that does not
 * exist). An admin's decision holds everywhere (no scope). Anyone else's holds in the collections
 * they may edit: it moves only the mentions of those collections' documents, so people named
 * elsewhere stay as the readers there see them. It needs each person named, and a split's spelling
 * written, in a document the user may edit (else 403). Whether collections the user may not read
 * name them changes nothing of the answer: nothing of those is looked at.
 */
export async function peopleDecisionScope(
  c: Context,
  ctx: AppContext,
  keys: string[],
  variant?: string,
): Promise<{ refused: { status: 403 | 404; error: string } } | { scope?: DecisionScope }> {
  const user = c.get('user') as Identity;
  const access = await accessOf(c, ctx);
  const unseen = { refused: { status: 404 as const, error: 'no such person or spelling' } };
  for (const key of keys) {
    const person = await getVisiblePerson(ctx.archive.db, key, access);
    if (!person) return unseen;
    if (variant !== undefined && !person.variants.includes(variant)) return unseen;
  }
  if (user.role === 'admin') return {};
  const levels = await levelsFor(ctx.archive.db, user, ctx.archive.config.defaultAccess);
  const editable = [...levels.entries()]
    .filter(([, level]) => atLeast(level, 'edit'))
    .map(([collection]) => collection)
    .sort();
  const scope = { collections: editable };
  for (const key of keys) {
    const here = await getVisiblePerson(ctx.archive.db, key, { all: false, collections: editable });
    if (!here || (variant !== undefined && !here.variants.includes(variant)))
      return {
        refused: {
          status: 403,
          error:
            variant === undefined
              ? 'merging people needs edit on a collection naming each of them'
              : 'splitting a spelling off needs edit on a collection writing it',
        },
      };
  }
  return { scope };
}
