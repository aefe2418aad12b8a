// Access by collection in the routes: what the requesting user may read (store/access.ts), worked out
// once per request from the database, so grants and revocations count from the next request on.
// A document, page or person the user may not read answers 404, as one that does not exist: a 403
// would tell that it exists.
import type { Context } from 'hono';
import { getPerson, getVisiblePerson } from '../case/people.js';
import {
  accessFor,
  atLeast,
  canRead,
  collectionsOfDocuments,
  levelsFor,
  type Access,
} from '../store/access.js';
import type { Identity } from '../store/accounts.js';
import type { Document } from '../schema/tables.js';
import type { AppContext } from './context.js';
import { documentParam } from './params.js';

const perRequest = new WeakMap<object, Promise<Access>>();

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
 * Why the user may not record a decision about these people (and, for a split, this spelling), or
 * undefined when they may. A decision re-clusters people archive-wide: it changes each person in
 * every document that names them. So each person must be one the user can see (else 404, as for a
 * person that does not exist), and the user needs edit on the collection of every document naming
 * each of them, readable or not (else 403: a person also named where the user may not edit is left
 * to those who may, and the refusal names nothing of it). Admins may always.
 */
export async function peopleDecisionRefusal(
  c: Context,
  ctx: AppContext,
  keys: string[],
  variant?: string,
): Promise<{ status: 403 | 404; error: string } | undefined> {
  const user = c.get('user') as Identity;
  const access = await accessOf(c, ctx);
  const unseen = { status: 404 as const, error: 'no such person or spelling' };
  for (const key of keys) {
    const person = await getVisiblePerson(ctx.archive.db, key, access);
    if (!person) return unseen;
    if (variant !== undefined && !person.variants.includes(variant)) return unseen;
  }
  if (user.role === 'admin') return undefined;
  const levels = await levelsFor(ctx.archive.db, user, ctx.archive.config.defaultAccess);
  for (const key of keys) {
    const whole = await getPerson(ctx.archive.db, key);
    const collections = await collectionsOfDocuments(ctx.archive.db, whole?.documentIds ?? []);
    if (![...collections.values()].every((col) => atLeast(levels.get(col), 'edit')))
      return {
        status: 403,
        error:
          'merging or splitting people needs edit on every collection naming them; an admin can',
      };
  }
  return undefined;
}
