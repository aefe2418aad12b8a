// The web UI's routes: server-rendered pages (Hono JSX) over the same functions as the API, in the
// same route table with the same permissions. Pages redirect to the login form instead of 401.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Context as HonoContext } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { findQuote, notFoundMessage } from '../cite/verify.js';
import { InputError } from '../core/errors.js';
import { matchSpans } from '../search/query.js';
import { packageRoot } from '../core/paths.js';
import { boxesFor } from '../ingest/extract/stage.js';
import { pageImagePath } from '../ingest/ocr/stage.js';
import { renderPdfPage, writeViewerImage } from '../ingest/ocr/raster.js';
import { openPdf } from '../ingest/text/pdfjs.js';
import { checkContentSize } from '../ingest/text/content-size.js';
import { documentListParams, documentParam, pageNumber, searchParamsOf } from '../api/params.js';
import { changePassword, disableUser, listUsers, login, logout, resetPassword, SESSION_MS } from '../store/accounts.js';
import { addUserFrom, targetUser } from '../api/users.js';
import { AccountPage, UsersPage, type Shown } from './users.js';
import { getDocument, getDocumentBySha, getEntities, getPage, listCollections, listDocuments, pageList } from '../store/documents.js';
import { DocumentPage, DocumentsPage } from './documents.js';
import { MessagePage } from './layout.js';
import type { Identity } from '../store/accounts.js';
import type { AppContext, Env, Route } from '../api/app.js';
import { Readable } from 'node:stream';
import { LoginPage } from './login.js';
import { SearchPage } from './search.js';
import { UploadPage } from './upload.js';
import { ViewerPage, type CitedPage, type ViewerData } from './viewer.js';
import { PeoplePage, PersonPage } from './person.js';
import { documentsOf, getPerson, getVisiblePerson, listPeople, peopleFor, personTimeline, searchDocumentsWithPeople, visiblePeople } from '../case/people.js';
import { mergePeople, splitVariant } from '../ingest/people/decisions.js';
import { allowed } from '../api/permissions.js';
import { accessOf, readable } from '../api/access.js';
import { granteeFrom, mayEditPeople } from '../api/collections.js';
import { atLeast, collectionsFor, grantCollection, isGrantLevel, listGrants, listGroups, revokeCollection } from '../store/access.js';
import { LoginThrottle } from '../api/throttle.js';

export const SESSION_COOKIE = 'casefile_session';

/** Failed logins of this process, by name and by client address (api/throttle.ts). */
const loginThrottle = new LoginThrottle();

type Context = HonoContext<Env>;

/** Only paths on this server: no `//host` or scheme, so the login cannot redirect elsewhere. */
function localPath(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/';
}

const STATIC_TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.woff2': 'font/woff2' };
const fontsDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');

async function staticFile(c: Context): Promise<Response> {
  const name = c.req.param('name') ?? '';
  // One path component of safe characters: nothing outside the two folders can be named.
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(name) || name.includes('..')) return c.notFound();
  const file = c.req.path.startsWith('/static/fonts/') ? path.join(fontsDir, name) : path.join(packageRoot, 'web', 'static', name);
  const type = STATIC_TYPES[path.extname(name)];
  if (!type || !fs.existsSync(file)) return c.notFound();
  return c.body(await fsp.readFile(file), 200, { 'content-type': type, 'cache-control': 'public, max-age=3600' });
}

/** The page image: OCR pages have theirs; a text-layer page is rendered once and kept. */
async function pageImage(c: Context, ctx: AppContext): Promise<Response> {
  const pageNo = pageNumber(c.req.param('page'));
  const doc = await readable(c, ctx, await documentParam(c, ctx.archive.db));
  const page = doc && pageNo !== undefined ? await getPage(ctx.archive.db, doc.id, pageNo) : undefined;
  if (!doc || !page) return c.json({ error: 'no such page' }, 404);
  const rel = page.imagePath ?? pageImagePath(doc.sha256, page.page);
  const file = path.join(ctx.archive.config.dataDir, rel);
  if (!fs.existsSync(file)) {
    if (doc.mediaType !== 'application/pdf') return c.json({ error: 'no image for this page' }, 404);
    const data = new Uint8Array(await fsp.readFile(ctx.archive.originals.pathFor(doc.sha256)));
    // Ingest refuses these now; a document read before the check existed must not be rendered either.
    try {
      await checkContentSize(data, ctx.archive.config.limits.maxContentBytes);
    } catch (err) {
      if (err instanceof InputError) return c.json({ error: err.message }, 422);
      throw err;
    }
    const pdf = await openPdf(data);
    try {
      const raster = await renderPdfPage(pdf, page.page, 110, ctx.archive.config.limits.maxPixels);
      await fsp.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeViewerImage(raster, file);
    } catch (err) {
      // A page over the pixel limit (or otherwise unrenderable from the file) is the file's fault.
      if (err instanceof InputError) return c.json({ error: err.message }, 422);
      throw err;
    } finally {
      await pdf.destroy();
    }
  }
  return c.body(await fsp.readFile(file), 200, { 'content-type': 'image/jpeg', 'cache-control': 'private, max-age=86400' });
}

/**
 * What the viewer marks: a permalink's quote, verified (its closest passage marked as near, with the
 * notice, when it does not stand on the page), or search words, marked at every place they stand.
 */
function marking(text: string, quote: string): { highlight: ViewerData['highlight']; notOnPage: string | null } {
  if (!quote) return { highlight: null, notOnPage: null };
  const m = findQuote(text, quote);
  const differs = m.differences.flatMap((d): Array<[number, number]> => (d.start !== null && d.end !== null ? [[d.start, d.end]] : []));
  const highlight = m.start !== null && m.end !== null ? { start: m.start, end: m.end, near: !m.found, differs } : null;
  return { highlight, notOnPage: m.found ? null : notFoundMessage(m) };
}

/** The viewer of a page; `cited`: a stored citation's page and quote (/c/<id>) instead of the address's. */
export async function viewer(c: Context, ctx: AppContext, cited?: CitedPage): Promise<Response> {
  const doc = await readable(c, ctx, cited ? await getDocument(ctx.archive.db, cited.documentId) : await getDocumentBySha(ctx.archive.db, c.req.param('sha') ?? ''));
  const pageNo = cited ? cited.page : pageNumber(c.req.param('page'));
  const page = doc && pageNo !== undefined ? await getPage(ctx.archive.db, doc.id, pageNo) : undefined;
  if (!doc || !page) return notFoundPage(c, 'No such page', 'There is no such document or page.');
  const quote = cited ? cited.quote : (c.req.query('q') ?? '');
  const words = quote ? '' : (c.req.query('w') ?? '');
  const { highlight, notOnPage } = marking(page.text, quote);
  const entities: Record<string, Array<{ value: string; text: string }>> = {};
  const entityBoxes: Array<{ type: string; box: [number, number, number, number] }> = [];
  const onPage = (await getEntities(ctx.archive.db, doc.id)).filter((e) => e.page === pageNo);
  for (const e of onPage) {
    if (page.method === 'ocr') for (const box of e.boxes ?? []) entityBoxes.push({ type: e.type, box });
    const list = (entities[e.type] ??= []);
    if (!list.some((x) => x.value === e.normalized) && e.text.length <= 300) list.push({ value: e.normalized, text: e.text });
  }
  const marks = words ? matchSpans(page.text, words, onPage.filter((e) => e.type !== 'date').map((e) => ({ value: e.normalized, start: e.start, end: e.end }))) : [];
  const spans: Array<[number, number]> = highlight ? [[highlight.start, highlight.end]] : marks;
  // Text documents have no page image; PDFs render theirs, scans and photos keep theirs.
  const hasImage = page.method === 'ocr' || page.imagePath !== null || doc.mediaType === 'application/pdf';
  return c.html(
    <ViewerPage
      user={c.get('user')}
      documentId={doc.id}
      filename={doc.filename}
      sha256={doc.sha256}
      page={page.page}
      pageCount={doc.pageCount ?? page.page}
      text={page.text}
      method={page.method}
      width={page.width ?? 1}
      height={page.height ?? 1}
      boxes={page.method === 'ocr' ? spans.flatMap(([s, e]) => boxesFor(page.words, s, e) ?? []) : []}
      entityBoxes={entityBoxes}
      highlight={highlight}
      marks={marks}
      hasImage={hasImage}
      quote={quote}
      words={words}
      notOnPage={notOnPage}
      entities={entities}
      attachments={doc.attachments ?? []}
      citation={cited?.panel}
    />,
  );
}

async function personPage(c: Context, ctx: AppContext): Promise<Response> {
  const db = ctx.archive.db;
  const access = await accessOf(c, ctx);
  const person = await getVisiblePerson(db, c.req.param('key') ?? '', access);
  if (!person) return notFoundPage(c, 'No such person', 'There is no such person (people may have been merged or split since).');
  const user = c.get('user');
  const { claims, contradictions } = await personTimeline(db, person.key, access);
  const others = allowed(user.role, 'edit') ? (await visiblePeople(db, await listPeople(db, access.all ? 1000 : 5000), access)).slice(0, 1000).filter((p) => p.key !== person.key).map((p) => ({ key: p.key, name: p.name })) : undefined;
  return c.html(<PersonPage user={user} person={person} documents={await documentsOf(db, person, access)} claims={claims} contradictions={contradictions} {...(others ? { others } : {})} />);
}

function notFoundPage(c: Context, title: string, message: string): Response | Promise<Response> {
  return c.html(<MessagePage title={title} message={message} user={c.get('user')} />, 404);
}

/** A web page the user's role may not open: an HTML page that says so (403), never JSON. */
export function forbiddenPage(c: HonoContext, user: Identity, permission: string): Response | Promise<Response> {
  const what: Record<string, string> = { search: 'search', upload: 'upload documents', cite: 'cite', edit: 'merge or split people', admin: 'manage users', read: 'read documents' };
  return c.html(<MessagePage title="Not allowed" message={`Your role (${user.role}) may not ${what[permission] ?? permission}. Ask an admin if you need to.`} user={user} />, 403);
}

/** An address no route answers: an HTML page for browsers, JSON under /api/. */
export function notFound(c: HonoContext): Response | Promise<Response> {
  if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/static/')) return c.json({ error: 'not found' }, 404);
  return c.html(<MessagePage title="Not found" message="There is no page at this address." />, 404);
}

async function documentsPage(c: Context, ctx: AppContext): Promise<Response> {
  try {
    const f = documentListParams(c);
    const access = await accessOf(c, ctx);
    const [{ total, documents }, collections] = await Promise.all([listDocuments(ctx.archive.db, f, access), listCollections(ctx.archive.db, access)]);
    return c.html(<DocumentsPage user={c.get('user')} documents={documents} total={total} offset={f.offset} limit={f.limit} collection={f.collection} status={f.status} collections={collections} />);
  } catch (err) {
    if (err instanceof InputError) return c.html(<MessagePage title="Documents" message={err.message} user={c.get('user')} />, 400);
    throw err;
  }
}

async function documentPage(c: Context, ctx: AppContext): Promise<Response> {
  const doc = await readable(c, ctx, await getDocumentBySha(ctx.archive.db, c.req.param('sha') ?? ''));
  if (!doc) return notFoundPage(c, 'No such document', 'There is no such document.');
  return c.html(<DocumentPage user={c.get('user')} doc={doc} pages={await pageList(ctx.archive.db, doc.id)} />);
}

async function usersPage(c: Context, ctx: AppContext, extra: { shown?: Shown; error?: string } = {}, status: 200 | 400 | 404 | 409 = 200): Promise<Response> {
  return c.html(<UsersPage user={c.get('user')} users={await listUsers(ctx.archive.db)} grants={await listGrants(ctx.archive.db)} groups={await listGroups(ctx.archive.db)} shown={extra.shown} error={extra.error} />, status);
}

export const WEB_ROUTES: Route[] = [
  { method: 'GET', path: '/static/:name', permission: 'public', handler: (c) => staticFile(c) },
  { method: 'GET', path: '/static/fonts/:name', permission: 'public', handler: (c) => staticFile(c) },
  { method: 'GET', path: '/login', permission: 'public', handler: (c) => c.html(<LoginPage next={localPath(c.req.query('next'))} />) },
  {
    method: 'POST',
    path: '/login',
    permission: 'public',
    handler: async (c, ctx) => {
      const form = await c.req.parseBody();
      const next = localPath(form.next);
      const name = String(form.name ?? '');
      // The socket's address, never a forwarding header a client could write itself.
      const address = c.env.incoming?.socket.remoteAddress ?? 'unknown';
      const wait = loginThrottle.retryAfter(name, address);
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60);
        return c.html(<LoginPage error={`Too many failed logins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`} next={next} />, 429, { 'Retry-After': String(wait) });
      }
      const session = await login(ctx.archive.db, name, String(form.password ?? ''));
      if (!session) {
        loginThrottle.failed(name, address);
        return c.html(<LoginPage error="Wrong name or password." next={next} />, 401);
      }
      loginThrottle.succeeded(name);
      setCookie(c, SESSION_COOKIE, session.session, { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:', maxAge: SESSION_MS / 1000 });
      return c.redirect(next, 303);
    },
  },
  {
    method: 'POST',
    path: '/logout',
    permission: 'read',
    web: true,
    handler: async (c, ctx) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await logout(ctx.archive.db, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.redirect('/login', 303);
    },
  },
  {
    method: 'GET',
    path: '/',
    permission: 'search',
    web: true,
    handler: async (c, ctx) => {
      const p = searchParamsOf(c);
      const asked = p.q || p.persons || p.places || p.organizations || p.from || p.to || p.kind || p.language || p.collection;
      try {
        const { response, people } = asked ? await searchDocumentsWithPeople(ctx.search.meili, ctx.archive.db, { ...p, access: await accessOf(c, ctx) }) : { response: undefined, people: [] };
        return c.html(<SearchPage user={c.get('user')} params={p} response={response} people={people} />);
      } catch (err) {
        return c.html(<SearchPage user={c.get('user')} params={p} error={(err as Error).message} />, 400);
      }
    },
  },
  {
    method: 'GET',
    path: '/upload',
    permission: 'upload',
    web: true,
    handler: async (c, ctx) => {
      const mine = await collectionsFor(ctx.archive.db, c.get('user'), ctx.archive.config.defaultAccess);
      return c.html(<UploadPage user={c.get('user')} collections={mine.filter((col) => atLeast(col.level, 'upload')).map((col) => col.name)} />);
    },
  },
  {
    method: 'GET',
    path: '/people',
    permission: 'read',
    web: true,
    handler: async (c, ctx) => {
      const q = c.req.query('q') ?? '';
      const found = await peopleFor(ctx.archive.db, q, await accessOf(c, ctx));
      return c.html(<PeoplePage user={c.get('user')} people={found} q={q} />);
    },
  },
  { method: 'GET', path: '/people/:key', permission: 'read', web: true, handler: (c, ctx) => personPage(c, ctx) },
  {
    method: 'POST',
    path: '/people/:key/merge',
    permission: 'edit',
    web: true,
    handler: async (c, ctx) => {
      const form = await c.req.parseBody();
      if (!(await mayEditPeople(c, ctx, [c.req.param('key') ?? '', String(form.with ?? '')]))) return notFoundPage(c, 'No such person', 'There is no such person.');
      const key = await mergePeople(ctx.archive.db, c.req.param('key') ?? '', String(form.with ?? ''), c.get('user').id);
      return key ? c.redirect(`/people/${encodeURIComponent(key)}`, 303) : notFoundPage(c, 'No such person', 'There is no such person.');
    },
  },
  {
    method: 'POST',
    path: '/people/:key/split',
    permission: 'edit',
    web: true,
    handler: async (c, ctx) => {
      const form = await c.req.parseBody();
      const key = c.req.param('key') ?? '';
      if (!(await mayEditPeople(c, ctx, [key], String(form.variant ?? '')))) return notFoundPage(c, 'No such person', 'There is no such person or spelling.');
      const moved = await splitVariant(ctx.archive.db, key, String(form.variant ?? ''), c.get('user').id);
      if (!moved) return notFoundPage(c, 'No such person', 'There is no such person or spelling.');
      const stays = (await getPerson(ctx.archive.db, key)) ? key : moved;
      return c.redirect(`/people/${encodeURIComponent(stays)}`, 303);
    },
  },
  { method: 'GET', path: '/admin/users', permission: 'admin', web: true, handler: (c, ctx) => usersPage(c, ctx) },
  {
    method: 'POST',
    path: '/admin/users',
    permission: 'admin',
    web: true,
    handler: async (c, ctx) => {
      const form = await c.req.parseBody();
      const r = await addUserFrom(ctx, form.name, form.role);
      if (!r.ok) return usersPage(c, ctx, { error: r.error }, r.status);
      return usersPage(c, ctx, { shown: { title: `Added ${r.created.name} (${r.created.role})`, name: r.created.name, password: r.created.password, token: r.created.token } });
    },
  },
  {
    method: 'POST',
    path: '/admin/users/:id/reset',
    permission: 'admin',
    web: true,
    handler: async (c, ctx) => {
      const user = await targetUser(c, ctx, c.get('user').id);
      if (user === 'self') return usersPage(c, ctx, { error: 'Change your own password on your account page.' }, 400);
      if (!user) return usersPage(c, ctx, { error: 'No such user.' }, 404);
      const password = (await resetPassword(ctx.archive.db, user.id))!;
      return usersPage(c, ctx, { shown: { title: `New password for ${user.name}`, name: user.name, password } });
    },
  },
  {
    method: 'POST',
    path: '/admin/users/:id/disable',
    permission: 'admin',
    web: true,
    handler: async (c, ctx) => {
      const user = await targetUser(c, ctx, c.get('user').id);
      if (user === 'self') return usersPage(c, ctx, { error: 'An admin cannot disable themselves.' }, 400);
      if (!user) return usersPage(c, ctx, { error: 'No such user.' }, 404);
      await disableUser(ctx.archive.db, user.id);
      return c.redirect('/admin/users', 303);
    },
  },
  {
    method: 'POST',
    path: '/admin/grants',
    permission: 'admin',
    web: true,
    handler: async (c, ctx) => {
      const form = await c.req.parseBody();
      if (!isGrantLevel(form.level)) return usersPage(c, ctx, { error: 'The level is one of read, upload, edit.' }, 400);
      const r = await granteeFrom(ctx, String(form.collection ?? ''), { user: String(form.user ?? '') });
      if (!r.ok) return usersPage(c, ctx, { error: r.error }, r.status);
      await grantCollection(ctx.archive.db, r.collection, r.grantee, form.level, c.get('user').id);
      return c.redirect('/admin/users', 303);
    },
  },
  {
    method: 'POST',
    path: '/admin/grants/revoke',
    permission: 'admin',
    web: true,
    handler: async (c, ctx) => {
      const form = await c.req.parseBody();
      const r = await granteeFrom(ctx, String(form.collection ?? ''), { user: String(form.user ?? '') });
      if (!r.ok) return usersPage(c, ctx, { error: r.error }, r.status);
      if (!(await revokeCollection(ctx.archive.db, r.collection, r.grantee))) return usersPage(c, ctx, { error: 'No such grant.' }, 404);
      return c.redirect('/admin/users', 303);
    },
  },
  { method: 'GET', path: '/account', permission: 'read', web: true, handler: (c) => c.html(<AccountPage user={c.get('user')} />) },
  {
    method: 'POST',
    path: '/account/password',
    permission: 'read',
    web: true,
    handler: async (c, ctx) => {
      const form = await c.req.parseBody();
      const user = c.get('user');
      const next = String(form.password ?? '');
      if (next !== String(form.confirm ?? '')) return c.html(<AccountPage user={user} error="The two new passwords differ." />, 400);
      const r = await changePassword(ctx.archive.db, user.id, String(form.current ?? ''), next);
      if (r === 'wrong') return c.html(<AccountPage user={user} error="The current password is wrong." />, 400);
      if (r === 'weak') return c.html(<AccountPage user={user} error="A password is at least 12 characters." />, 400);
      return c.html(<AccountPage user={user} message="Your password was changed." />);
    },
  },
  { method: 'GET', path: '/documents', permission: 'read', web: true, handler: (c, ctx) => documentsPage(c, ctx) },
  { method: 'GET', path: '/d/:sha', permission: 'read', web: true, handler: (c, ctx) => documentPage(c, ctx) },
  { method: 'GET', path: '/d/:sha/p/:page', permission: 'read', web: true, handler: (c, ctx) => viewer(c, ctx) },
  { method: 'GET', path: '/api/documents/:id/pages/:page/image', permission: 'read', handler: (c, ctx) => pageImage(c, ctx) },
  {
    method: 'GET',
    path: '/api/documents/:id/original',
    permission: 'read',
    handler: async (c, ctx) => {
      const doc = await readable(c, ctx, await documentParam(c, ctx.archive.db));
      if (!doc) return c.json({ error: 'no such document' }, 404);
      // Always a download, never rendered: the original is hostile input.
      const name = doc.filename.replace(/["\\\r\n]/g, '_');
      const stream = Readable.toWeb(fs.createReadStream(ctx.archive.originals.pathFor(doc.sha256))) as ReadableStream;
      return c.body(stream, 200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      });
    },
  },
];
