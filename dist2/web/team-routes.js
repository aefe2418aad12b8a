import { jsx as _jsx } from "hono/jsx/jsx-runtime";
import { granteeFrom, groupName } from '../http/admin.js';
import { positiveInt, tokenForm, validForm } from '../http/params.js';
import { addGroupMember, createGroup, grantCollection, groupByName, isGrantLevel, listGrants, listGroups, removeGroupMember, revokeCollection, userIdByName, } from '../store/access.js';
import { createApiToken, listTokens, listUsers, revokeToken, tokenLabel, } from '../store/accounts.js';
import { z } from 'zod';
import { AccountPage, UsersPage } from './users.js';
/** The admin's page: users and their grants, groups, every API token; with what a form just did. */
export async function usersPage(c, ctx, extra = {}, status = 200) {
    return c.html(_jsx(UsersPage, { user: c.get('user'), users: await listUsers(ctx.archive.db), grants: await listGrants(ctx.archive.db), groups: await listGroups(ctx.archive.db), tokens: await listTokens(ctx.archive.db), shown: extra.shown, error: extra.error }), status);
}
/** The user's own page: name, role, password form, their API tokens. */
export async function accountPage(c, ctx, extra = {}, status = 200) {
    const user = c.get('user');
    return c.html(_jsx(AccountPage, { user: user, tokens: await listTokens(ctx.archive.db, user.id), newToken: extra.newToken, message: extra.message, error: extra.error }), status);
}
const field = z.unknown().optional();
const str = field.transform((v) => (typeof v === 'string' ? v : ''));
/** A group by name (the create form). */
const groupForm = z.object({ name: str });
/** A member of a group: the group and the user by name. */
const memberForm = z.object({ group: str, user: str });
/** A group's grant (or its revocation): the group, the collection, the level. */
const groupGrantForm = z.object({ group: str, collection: str, level: field });
/** The group and user of a member form; an error for the admin's page when either is unknown. */
async function memberOf(ctx, form) {
    const group = await groupByName(ctx.archive.db, form.group);
    const userId = await userIdByName(ctx.archive.db, form.user);
    return group && userId !== undefined ? { groupId: group.id, userId } : undefined;
}
export const TEAM_ROUTES = [
    {
        method: 'POST',
        path: '/account/tokens',
        permission: 'read',
        web: true,
        form: tokenForm,
        handler: async (c, ctx) => {
            const label = tokenLabel(validForm(c, tokenForm).label);
            if (!label)
                return accountPage(c, ctx, { error: 'A token label is 1–100 characters, no control characters.' }, 400);
            const made = await createApiToken(ctx.archive.db, c.get('user').id, label);
            return accountPage(c, ctx, { newToken: made });
        },
    },
    {
        method: 'POST',
        path: '/account/tokens/:id/revoke',
        permission: 'read',
        web: true,
        handler: async (c, ctx) => {
            const id = positiveInt(c.req.param('id'));
            // Someone else's token answers as one that does not exist.
            if (id === undefined || !(await revokeToken(ctx.archive.db, id, c.get('user').id)))
                return accountPage(c, ctx, { error: 'No such token.' }, 404);
            return c.redirect('/account', 303);
        },
    },
    {
        method: 'POST',
        path: '/admin/tokens/:id/revoke',
        permission: 'admin',
        web: true,
        handler: async (c, ctx) => {
            const id = positiveInt(c.req.param('id'));
            if (id === undefined || !(await revokeToken(ctx.archive.db, id)))
                return usersPage(c, ctx, { error: 'No such token.' }, 404);
            return c.redirect('/admin/users', 303);
        },
    },
    {
        method: 'POST',
        path: '/admin/groups',
        permission: 'admin',
        web: true,
        form: groupForm,
        handler: async (c, ctx) => {
            const name = groupName.safeParse(validForm(c, groupForm).name.trim()).data;
            if (!name)
                return usersPage(c, ctx, {
                    error: 'A group name is 1–64 letters, digits, spaces, dots, dashes, underscores or @.',
                }, 400);
            if (await groupByName(ctx.archive.db, name))
                return usersPage(c, ctx, { error: `The group "${name}" exists.` }, 409);
            await createGroup(ctx.archive.db, name);
            return c.redirect('/admin/users', 303);
        },
    },
    {
        method: 'POST',
        path: '/admin/groups/members',
        permission: 'admin',
        web: true,
        form: memberForm,
        handler: async (c, ctx) => {
            const m = await memberOf(ctx, validForm(c, memberForm));
            if (!m)
                return usersPage(c, ctx, { error: 'No such group or user.' }, 404);
            await addGroupMember(ctx.archive.db, m.groupId, m.userId);
            return c.redirect('/admin/users', 303);
        },
    },
    {
        method: 'POST',
        path: '/admin/groups/members/remove',
        permission: 'admin',
        web: true,
        form: memberForm,
        handler: async (c, ctx) => {
            const m = await memberOf(ctx, validForm(c, memberForm));
            if (!m || !(await removeGroupMember(ctx.archive.db, m.groupId, m.userId)))
                return usersPage(c, ctx, { error: 'No such group member.' }, 404);
            return c.redirect('/admin/users', 303);
        },
    },
    {
        method: 'POST',
        path: '/admin/groups/grants',
        permission: 'admin',
        web: true,
        form: groupGrantForm,
        handler: async (c, ctx) => {
            const form = validForm(c, groupGrantForm);
            if (!isGrantLevel(form.level))
                return usersPage(c, ctx, { error: 'The level is one of read, upload, edit.' }, 400);
            const r = await granteeFrom(ctx, form.collection, { group: form.group });
            if (!r.ok)
                return usersPage(c, ctx, { error: r.error }, r.status);
            await grantCollection(ctx.archive.db, r.collection, r.grantee, form.level, c.get('user').id);
            return c.redirect('/admin/users', 303);
        },
    },
    {
        method: 'POST',
        path: '/admin/groups/grants/revoke',
        permission: 'admin',
        web: true,
        form: groupGrantForm,
        handler: async (c, ctx) => {
            const form = validForm(c, groupGrantForm);
            const r = await granteeFrom(ctx, form.collection, { group: form.group });
            if (!r.ok)
                return usersPage(c, ctx, { error: r.error }, r.status);
            if (!(await revokeCollection(ctx.archive.db, r.collection, r.grantee)))
                return usersPage(c, ctx, { error: 'No such grant.' }, 404);
            return c.redirect('/admin/users', 303);
        },
    },
];
//# sourceMappingURL=team-routes.js.map