import { z } from 'zod';
import { ROLES } from '../schema/tables.js';
import { collectionName, groupByName, userIdByName } from '../store/access.js';
import { addUser, listUsers } from '../store/accounts.js';
import { positiveInt } from './params.js';
/** A user's name and role; the role is checked first. */
const newUser = z.object({
    role: z.enum(ROLES, { error: 'the role is one of admin, investigator, editor, fact-checker' }),
    name: z
        .string({ error: 'a user name is 1–64 letters, digits, dots, dashes, underscores or @' })
        .regex(/^[\p{L}\p{N}._@-]{1,64}$/u, {
        error: 'a user name is 1–64 letters, digits, dots, dashes, underscores or @',
    }),
});
/** A group's name. */
export const groupName = z.string().regex(/^[\p{L}\p{N}._@ -]{1,64}$/u);
export function userJson(u) {
    return {
        id: u.id,
        name: u.name,
        role: u.role,
        disabled: u.disabled,
        createdAt: u.createdAt,
        lastSeenAt: u.lastSeenAt,
    };
}
/** Adds a user from untrusted fields: the role and the name's shape are checked (400), a taken name refused (409). */
export async function addUserFrom(ctx, name, role) {
    const fields = newUser.safeParse({ name, role });
    if (!fields.success)
        return { ok: false, status: 400, error: fields.error.issues[0].message };
    const user = fields.data;
    if ((await listUsers(ctx.archive.db)).some((u) => u.name === user.name))
        return { ok: false, status: 409, error: `the name "${user.name}" is taken` };
    const made = await addUser(ctx.archive.db, user.name, user.role);
    const id = (await listUsers(ctx.archive.db)).find((u) => u.name === user.name).id;
    return { ok: true, created: { id, ...made } };
}
/** The user of the path's `:id` an admin acts on: 'self' for themselves (they would lock themselves out), undefined for none. */
export async function targetUser(c, ctx, self) {
    const id = positiveInt(c.req.param('id'));
    if (id === undefined)
        return undefined;
    if (id === self)
        return 'self';
    return (await listUsers(ctx.archive.db)).find((u) => u.id === id);
}
/** The collection (of the path or a form) and the user or group named, checked: 400 for a malformed one, 404 for one that does not exist. */
export async function granteeFrom(ctx, rawCollection, named) {
    const collection = collectionName(rawCollection);
    if (!collection)
        return { ok: false, status: 400, error: 'not a collection name' };
    if (named.user) {
        const id = await userIdByName(ctx.archive.db, named.user);
        return id === undefined
            ? { ok: false, status: 404, error: `no user "${named.user}"` }
            : { ok: true, collection, grantee: { userId: id }, label: named.user };
    }
    if (named.group) {
        const group = await groupByName(ctx.archive.db, named.group);
        return group
            ? { ok: true, collection, grantee: { groupId: group.id }, label: named.group }
            : { ok: false, status: 404, error: `no group "${named.group}"` };
    }
    return { ok: false, status: 400, error: 'name a "user" or a "group"' };
}
//# sourceMappingURL=admin.js.map