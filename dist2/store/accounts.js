// Accounts: users with a role, a password and API tokens, all secrets stored as argon2id hashes
// (@node-rs/argon2). A verified token is remembered for a few minutes by its SHA-256 in memory only,
// so an API call does not pay argon2's deliberate slowness every time.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { apiTokens, ROLES, users } from '../schema/tables.js';
export function isRole(value) {
    return ROLES.includes(value);
}
const secret = (bytes) => randomBytes(bytes).toString('base64url');
async function issueToken(db, userId, kind = 'api', ttlMs, label) {
    return (await newToken(db, userId, kind, ttlMs, label)).token;
}
async function newToken(db, userId, kind, ttlMs, label) {
    const lookup = randomBytes(8).toString('hex');
    const value = secret(32);
    const expiresAt = ttlMs ? new Date(Date.now() + ttlMs) : null;
    const [row] = await db
        .insert(apiTokens)
        .values({
        userId,
        lookup,
        secretHash: await hash(value),
        kind,
        expiresAt,
        label: label ?? null,
    })
        .returning({ id: apiTokens.id });
    return { id: row.id, token: `cf_${lookup}.${value}` };
}
/** A token's label from a request: 1–100 characters, no control characters; undefined if not one. */
export function tokenLabel(value) {
    if (typeof value !== 'string')
        return undefined;
    const label = value.trim();
    return label.length >= 1 && label.length <= 100 && !/[\u0000-\u001f\u007f]/.test(label)
        ? label
        : undefined;
}
/** A new API token for a user, under a label; the token is shown once and stored only as a hash. */
export async function createApiToken(db, userId, label) {
    return { ...(await newToken(db, userId, 'api', undefined, label)), label };
}
/** The API tokens (not browser sessions) of one user, or of everyone; newest first. */
export async function listTokens(db, userId) {
    return db
        .select({
        id: apiTokens.id,
        userId: apiTokens.userId,
        user: users.name,
        label: apiTokens.label,
        createdAt: apiTokens.createdAt,
        lastUsedAt: apiTokens.lastUsedAt,
    })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(and(eq(apiTokens.kind, 'api'), userId === undefined ? undefined : eq(apiTokens.userId, userId)))
        .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}
/**
 * Revokes an API token (of this user only, when `userId` is given): deleted, and forgotten by the
 * verification cache, so it stops working with the next request. False when there was none.
 */
export async function revokeToken(db, tokenId, userId) {
    const gone = await db
        .delete(apiTokens)
        .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.kind, 'api'), userId === undefined ? undefined : eq(apiTokens.userId, userId)))
        .returning({ id: apiTokens.id });
    for (const [key, v] of verified)
        if (v.tokenId === tokenId)
            verified.delete(key);
    return gone.length > 0;
}
/** A browser session lasts this long. */
export const SESSION_MS = 12 * 60 * 60 * 1000;
/** Checks a name and password; on success opens a session and returns its token (for the cookie). */
export async function login(db, name, password) {
    const [user] = await db.select().from(users).where(eq(users.name, name));
    // A missing user costs the same argon2 time as a wrong password: no telling which names exist.
    // A disabled user's hash is locked (see DISABLED): checked like a missing user, at the same cost.
    const usable = user && !user.passwordHash.startsWith(DISABLED) ? user : undefined;
    const ok = usable
        ? await verify(usable.passwordHash, password)
        : (await verify(DUMMY_HASH, password), false);
    if (!user || !ok)
        return undefined;
    return {
        identity: { id: user.id, name: user.name, role: user.role },
        session: await issueToken(db, user.id, 'session', SESSION_MS),
    };
}
export async function logout(db, token) {
    const m = TOKEN.exec(token);
    if (m)
        await db.delete(apiTokens).where(eq(apiTokens.lookup, m[1]));
    verified.delete(createHash('sha256').update(token).digest('hex'));
}
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$pqHQjec2UteLtK2kpT+4oA$btZG7JOQ8XMU1pA5W+VHFkn3hAxRbg0A24vH2oE+vSk';
/** Creates a user with a random password and a first API token; both are shown once and never stored. */
export async function addUser(db, name, role) {
    if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(name))
        throw new Error('a user name is 1–64 letters, digits, dots, dashes, underscores or @');
    const password = secret(18);
    const [user] = await db
        .insert(users)
        .values({ name, role, passwordHash: await hash(password) })
        .returning({ id: users.id });
    if (!user)
        throw new Error('user not created');
    return {
        name,
        role,
        password,
        token: await issueToken(db, user.id, 'api', undefined, 'first token'),
    };
}
export async function userCount(db) {
    const [row] = await db.select({ n: count() }).from(users);
    return Number(row?.n ?? 0);
}
const TOKEN = /^cf_([0-9a-f]{16})\.([A-Za-z0-9_-]{20,})$/;
const CACHE_MS = 5 * 60 * 1000;
const verified = new Map();
export async function authenticateToken(db, token) {
    const m = TOKEN.exec(token);
    if (!m)
        return undefined;
    const key = createHash('sha256').update(token).digest('hex');
    // The row is read every time, so a token revoked or deleted by any process (the CLI on the same
    // PostgreSQL, a disabled user) stops working at once; only argon2's verification is remembered.
    const [row] = await db
        .select({
        id: users.id,
        name: users.name,
        role: users.role,
        secretHash: apiTokens.secretHash,
        tokenId: apiTokens.id,
        expiresAt: apiTokens.expiresAt,
    })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(eq(apiTokens.lookup, m[1]));
    if (!row || (row.expiresAt && row.expiresAt.getTime() < Date.now())) {
        verified.delete(key);
        return undefined;
    }
    const identity = { id: row.id, name: row.name, role: row.role };
    const cached = verified.get(key);
    if (cached && cached.until > Date.now() && cached.tokenId === row.tokenId)
        return identity;
    if (!(await verify(row.secretHash, m[2])))
        return undefined;
    await db
        .update(apiTokens)
        .set({ lastUsedAt: sql `now()` })
        .where(eq(apiTokens.id, row.tokenId));
    verified.set(key, {
        identity,
        tokenId: row.tokenId,
        until: Math.min(Date.now() + CACHE_MS, row.expiresAt?.getTime() ?? Infinity),
    });
    return identity;
}
/**
 * A disabled user keeps their row (their decisions and uploads name them) but cannot log in: the
 * password hash is kept behind this prefix, as /etc/shadow locks an account with `!`, and every
 * token of theirs is deleted. No schema change: the prefix can never start an argon2 hash.
 */
const DISABLED = '!';
export async function listUsers(db) {
    const rows = await db
        .select({
        id: users.id,
        name: users.name,
        role: users.role,
        passwordHash: users.passwordHash,
        createdAt: users.createdAt,
        lastSeenAt: sql `max(${apiTokens.lastUsedAt})`,
    })
        .from(users)
        .leftJoin(apiTokens, eq(apiTokens.userId, users.id))
        .groupBy(users.id)
        .orderBy(users.name);
    return rows.map((r) => ({
        id: r.id,
        name: r.name,
        role: r.role,
        disabled: r.passwordHash.startsWith(DISABLED),
        createdAt: r.createdAt,
        lastSeenAt: r.lastSeenAt ? new Date(r.lastSeenAt) : null,
    }));
}
/** Forgets the remembered verifications of a user's tokens (after their tokens were deleted). */
function forgetVerified(userId) {
    for (const [key, v] of verified)
        if (v.identity.id === userId)
            verified.delete(key);
}
/** A new one-time password for a user (shown once); their open sessions end. Enables a disabled user. */
export async function resetPassword(db, userId) {
    const password = secret(18);
    const done = await db
        .update(users)
        .set({ passwordHash: await hash(password) })
        .where(eq(users.id, userId))
        .returning({ id: users.id });
    if (!done.length)
        return undefined;
    await db
        .delete(apiTokens)
        .where(and(eq(apiTokens.userId, userId), eq(apiTokens.kind, 'session')));
    forgetVerified(userId);
    return password;
}
/** Disables a user: no login, every token and session of theirs deleted at once. */
export async function disableUser(db, userId) {
    const [user] = await db
        .select({ hash: users.passwordHash })
        .from(users)
        .where(eq(users.id, userId));
    if (!user)
        return false;
    if (!user.hash.startsWith(DISABLED))
        await db
            .update(users)
            .set({ passwordHash: DISABLED + user.hash })
            .where(eq(users.id, userId));
    await db.delete(apiTokens).where(eq(apiTokens.userId, userId));
    forgetVerified(userId);
    return true;
}
const MIN_PASSWORD = 12;
/** The user's own change: the current password must be right; the new one is at least 12 characters. */
export async function changePassword(db, userId, current, next) {
    const [user] = await db
        .select({ hash: users.passwordHash })
        .from(users)
        .where(eq(users.id, userId));
    if (!user || user.hash.startsWith(DISABLED) || !(await verify(user.hash, current)))
        return 'wrong';
    if (next.length < MIN_PASSWORD || next.length > 1024)
        return 'weak';
    await db
        .update(users)
        .set({ passwordHash: await hash(next) })
        .where(eq(users.id, userId));
    return 'changed';
}
//# sourceMappingURL=accounts.js.map