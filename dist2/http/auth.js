import { bearerAuth } from 'hono/bearer-auth';
import { every, except, some } from 'hono/combine';
import { getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { authenticateToken } from '../store/accounts.js';
import { allowed } from './permissions.js';
export const SESSION_COOKIE = 'casefile_session';
/** A request that names a bearer token is judged by it alone, never by a cookie beside it. */
const BEARER = /^Bearer\s+\S+$/i;
const SAFE_METHOD = /^(GET|HEAD|OPTIONS)$/;
function jsonError(status, error, headers = {}) {
    return new Response(JSON.stringify({ error }), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
    });
}
/**
 * The user of the request, by API token or session cookie; set as `user` (and `authBy`). Without
 * one, an API route answers 401 (WWW-Authenticate: Bearer, JSON { error }) and a web page (`web`)
 * redirects to the login form, which returns to the page.
 */
export function authenticate(ctx, opts = {}) {
    const byToken = bearerAuth({
        verifyToken: async (token, c) => {
            const user = await authenticateToken(ctx.archive.db, token);
            if (user)
                signIn(c, user, 'bearer');
            return user !== undefined;
        },
    });
    const byCookie = async (c, next) => {
        const token = BEARER.test(c.req.header('authorization') ?? '')
            ? undefined
            : getCookie(c, SESSION_COOKIE);
        const user = token ? await authenticateToken(ctx.archive.db, token) : undefined;
        if (!user)
            throw new HTTPException(opts.web ? 303 : 401, {
                res: opts.web
                    ? toLogin(c)
                    : jsonError(401, 'authentication required', { 'WWW-Authenticate': 'Bearer' }),
            });
        signIn(c, user, 'cookie');
        await next();
    };
    // When both fail, some() throws the last error: the cookie's, which answers as above.
    return some(byToken, byCookie);
}
function signIn(c, user, authBy) {
    c.set('user', user);
    c.set('authBy', authBy);
}
function toLogin(c) {
    const next = c.req.path + (new URL(c.req.url).search || '');
    return new Response(null, {
        status: 303,
        headers: { location: `/login?next=${encodeURIComponent(next)}` },
    });
}
/**
 * An unsafe request (not GET, HEAD or OPTIONS) must come from this server's own origin: its Origin
 * header, or, when a browser sends none or "null" (a form post may), its Sec-Fetch-Site. Hono's csrf()
 * checks only form posts; this checks every unsafe request, JSON ones included. Refused: 403.
 */
const sameOrigin = async (c, next) => {
    if (!SAFE_METHOD.test(c.req.method)) {
        const origin = c.req.header('origin');
        const same = origin && origin !== 'null'
            ? origin === new URL(c.req.url).origin
            : c.req.header('sec-fetch-site') === 'same-origin';
        if (!same)
            throw new HTTPException(403, { res: jsonError(403, 'cross-site request refused') });
    }
    await next();
};
/** Hono's csrf() and sameOrigin together; either refusing answers 403 JSON { error }. */
export function crossSiteGuard() {
    const checks = every(csrf(), sameOrigin);
    return async (c, next) => {
        let passed = false;
        try {
            await checks(c, async () => {
                passed = true;
            });
        }
        catch (err) {
            if (!(err instanceof HTTPException))
                throw err;
        }
        if (!passed)
            return c.json({ error: 'cross-site request refused' }, 403);
        await next();
    };
}
/** The cross-site checks for requests authenticated by the session cookie; bearer-token ones pass. */
export function cookieCrossSiteGuard() {
    return except((c) => c.get('authBy') !== 'cookie', crossSiteGuard());
}
/**
 * The user's role must hold `permission` (http/permissions.ts); otherwise 403, JSON { error } unless
 * `forbidden` answers (a web page says so in HTML).
 */
export function requirePermission(permission, forbidden) {
    return async (c, next) => {
        const user = c.get('user');
        if (!allowed(user.role, permission))
            return forbidden
                ? forbidden(c, user, permission)
                : c.json({ error: `the role ${user.role} may not ${permission}` }, 403);
        await next();
    };
}
//# sourceMappingURL=auth.js.map