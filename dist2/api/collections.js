import { addGroupMember, collectionsFor, createGroup, grantCollection, groupByName, isGrantLevel, listGrants, listGroups, removeGroupMember, revokeCollection, userIdByName, } from '../store/access.js';
import { granteeFrom, groupName } from '../http/admin.js';
import { grantBody, groupBody, memberBody, validJson } from '../http/params.js';
/** The group named in the address and the user named in the body (a name), each undefined when unknown. */
async function memberParams(c, ctx) {
    const group = await groupByName(ctx.archive.db, c.req.param('name') ?? '');
    const user = validJson(c, memberBody).user;
    const userId = user !== undefined ? await userIdByName(ctx.archive.db, user) : undefined;
    return { group, user, userId };
}
export const COLLECTION_ROUTES = [
    {
        method: 'GET',
        path: '/api/collections',
        permission: 'read',
        handler: async (c, ctx) => {
            const user = c.get('user');
            const collections = await collectionsFor(ctx.archive.db, user, ctx.archive.config.defaultAccess);
            // Admins see who holds each collection too; nobody else learns of others' grants.
            if (user.role !== 'admin')
                return c.json({ collections });
            const grants = await listGrants(ctx.archive.db);
            return c.json({
                collections: collections.map((col) => ({
                    ...col,
                    grants: grants
                        .filter((g) => g.collection === col.name)
                        .map(({ user, group, level }) => ({ user, group, level })),
                })),
                groups: await listGroups(ctx.archive.db),
            });
        },
    },
    {
        method: 'POST',
        path: '/api/collections/:name/grants',
        permission: 'admin',
        json: grantBody,
        handler: async (c, ctx) => {
            const body = validJson(c, grantBody);
            if (!isGrantLevel(body.level))
                return c.json({ error: '"level" is one of read, upload, edit' }, 400);
            const r = await granteeFrom(ctx, c.req.param('name') ?? '', body);
            if (!r.ok)
                return c.json({ error: r.error }, r.status);
            await grantCollection(ctx.archive.db, r.collection, r.grantee, body.level, c.get('user').id);
            return c.json({
                collection: r.collection,
                ...('userId' in r.grantee ? { user: r.label } : { group: r.label }),
                level: body.level,
            }, 201);
        },
    },
    {
        method: 'DELETE',
        path: '/api/collections/:name/grants',
        permission: 'admin',
        json: grantBody,
        handler: async (c, ctx) => {
            const body = validJson(c, grantBody);
            const r = await granteeFrom(ctx, c.req.param('name') ?? '', body);
            if (!r.ok)
                return c.json({ error: r.error }, r.status);
            const revoked = await revokeCollection(ctx.archive.db, r.collection, r.grantee);
            return revoked
                ? c.json({
                    collection: r.collection,
                    ...('userId' in r.grantee ? { user: r.label } : { group: r.label }),
                    revoked: true,
                })
                : c.json({ error: 'no such grant' }, 404);
        },
    },
    {
        method: 'POST',
        path: '/api/groups',
        permission: 'admin',
        json: groupBody,
        handler: async (c, ctx) => {
            const name = groupName.safeParse(validJson(c, groupBody).name).data;
            if (!name)
                return c.json({ error: 'a group name is 1–64 letters, digits, spaces, dots, dashes, underscores or @' }, 400);
            return c.json({ id: await createGroup(ctx.archive.db, name), name }, 201);
        },
    },
    {
        method: 'POST',
        path: '/api/groups/:name/members',
        permission: 'admin',
        json: memberBody,
        handler: async (c, ctx) => {
            const { group, user, userId } = await memberParams(c, ctx);
            if (!group || userId === undefined)
                return c.json({ error: 'no such group or user' }, 404);
            await addGroupMember(ctx.archive.db, group.id, userId);
            return c.json({ group: group.name, user, member: true });
        },
    },
    {
        method: 'DELETE',
        path: '/api/groups/:name/members',
        permission: 'admin',
        json: memberBody,
        handler: async (c, ctx) => {
            const { group, user, userId } = await memberParams(c, ctx);
            if (!group ||
                userId === undefined ||
                !(await removeGroupMember(ctx.archive.db, group.id, userId)))
                return c.json({ error: 'no such group member' }, 404);
            return c.json({ group: group.name, user, member: false });
        },
    },
];
//# sourceMappingURL=collections.js.map