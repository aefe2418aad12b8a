// The team over the API: an admin lists users, adds one (a one-time password and an API token,
// answered once), gives one a new one-time password, or disables one; every user changes their own
// password and keeps their own API tokens (list, add, revoke; an admin lists and revokes anyone's).
// Rows of the API table (api/routes.ts), behind the same authentication and CSRF checks.
import { changePassword, createApiToken, disableUser, listTokens, listUsers, resetPassword, revokeToken, tokenLabel, } from '../store/accounts.js';
import { addUserFrom, targetUser, userJson } from '../http/admin.js';
import { passwordBody, positiveInt, tokenBody, userBody, validJson } from '../http/params.js';
export const USER_ROUTES = [
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
        json: userBody,
        handler: async (c, ctx) => {
            const body = validJson(c, userBody);
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
            if (user === 'self')
                return c.json({ error: 'change your own password with POST /api/account/password' }, 400);
            if (!user)
                return c.json({ error: 'no such user' }, 404);
            return c.json({
                id: user.id,
                name: user.name,
                password: await resetPassword(ctx.archive.db, user.id),
            });
        },
    },
    {
        method: 'POST',
        path: '/api/users/:id/disable',
        permission: 'admin',
        handler: async (c, ctx) => {
            const user = await targetUser(c, ctx, c.get('user').id);
            if (user === 'self')
                return c.json({ error: 'an admin cannot disable themselves' }, 400);
            if (!user)
                return c.json({ error: 'no such user' }, 404);
            await disableUser(ctx.archive.db, user.id);
            return c.json({ id: user.id, name: user.name, disabled: true });
        },
    },
    {
        method: 'POST',
        path: '/api/account/password',
        permission: 'read',
        json: passwordBody,
        handler: async (c, ctx) => {
            const body = validJson(c, passwordBody);
            const r = await changePassword(ctx.archive.db, c.get('user').id, body.current, body.password);
            // 400, not 403: a 403 says the role may not.
            if (r === 'wrong')
                return c.json({ error: 'the current password is wrong' }, 400);
            if (r === 'weak')
                return c.json({ error: 'a password is at least 12 characters' }, 400);
            return c.json({ changed: true });
        },
    },
    {
        method: 'GET',
        path: '/api/account/tokens',
        permission: 'read',
        handler: async (c, ctx) => c.json({ tokens: (await listTokens(ctx.archive.db, c.get('user').id)).map(tokenJson) }),
    },
    {
        method: 'POST',
        path: '/api/account/tokens',
        permission: 'read',
        json: tokenBody,
        handler: async (c, ctx) => {
            const label = tokenLabel(validJson(c, tokenBody).label);
            if (!label)
                return c.json({ error: 'a token label is 1–100 characters, no control characters' }, 400);
            return c.json(await createApiToken(ctx.archive.db, c.get('user').id, label), 201);
        },
    },
    {
        method: 'DELETE',
        path: '/api/account/tokens/:id',
        permission: 'read',
        handler: async (c, ctx) => {
            const id = positiveInt(c.req.param('id'));
            // Another user's token answers as one that does not exist.
            if (id === undefined || !(await revokeToken(ctx.archive.db, id, c.get('user').id)))
                return c.json({ error: 'no such token' }, 404);
            return c.json({ id, revoked: true });
        },
    },
    {
        method: 'GET',
        path: '/api/tokens',
        permission: 'admin',
        handler: async (c, ctx) => c.json({ tokens: (await listTokens(ctx.archive.db)).map(tokenJson) }),
    },
    {
        method: 'DELETE',
        path: '/api/tokens/:id',
        permission: 'admin',
        handler: async (c, ctx) => {
            const id = positiveInt(c.req.param('id'));
            if (id === undefined || !(await revokeToken(ctx.archive.db, id)))
                return c.json({ error: 'no such token' }, 404);
            return c.json({ id, revoked: true });
        },
    },
];
/** A token as listed: never its secret. */
function tokenJson(t) {
    return {
        id: t.id,
        user: t.user,
        label: t.label,
        createdAt: t.createdAt,
        lastUsedAt: t.lastUsedAt,
    };
}
//# sourceMappingURL=users.js.map