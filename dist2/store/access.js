// Access by collection. Every document belongs to a collection (documents.collection; a document
// without one is in DEFAULT_COLLECTION). Admins read and change everything; every other user reaches
// a collection only through a grant (read, upload or edit, each including the ones before it), given
// to them or to a group they are in, or, for the default collection, through the configured default
// access (CASEFILE_DEFAULT_COLLECTION_ACCESS). Grants are read from the database on every request, so
// a grant or a revocation takes effect at once, with no restart.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { collectionGrants, documents, GRANT_LEVELS, groupMembers, groups, users, } from '../schema/tables.js';
/** The collection of documents that were given none. */
export const DEFAULT_COLLECTION = 'default';
export const ALL_ACCESS = { all: true };
export function isGrantLevel(value) {
    return typeof value === 'string' && GRANT_LEVELS.includes(value);
}
/** True when `level` allows what `needed` does (edit ⊇ upload ⊇ read). */
export function atLeast(level, needed) {
    return level !== undefined && GRANT_LEVELS.indexOf(level) >= GRANT_LEVELS.indexOf(needed);
}
const higher = (a, b) => (atLeast(a, b) ? a : b);
/** The collection a document is in. */
export function collectionOf(doc) {
    return doc.collection ?? DEFAULT_COLLECTION;
}
/** A collection name from a request: 1–200 characters, no control characters; undefined if not one. */
export function collectionName(value) {
    if (typeof value !== 'string')
        return undefined;
    const name = value.trim();
    return name.length >= 1 && name.length <= 200 && !/[\u0000-\u001f\u007f]/.test(name)
        ? name
        : undefined;
}
/** Each collection a user holds a grant on (theirs or a group's), with the highest level granted. */
async function grantedLevels(db, userId) {
    const rows = await db
        .select({ collection: collectionGrants.collection, level: collectionGrants.level })
        .from(collectionGrants)
        .where(or(eq(collectionGrants.userId, userId), inArray(collectionGrants.groupId, db
        .select({ id: groupMembers.groupId })
        .from(groupMembers)
        .where(eq(groupMembers.userId, userId)))));
    const out = new Map();
    for (const r of rows)
        out.set(r.collection, higher(out.get(r.collection), r.level));
    return out;
}
/** The level a user has on each collection they may reach (admins: see accessFor). */
export async function levelsFor(db, user, defaultAccess) {
    const levels = await grantedLevels(db, user.id);
    if (defaultAccess !== 'none')
        levels.set(DEFAULT_COLLECTION, higher(levels.get(DEFAULT_COLLECTION), defaultAccess));
    return levels;
}
export async function accessFor(db, user, defaultAccess) {
    if (user.role === 'admin')
        return ALL_ACCESS;
    return { all: false, collections: [...(await levelsFor(db, user, defaultAccess)).keys()].sort() };
}
/** The user's level on one collection; admins have every level everywhere. */
export async function levelOn(db, user, collection, defaultAccess) {
    if (user.role === 'admin')
        return 'edit';
    return (await levelsFor(db, user, defaultAccess)).get(collection);
}
export function canRead(access, doc) {
    return access.all || access.collections.includes(collectionOf(doc));
}
/** A condition on `documents` that holds for the documents the access reads (undefined: all). */
export function readableWhere(access) {
    if (access.all)
        return undefined;
    if (!access.collections.length)
        return sql `false`;
    return inArray(sql `coalesce(${documents.collection}, ${DEFAULT_COLLECTION})`, access.collections);
}
/** The readable ones among some documents. */
export async function readableDocumentIds(db, ids, access) {
    if (access.all || !ids.length)
        return new Set(ids);
    const unique = [...new Set(ids)];
    const out = new Set();
    for (let i = 0; i < unique.length; i += 5000) {
        const rows = await db
            .select({ id: documents.id })
            .from(documents)
            .where(and(inArray(documents.id, unique.slice(i, i + 5000)), readableWhere(access)));
        for (const r of rows)
            out.add(r.id);
    }
    return out;
}
/** Documents' collections, by id. */
export async function collectionsOfDocuments(db, ids) {
    if (!ids.length)
        return new Map();
    const rows = await db
        .select({ id: documents.id, collection: documents.collection })
        .from(documents)
        .where(inArray(documents.id, [...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, collectionOf(r)]));
}
/** Grants a collection to a user or a group at a level (replacing the level they had on it). */
export async function grantCollection(db, collection, to, level, grantedBy) {
    const values = {
        collection,
        level,
        grantedBy: grantedBy ?? null,
        ...('userId' in to ? { userId: to.userId } : { groupId: to.groupId }),
    };
    const target = 'userId' in to
        ? [collectionGrants.collection, collectionGrants.userId]
        : [collectionGrants.collection, collectionGrants.groupId];
    await db
        .insert(collectionGrants)
        .values(values)
        .onConflictDoUpdate({
        target,
        set: { level, grantedBy: grantedBy ?? null, createdAt: sql `now()` },
    });
}
/** Takes a user's or group's grant on a collection away; false when there was none. */
export async function revokeCollection(db, collection, from) {
    const who = 'userId' in from
        ? eq(collectionGrants.userId, from.userId)
        : eq(collectionGrants.groupId, from.groupId);
    const gone = await db
        .delete(collectionGrants)
        .where(and(eq(collectionGrants.collection, collection), who))
        .returning({ id: collectionGrants.id });
    return gone.length > 0;
}
/** Every grant (of one collection, if given), for the admin's pages. */
export async function listGrants(db, collection) {
    return db
        .select({
        collection: collectionGrants.collection,
        user: users.name,
        group: groups.name,
        level: collectionGrants.level,
    })
        .from(collectionGrants)
        .leftJoin(users, eq(users.id, collectionGrants.userId))
        .leftJoin(groups, eq(groups.id, collectionGrants.groupId))
        .where(collection === undefined ? undefined : eq(collectionGrants.collection, collection))
        .orderBy(asc(collectionGrants.collection), asc(users.name), asc(groups.name));
}
/** Every collection that holds documents or grants, with its number of documents. */
async function allCollections(db) {
    const rows = await db
        .select({
        collection: sql `coalesce(${documents.collection}, ${DEFAULT_COLLECTION})`,
        n: sql `count(*)::int`,
    })
        .from(documents)
        .groupBy(sql `1`);
    const out = new Map(rows.map((r) => [r.collection, Number(r.n)]));
    for (const g of await db
        .selectDistinct({ collection: collectionGrants.collection })
        .from(collectionGrants))
        if (!out.has(g.collection))
            out.set(g.collection, 0);
    return out;
}
/** The collections a user may read, with their level and number of documents (admins: all, at edit). */
export async function collectionsFor(db, user, defaultAccess) {
    const all = await allCollections(db);
    const levels = user.role === 'admin'
        ? new Map([...all.keys()].map((name) => [name, 'edit']))
        : await levelsFor(db, user, defaultAccess);
    return [...levels]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, level]) => ({ name, level, documents: all.get(name) ?? 0 }));
}
// Groups: a team granted collections together.
export async function createGroup(db, name) {
    const [row] = await db
        .insert(groups)
        .values({ name })
        .onConflictDoUpdate({ target: groups.name, set: { name } })
        .returning({ id: groups.id });
    return row.id;
}
export async function groupByName(db, name) {
    return (await db.select({ id: groups.id, name: groups.name }).from(groups).where(eq(groups.name, name)))[0];
}
export async function addGroupMember(db, groupId, userId) {
    await db.insert(groupMembers).values({ groupId, userId }).onConflictDoNothing();
}
export async function removeGroupMember(db, groupId, userId) {
    return ((await db
        .delete(groupMembers)
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
        .returning({ g: groupMembers.groupId })).length > 0);
}
export async function listGroups(db) {
    const rows = await db
        .select({ group: groups.name, member: users.name })
        .from(groups)
        .leftJoin(groupMembers, eq(groupMembers.groupId, groups.id))
        .leftJoin(users, eq(users.id, groupMembers.userId))
        .orderBy(asc(groups.name), asc(users.name));
    const out = new Map();
    for (const r of rows) {
        const list = out.get(r.group) ?? [];
        if (r.member)
            list.push(r.member);
        out.set(r.group, list);
    }
    return [...out].map(([name, members]) => ({ name, members }));
}
/** A user's id by name. */
export async function userIdByName(db, name) {
    return (await db.select({ id: users.id }).from(users).where(eq(users.name, name)))[0]?.id;
}
//# sourceMappingURL=access.js.map