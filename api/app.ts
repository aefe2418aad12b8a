// The HTTP API (Hono). Routes are declared in one table, each with the permission it needs; the
// app registers them behind authentication (bearer tokens) and the role check, so a new route
// cannot be forgotten. Handlers stay thin over the archive's functions.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { HttpBindings } from '@hono/node-server';
import { InputError } from '../core/errors.js';
import { MAX_FILES, receiveUpload } from './upload.js';
import { USER_ROUTES } from './users.js';
import { getCookie } from 'hono/cookie';
import { forbiddenPage, notFound, SESSION_COOKIE, WEB_ROUTES } from '../web/routes.js';
import { MORE_WEB_ROUTES } from '../web/more-routes.js';
import type { Identity } from '../store/accounts.js';
import { authenticateToken } from '../store/accounts.js';
import type { Archive } from '../store/archive.js';
import { getDocument, getDocumentBySha, getPage, listDocuments } from '../store/documents.js';
import { CITATION_ROUTES, citeAndStore } from './citations.js';
import { EXPORT_ROUTES } from './export.js';
import { QUEUE_ROUTES } from './queue.js';
import { HIT_ROUTES } from './hits.js';
import { findQuote, notFoundMessage } from '../cite/verify.js';
import { boxesFor } from '../ingest/extract/stage.js';
import { documentListParams, documentParam, documentSummary, jsonBody, pageNumber, positiveInt, searchParamsOf } from './params.js';
import type { SearchService } from '../search/service.js';
import { allowed, type Permission } from './permissions.js';
import { accessOf, readable } from './access.js';
import { COLLECTION_ROUTES, mayEditPeople } from './collections.js';
import { claimForUpload, collectionName, collectionsOfDocuments, DEFAULT_COLLECTION, levelOn } from '../store/access.js';
import { documentsOf, getVisiblePerson, peopleFor, personTimeline, searchDocumentsWithPeople, searchWithPeople } from '../case/people.js';
import { mergePeople, splitVariant } from '../ingest/people/decisions.js';

export interface AppContext {
  archive: Archive;
  search: SearchService;
  /** False until start-up (migrations, index check) is over; /api/health says so. */
  ready: () => boolean;
  /** Where readers reach this server (CASEFILE_PUBLIC_URL or the bound address): citation permalinks start with it. */
  publicUrl: string;
}

export type Env = { Variables: { user: Identity }; Bindings: Partial<HttpBindings> };
type Handler = (c: Context<Env>, ctx: AppContext) => Response | Promise<Response>;

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  permission: Permission;
  handler: Handler;
  /** The body is streamed by the handler (uploads): no size limit on the whole request. */
  streaming?: boolean;
  /** A web page: without a user it redirects to the login form instead of answering 401. */
  web?: boolean;
}

export const ROUTES: Route[] = [
  { method: 'GET', path: '/api/health', permission: 'public', handler: (c, ctx) => (ctx.ready() ? c.json({ status: 'ok' }) : c.json({ status: 'starting' }, 503)) },
  {
    method: 'GET',
    path: '/api/search',
    permission: 'search',
    handler: async (c, ctx) => {
      try {
        // group=document: each document once with its best pages; offset and limit count documents.
        const search = c.req.query('group') === 'document' ? searchDocumentsWithPeople : searchWithPeople;
        const { response, people } = await search(ctx.search.meili, ctx.archive.db, { ...searchParamsOf(c), access: await accessOf(c, ctx) });
        return c.json({ ...response, people: people.map((p) => ({ key: p.key, name: p.name, variants: p.variants })) });
      } catch (err) {
        if (err instanceof InputError) return c.json({ error: err.message }, 400);
        throw err;
      }
    },
  },
  {
    method: 'POST',
    path: '/api/documents',
    permission: 'upload',
    streaming: true,
    handler: async (c, ctx) => {
      const incoming = c.env.incoming;
      if (!incoming) return c.json({ error: 'uploads need the Node.js server' }, 500);
      // Into a collection (?collection=), or the default one; the user needs upload on it (or opens a new one).
      const asked = c.req.query('collection');
      const collection = asked === undefined || asked === '' ? DEFAULT_COLLECTION : collectionName(asked);
      if (collection === undefined) return c.json({ error: '"collection" is not a collection name' }, 400);
      // Refused as one that does not exist would be: 404, so no upload tells which collections exist.
      if (!(await claimForUpload(ctx.archive.db, c.get('user'), collection, ctx.archive.config.defaultAccess))) {
        const reads = await levelOn(ctx.archive.db, c.get('user'), collection, ctx.archive.config.defaultAccess);
        return reads ? c.json({ error: `you may read the collection "${collection}" but not upload into it` }, 403) : c.json({ error: `no collection "${collection}" you may upload into` }, 404);
      }
      try {
        const received = await receiveUpload(ctx.archive, incoming, c.get('user').name, collection === DEFAULT_COLLECTION ? null : collection);
        const { tooLarge, tooMany, broken } = received;
        // The same bytes already stored in a collection the user may not read: said, but not which document.
        const owners = await collectionsOfDocuments(ctx.archive.db, received.files.flatMap((f) => (f.status === 'duplicate' && f.id !== null ? [f.id] : [])));
        const access = await accessOf(c, ctx);
        const files = received.files.map((f) => (f.status === 'duplicate' && f.id !== null && !(access.all || access.collections.includes(owners.get(f.id) ?? '')) ? { ...f, id: null } : f));
        // Files completed before a break, or under the limits, were stored and queued: each result says so.
        if (broken) return c.json({ error: broken, files }, 400);
        if (tooMany) return c.json({ error: `more than ${MAX_FILES} files in one upload: the files past the ${MAX_FILES}th were not stored; send them in another upload`, files }, 413);
        if (tooLarge) return c.json({ error: `a file is larger than the limit of ${ctx.archive.config.limits.maxFileBytes} bytes`, files }, 413);
        return c.json({ files });
      } catch (err) {
        if (err instanceof InputError) return c.json({ error: err.message }, 400);
        throw err;
      }
    },
  },
  {
    method: 'POST',
    path: '/api/citations',
    permission: 'cite',
    handler: async (c, ctx) => {
      const body = await jsonBody(c);
      const byId = typeof body.document === 'number' ? positiveInt(body.document) : undefined;
      const doc = await readable(c, ctx, byId !== undefined ? await getDocument(ctx.archive.db, byId) : await getDocumentBySha(ctx.archive.db, String(body.document ?? '')));
      const pageNo = pageNumber(body.page);
      const quote = typeof body.quote === 'string' ? body.quote : '';
      if (!doc || pageNo === undefined) return c.json({ error: 'no such document or page' }, 404);
      const page = await getPage(ctx.archive.db, doc.id, pageNo);
      if (!page) return c.json({ error: 'no such page' }, 404);
      const found = findQuote(page.text, quote);
      // Only what stands on the page exactly can be cited; the passage is cited as it stands.
      if (!found.found) return c.json({ error: notFoundMessage(found), match: found.match, score: found.score, passage: found.passage, differences: found.differences }, 422);
      // Kept under its short id (/c/<id>), re-verified whenever the document is read again.
      return c.json({ ...(await citeAndStore(ctx, doc, pageNo, found.passage!, c.get('user').id)), match: found.match });
    },
  },
  {
    method: 'POST',
    path: '/api/citations/verify',
    permission: 'cite',
    handler: async (c, ctx) => {
      const body = await jsonBody(c);
      const doc = await readable(c, ctx, await getDocumentBySha(ctx.archive.db, String(body.sha256 ?? '')));
      const pageNo = pageNumber(body.page);
      const page = doc && pageNo !== undefined ? await getPage(ctx.archive.db, doc.id, pageNo) : undefined;
      if (!doc || !page) return c.json({ error: 'no such document or page' }, 404);
      const found = findQuote(page.text, typeof body.quote === 'string' ? body.quote : '');
      // Boxes of the exact passage, or of the closest one for a near match (which is not found).
      const boxes = found.start !== null && found.end !== null ? (boxesFor(page.words, found.start, found.end) ?? []) : [];
      return c.json({ ...found, boxes, document: doc.filename, page: page.page });
    },
  },
  {
    method: 'GET',
    path: '/api/people',
    permission: 'read',
    handler: async (c, ctx) => {
      const q = c.req.query('q') ?? '';
      const found = await peopleFor(ctx.archive.db, q, await accessOf(c, ctx));
      return c.json({ people: found.map((p) => ({ key: p.key, name: p.name, variants: p.variants, documents: p.documentIds.length, mentions: p.mentions })) });
    },
  },
  {
    method: 'GET',
    path: '/api/people/:key',
    permission: 'read',
    handler: async (c, ctx) => {
      const access = await accessOf(c, ctx);
      const person = await getVisiblePerson(ctx.archive.db, c.req.param('key') ?? '', access);
      if (!person) return c.json({ error: 'no such person' }, 404);
      const { claims, contradictions } = await personTimeline(ctx.archive.db, person.key, access);
      const documents = await documentsOf(ctx.archive.db, person, access);
      return c.json({ key: person.key, name: person.name, variants: person.variants, documents, claims, contradictions });
    },
  },
  {
    method: 'POST',
    path: '/api/people/:key/merge',
    permission: 'edit',
    handler: async (c, ctx) => {
      const body = await jsonBody(c);
      const other = typeof body.with === 'string' ? body.with : '';
      if (!(await mayEditPeople(c, ctx, [c.req.param('key') ?? '', other]))) return c.json({ error: 'no such person' }, 404);
      const key = await mergePeople(ctx.archive.db, c.req.param('key') ?? '', other, c.get('user').id);
      return key ? c.json({ key }) : c.json({ error: 'no such person' }, 404);
    },
  },
  {
    method: 'POST',
    path: '/api/people/:key/split',
    permission: 'edit',
    handler: async (c, ctx) => {
      const body = await jsonBody(c);
      const variant = typeof body.variant === 'string' ? body.variant : '';
      if (!(await mayEditPeople(c, ctx, [c.req.param('key') ?? ''], variant))) return c.json({ error: 'no such person or spelling' }, 404);
      const key = await splitVariant(ctx.archive.db, c.req.param('key') ?? '', variant, c.get('user').id);
      return key ? c.json({ key }) : c.json({ error: 'no such person or spelling' }, 404);
    },
  },
  {
    method: 'GET',
    path: '/api/documents',
    permission: 'read',
    handler: async (c, ctx) => {
      try {
        const f = documentListParams(c);
        const { total, documents } = await listDocuments(ctx.archive.db, f, await accessOf(c, ctx));
        return c.json({ total, offset: f.offset, limit: f.limit, documents: documents.map(documentSummary) });
      } catch (err) {
        if (err instanceof InputError) return c.json({ error: err.message }, 400);
        throw err;
      }
    },
  },
  {
    method: 'GET',
    path: '/api/documents/:id',
    permission: 'read',
    handler: async (c, ctx) => {
      const doc = await readable(c, ctx, await documentParam(c, ctx.archive.db));
      if (!doc) return c.json({ error: 'no such document' }, 404);
      return c.json({ id: doc.id, sha256: doc.sha256, filename: doc.filename, mediaType: doc.mediaType, size: doc.size, status: doc.status, error: doc.error, pageCount: doc.pageCount, pagesDone: doc.pagesDone, collection: doc.collection, attachments: doc.attachments, ingestedAt: doc.ingestedAt });
    },
  },
];

// The team: users (admin) and one's own password.
ROUTES.push(...USER_ROUTES);
// Stored citations (/api/citations/:id), exports of search results (CSV, ZIP of originals), the
// queue, and the pages of a document a search matches (the viewer's previous and next hit).
ROUTES.push(...CITATION_ROUTES, ...EXPORT_ROUTES, ...QUEUE_ROUTES, ...HIT_ROUTES);
// Collections: what one may read; an admin's grants and groups.
ROUTES.push(...COLLECTION_ROUTES);

/** Every route of the server, API and web: the table the authorization tests walk. */
export const ALL_ROUTES: Route[] = [...ROUTES, ...WEB_ROUTES, ...MORE_WEB_ROUTES];

/**
 * A browser sends its session cookie with any request, even one another site makes it send; so a
 * request authenticated by cookie that changes something must come from this origin. Hono's csrf()
 * checks form posts; this checks every unsafe request made with the cookie, JSON ones included.
 */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  // Browsers may send "null" as the origin of a form post; their Sec-Fetch-Site still tells.
  if (origin && origin !== 'null') return origin === new URL(c.req.url).origin;
  return c.req.header('sec-fetch-site') === 'same-origin';
}

export function createApp(ctx: AppContext, routes: Route[] = ALL_ROUTES): Hono<Env> {
  const app = new Hono<Env>();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"] },
      // Addresses (with their search words) never leave the site, but stay available to it.
      referrerPolicy: 'same-origin',
    }),
  );
  // Hono's CSRF check (form posts), run on what a browser sends with its cookie and on the public
  // login form; API clients that authenticate with a bearer token carry no ambient authority.
  const honoCsrf = csrf();
  const csrfOk = async (c: Context<Env>) => {
    try {
      let passed = false;
      await honoCsrf(c, async () => {
        passed = true;
      });
      return passed && sameOrigin(c);
    } catch {
      return false;
    }
  };
  const limit = bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json({ error: 'request body too large' }, 413) });
  for (const route of routes) {
    const guard = async (c: Context<Env>, next: () => Promise<void>) => {
      const unsafe = route.method !== 'GET';
      if (route.permission === 'public') {
        if (unsafe && !(await csrfOk(c))) return c.json({ error: 'cross-site request refused' }, 403);
        return next();
      }
      const header = c.req.header('authorization') ?? '';
      const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const cookie = bearer ? undefined : getCookie(c, SESSION_COOKIE);
      const token = bearer ?? cookie;
      const user = token ? await authenticateToken(ctx.archive.db, token) : undefined;
      if (!user) {
        if (route.web) return c.redirect(`/login?next=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);
        return c.json({ error: 'authentication required' }, 401, { 'WWW-Authenticate': 'Bearer' });
      }
      if (cookie && unsafe && !(await csrfOk(c))) return c.json({ error: 'cross-site request refused' }, 403);
      if (!allowed(user.role, route.permission)) return route.web ? forbiddenPage(c, user, route.permission) : c.json({ error: `the role ${user.role} may not ${route.permission}` }, 403);
      c.set('user', user);
      return next();
    };
    if (route.streaming) app.on(route.method, route.path, guard, (c) => route.handler(c, ctx));
    else app.on(route.method, route.path, limit, guard, (c) => route.handler(c, ctx));
  }
  app.notFound((c) => notFound(c));
  // Errors are reported without their details: a message could carry document text.
  app.onError((err, c) => (err instanceof HTTPException ? err.getResponse() : c.json({ error: 'internal error' }, 500)));
  return app;
}
