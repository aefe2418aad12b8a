// The one server: the API's routes (api/) and the web UI's (web/), registered from one table behind the
// same middleware, so that no route can be forgotten: every row names the permission it needs.
//   public:     [bodyLimit] → crossSiteGuard (csrf + sameOrigin) on unsafe requests (the login form)
//               → schemas → handler
//   otherwise:  [bodyLimit] → authenticate (bearerAuth or the session cookie, with some()) →
//               csrf + sameOrigin for cookies → requirePermission → schemas (zValidator) → handler
// Streamed uploads skip the body limit: intake enforces the file size limit as it writes.
// Searches (routes marked `queued`) first wait for one of a few slots (http/gate.ts), before all that.
import { mergePeople, splitVariant } from '../ingest/people/decisions.js';
import { peopleAsRead } from '../ingest/people/as-read.js';
import { textLayerWords } from '../ingest/text/pdf.js';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { zValidator } from '@hono/zod-validator';
import type { ZodType } from 'zod';
import { API_ROUTES } from '../api/routes.js';
import {
  authenticate,
  cookieCrossSiteGuard,
  crossSiteGuard,
  requirePermission,
} from '../http/auth.js';
import { requestGate, SEARCH_SLOTS } from '../http/gate.js';
import type { AppContext, Env, Route } from '../http/context.js';
import { MORE_WEB_ROUTES } from '../web/more-routes.js';
import { forbiddenPage, notFound, WEB_ROUTES } from '../web/routes.js';
import { TEAM_ROUTES } from '../web/team-routes.js';

type Handler = (c: Context<Env>) => Response | Promise<Response>;

/** Every route of the server, API and web: the table the authorization tests walk. */
export const ALL_ROUTES: Route[] = [
  ...API_ROUTES,
  ...WEB_ROUTES,
  ...MORE_WEB_ROUTES,
  ...TEAM_ROUTES,
];

/** A request body larger than this is refused (413) before it is read, uploads (streamed) aside. */
const MAX_BODY_BYTES = 1024 * 1024;

/** A schema's check of one part of the request: the first issue's message, 400 (`route.invalid` renders it for a web page). */
function validate(
  target: 'query' | 'json' | 'form',
  schema: ZodType,
  route: Route,
): MiddlewareHandler<Env> {
  const answer = (
    result: { success: boolean; error?: { issues: Array<{ message: string }> } },
    c: Context<Env>,
  ) => {
    if (result.success) return;
    const message = result.error?.issues[0]?.message ?? 'invalid request';
    return route.invalid ? route.invalid(c, message) : c.json({ error: message }, 400);
  };
  return zValidator(target, schema, answer as never) as unknown as MiddlewareHandler<Env>;
}

export function createApp(given: AppContext, routes: Route[] = ALL_ROUTES): Hono<Env> {
  const ctx: AppContext = {
    people: { merge: mergePeople, split: splitVariant },
    peopleAsRead,
    textLayerWords,
    ...given,
  };
  const app = new Hono<Env>();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
      // Addresses (with their search words) never leave the site, but stay available to it.
      referrerPolicy: 'same-origin',
    }),
  );
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: 'request body too large' }, 413),
  });
  const guardPublic = crossSiteGuard();
  const guardCookies = cookieCrossSiteGuard();
  const [authApi, authWeb] = [authenticate(ctx), authenticate(ctx, { web: true })];
  const searches = requestGate(SEARCH_SLOTS);
  for (const route of routes) {
    const chain: MiddlewareHandler<Env>[] = route.streaming ? [] : [limit];
    if (route.queued) chain.unshift(searches.middleware);
    if (route.permission === 'public') chain.push(guardPublic);
    else
      chain.push(
        route.web ? authWeb : authApi,
        guardCookies,
        requirePermission(route.permission, route.web ? forbiddenPage : undefined),
      );
    if (route.query) chain.push(validate('query', route.query, route));
    if (route.json) chain.push(validate('json', route.json, route));
    if (route.form) chain.push(validate('form', route.form, route));
    const handlers: [...MiddlewareHandler<Env>[], Handler] = [
      ...chain,
      (c: Context<Env>) => route.handler(c, ctx),
    ];
    app.on(route.method, route.path, ...(handlers as unknown as [MiddlewareHandler<Env>]));
  }
  app.notFound((c) => notFound(c));
  // Errors are reported without their details: a message could carry document text. Hono's own
  // (malformed JSON, from the validator) carry only their message, answered as JSON like ours.
  app.onError((err, c) => {
    if (!(err instanceof HTTPException)) return c.json({ error: 'internal error' }, 500);
    return err.res ? err.getResponse() : c.json({ error: err.message }, err.status);
  });
  return app;
}
