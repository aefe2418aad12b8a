// The team over the API: an admin lists users, adds one (a one-time password and an API token,
// answered once), gives one a new one-time password, or disables one; every user changes their own
// password. Routes of the one route table (app.ts), behind the same authentication and CSRF checks.
import type { Context } from 'hono';
import { addUser, changePassword, disableUser, isRole, listUsers, resetPassword, type UserRow } from '../store/accounts.js';
import type { AppContext, Route } from './app.js';
import { jsonBody, positiveInt } from './params.js';

export function userJson(u: UserRow) {
  return { id: u.id, name: u.name, role: u.role, disabled: u.disabled, createdAt: u.createdAt, lastSeenAt: u.lastSeenAt };
}

export type AddResult = { ok: true; created: { id: number; name: string; role: string; password: string; token: string } } | { ok: false; status: 400 | 409; error: string };

/** Adds a user from untrusted fields: the name's shape and the role are checked, a taken name refused. */
export async function addUserFrom(ctx: AppContext, name: unknown, role: unknown): Promise<AddResult> {
  if (typeof role !== 'string' || !isRole(role)) return { ok: false, status: 400, error: 'the role is one of admin, investigator, editor, fact-checker' };
  if (typeof name !== 'string' || !/^[\p{L}\p{N}._@-]{1,64}$/u.test(name)) return { ok: false, status: 400, error: 'a user name is 1–64 letters, digits, dots, dashes, underscores or @' };
  if ((await listUsers(ctx.archive.db)).some((u) => u.name === name)) return { ok: false, status: 409, error: `the name "${name}" is taken` };
  const made = await addUser(ctx.archive.db, name, role);
  const id = (await listUsers(ctx.archive.db)).find((u) => u.name === name)!.id;
  return { ok: true, created: { id, ...made } };
}

/** An admin acting on another user (never on themselves: they would lock themselves out). */
export async function targetUser(c: Context, ctx: AppContext, self: number): Promise<UserRow | 'self' | undefined> {
  const id = positiveInt(c.req.param('id'));
  if (id === undefined) return undefined;
  if (id === self) return 'self';
  return (await listUsers(ctx.archive.db)).find((u) => u.id === id);
}

export const USER_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/api/users',
    permission: 'admin',
    handler: async (c, ctx) => c.json({ users: (await listUsers(ctx.archive.db)).map(userJson) }),
  },
  {
    method: 'POST',
    path: '/api/users',
    permission: 'admin',
    handler: async (c, ctx) => {
      const body = await jsonBody(c);
      const r = await addUserFrom(ctx, body.name, body.role);
      return r.ok ? c.json(r.created, 201) : c.json({ error: r.error }, r.status);
    },
  },
  {
    method: 'POST',
    path: '/api/users/:id/password',
    permission: 'admin',
    handler: async (c, ctx) => {
      const user = await targetUser(c, ctx, c.get('user').id);
      if (user === 'self') return c.json({ error: 'change your own password with POST /api/account/password' }, 400);
      if (!user) return c.json({ error: 'no such user' }, 404);
      return c.json({ id: user.id, name: user.name, password: await resetPassword(ctx.archive.db, user.id) });
    },
  },
  {
    method: 'POST',
    path: '/api/users/:id/disable',
    permission: 'admin',
    handler: async (c, ctx) => {
      const user = await targetUser(c, ctx, c.get('user').id);
      if (user === 'self') return c.json({ error: 'an admin cannot disable themselves' }, 400);
      if (!user) return c.json({ error: 'no such user' }, 404);
      await disableUser(ctx.archive.db, user.id);
      return c.json({ id: user.id, name: user.name, disabled: true });
    },
  },
  {
    method: 'POST',
    path: '/api/account/password',
    permission: 'read',
    handler: async (c, ctx) => {
      const body = await jsonBody(c);
      const r = await changePassword(ctx.archive.db, c.get('user').id, String(body.current ?? ''), String(body.password ?? ''));
      // 400, not 403: a 403 says the role may not.
      if (r === 'wrong') return c.json({ error: 'the current password is wrong' }, 400);
      if (r === 'weak') return c.json({ error: 'a password is at least 12 characters' }, 400);
      return c.json({ changed: true });
    },
  },
];
