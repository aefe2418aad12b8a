// Collections over the API: every user lists the collections they may read; an admin grants and
// revokes them (to a user or a group) and keeps groups. Routes of the one route table (app.ts).
import type { Context } from 'hono';
import { getVisiblePerson } from '../case/people.js';
import {
  addGroupMember,
  atLeast,
  collectionName,
  collectionsFor,
  collectionsOfDocuments,
  createGroup,
  grantCollection,
  groupByName,
  isGrantLevel,
  levelsFor,
  listGrants,
  listGroups,
  removeGroupMember,
  revokeCollection,
  userIdByName,
  type Grantee,
} from '../store/access.js';
import type { Identity } from '../store/accounts.js';
import type { AppContext, Route } from './app.js';
import { accessOf } from './access.js';
import { jsonBody } from './params.js';

/**
 * May the user record a decision about these people (and, for a split, this spelling)? Each must be
 * one they can see (else 404, as for a person that does not exist), and they need edit on a
 * collection of each person's documents they can see; admins may always.
 */
export async function mayEditPeople(c: Context, ctx: AppContext, keys: string[], variant?: string): Promise<boolean> {
  const user = c.get('user') as Identity;
  const access = await accessOf(c, ctx);
  const levels = user.role === 'admin' ? undefined : await levelsFor(ctx.archive.db, user, ctx.archive.config.defaultAccess);
  for (const key of keys) {
    const person = await getVisiblePerson(ctx.archive.db, key, access);
    if (!person) return false;
    if (variant !== undefined && !person.variants.includes(variant)) return false;
    if (!levels) continue;
    const collections = await collectionsOfDocuments(ctx.archive.db, person.documentIds);
    if (![...collections.values()].some((col) => atLeast(levels.get(col), 'edit'))) return false;
  }
  return true;
}

type Resolved = { ok: true; collection: string; grantee: Grantee; label: string } | { ok: false; status: 400 | 404; error: string };

/** The collection of the path and the user or group of a body, checked. */
export async function granteeFrom(ctx: AppContext, rawCollection: string, body: Record<string, unknown>): Promise<Resolved> {
  const collection = collectionName(rawCollection);
  if (!collection) return { ok: false, status: 400, error: 'not a collection name' };
  if (typeof body.user === 'string' && body.user) {
    const id = await userIdByName(ctx.archive.db, body.user);
    return id === undefined ? { ok: false, status: 404, error: `no user "${body.user}"` } : { ok: true, collection, grantee: { userId: id }, label: body.user };
  }
  if (typeof body.group === 'string' && body.group) {
    const group = await groupByName(ctx.archive.db, body.group);
    return group ? { ok: true, collection, grantee: { groupId: group.id }, label: body.group } : { ok: false, status: 404, error: `no group "${body.group}"` };
  }
  return { ok: false, status: 400, error: 'name a "user" or a "group"' };
}

const groupName = (v: unknown) => (typeof v === 'string' && /^[\p{L}\p{N}._@ -]{1,64}$/u.test(v) ? v : undefined);

/** The group named in the address and the user named in the body (a name), each undefined when unknown. */
async function memberParams(c: Context, ctx: AppContext) {
  const group = await groupByName(ctx.archive.db, c.req.param('name') ?? '');
  const user = (await jsonBody(c)).user;
  const userId = typeof user === 'string' ? await userIdByName(ctx.archive.db, user) : undefined;
  return { group, user, userId };
}

export const COLLECTION_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/api/collections',
    permission: 'read',
    handler: async (c, ctx) => {
      const user = c.get('user');
      const collections = await collectionsFor(ctx.archive.db, user, ctx.archive.config.defaultAccess);
      // Admins see who holds each collection too; nobody else learns of others' grants.
      if (user.role !== 'admin') return c.json({ collections });
      const grants = await listGrants(ctx.archive.db);
      return c.json({ collections: collections.map((col) => ({ ...col, grants: grants.filter((g) => g.collection === col.name).map(({ user, group, level }) => ({ user, group, level })) })), groups: await listGroups(ctx.archive.db) });
    },
  },
  {
    method: 'POST',
    path: '/api/collections/:name/grants',
    permission: 'admin',
    handler: async (c, ctx) => {
      const body = await jsonBody(c);
      if (!isGrantLevel(body.level)) return c.json({ error: '"level" is one of read, upload, edit' }, 400);
      const r = await granteeFrom(ctx, c.req.param('name') ?? '', body);
      if (!r.ok) return c.json({ error: r.error }, r.status);
      await grantCollection(ctx.archive.db, r.collection, r.grantee, body.level, c.get('user').id);
      return c.json({ collection: r.collection, ...('userId' in r.grantee ? { user: r.label } : { group: r.label }), level: body.level }, 201);
    },
  },
  {
    method: 'DELETE',
    path: '/api/collections/:name/grants',
    permission: 'admin',
    handler: async (c, ctx) => {
      const body = await jsonBody(c);
      const r = await granteeFrom(ctx, c.req.param('name') ?? '', body);
      if (!r.ok) return c.json({ error: r.error }, r.status);
      const revoked = await revokeCollection(ctx.archive.db, r.collection, r.grantee);
      return revoked ? c.json({ collection: r.collection, ...('userId' in r.grantee ? { user: r.label } : { group: r.label }), revoked: true }) : c.json({ error: 'no such grant' }, 404);
    },
  },
  {
    method: 'POST',
    path: '/api/groups',
    permission: 'admin',
    handler: async (c, ctx) => {
      const name = groupName((await jsonBody(c)).name);
      if (!name) return c.json({ error: 'a group name is 1–64 letters, digits, spaces, dots, dashes, underscores or @' }, 400);
      return c.json({ id: await createGroup(ctx.archive.db, name), name }, 201);
    },
  },
  {
    method: 'POST',
    path: '/api/groups/:name/members',
    permission: 'admin',
    handler: async (c, ctx) => {
      const { group, user, userId } = await memberParams(c, ctx);
      if (!group || userId === undefined) return c.json({ error: 'no such group or user' }, 404);
      await addGroupMember(ctx.archive.db, group.id, userId);
      return c.json({ group: group.name, user, member: true });
    },
  },
  {
    method: 'DELETE',
    path: '/api/groups/:name/members',
    permission: 'admin',
    handler: async (c, ctx) => {
      const { group, user, userId } = await memberParams(c, ctx);
      if (!group || userId === undefined || !(await removeGroupMember(ctx.archive.db, group.id, userId))) return c.json({ error: 'no such group member' }, 404);
      return c.json({ group: group.name, user, member: false });
    },
  },
];
