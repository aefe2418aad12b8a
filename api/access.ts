// Access by collection in the routes: what the requesting user may read (store/access.ts), worked out
// once per request from the database, so grants and revocations count from the next request on.
// A document, page or person the user may not read answers 404, as one that does not exist: a 403
// would tell that it exists.
import type { Context } from 'hono';
import { accessFor, canRead, type Access } from '../store/access.js';
import type { AppContext } from './app.js';
import type { Identity } from '../store/accounts.js';

const perRequest = new WeakMap<object, Promise<Access>>();

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
export async function readable<T extends { collection: string | null }>(c: Context, ctx: AppContext, doc: T | undefined): Promise<T | undefined> {
  return doc && canRead(await accessOf(c, ctx), doc) ? doc : undefined;
}
