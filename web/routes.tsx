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
import { packageRoot } from '../core/paths.js';
import { boxesFor } from '../ingest/extract/stage.js';
import { pageImagePath } from '../ingest/ocr/stage.js';
import { renderPdfPage, writeViewerImage } from '../ingest/ocr/raster.js';
import { openPdf } from '../ingest/text/pdfjs.js';
import { checkContentSize } from '../ingest/text/content-size.js';
import { documentParam, pageNumber, searchParamsOf } from '../api/params.js';
import { login, logout, SESSION_MS } from '../store/accounts.js';
import { getDocumentBySha, getEntities, getPage } from '../store/documents.js';
import type { AppContext, Env, Route } from '../api/app.js';
import { Readable } from 'node:stream';
import { LoginPage } from './login.js';
import { SearchPage } from './search.js';
import { UploadPage } from './upload.js';
import { ViewerPage, type ViewerData } from './viewer.js';
import { PeoplePage, PersonPage } from './person.js';
import { documentsOf, getPerson, listPeople, mergePeople, peopleFor, personTimeline, searchWithPeople, splitVariant } from '../case/people.js';
import { allowed } from '../api/permissions.js';
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
  const doc = await documentParam(c, ctx.archive.db);
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
 * notice, when it does not stand on the page), or search words, marked only where they stand.
 */
function marking(text: string, quote: string, words: string): { highlight: ViewerData['highlight']; notOnPage: string | null } {
  if (quote) {
    const m = findQuote(text, quote);
    const differs = m.differences.flatMap((d): Array<[number, number]> => (d.start !== null && d.end !== null ? [[d.start, d.end]] : []));
    const highlight = m.start !== null && m.end !== null ? { start: m.start, end: m.end, near: !m.found, differs } : null;
    return { highlight, notOnPage: m.found ? null : notFoundMessage(m) };
  }
  const m = words ? findQuote(text, words) : undefined;
  return { highlight: m?.found ? { start: m.start!, end: m.end!, near: false, differs: [] } : null, notOnPage: null };
}

async function viewer(c: Context, ctx: AppContext): Promise<Response> {
  const doc = await getDocumentBySha(ctx.archive.db, c.req.param('sha') ?? '');
  const pageNo = pageNumber(c.req.param('page'));
  const page = doc && pageNo !== undefined ? await getPage(ctx.archive.db, doc.id, pageNo) : undefined;
  if (!doc || !page) return c.html(<p>No such page.</p>, 404);
  const quote = c.req.query('q') ?? '';
  const words = quote ? '' : (c.req.query('w') ?? '');
  const { highlight, notOnPage } = marking(page.text, quote, words);
  const entities: Record<string, Array<{ value: string; text: string }>> = {};
  const entityBoxes: Array<{ type: string; box: [number, number, number, number] }> = [];
  for (const e of await getEntities(ctx.archive.db, doc.id)) {
    if (e.page !== pageNo) continue;
    if (page.method === 'ocr') for (const box of e.boxes ?? []) entityBoxes.push({ type: e.type, box });
    const list = (entities[e.type] ??= []);
    if (!list.some((x) => x.value === e.normalized) && e.text.length <= 300) list.push({ value: e.normalized, text: e.text });
  }
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
      boxes={highlight && page.method === 'ocr' ? (boxesFor(page.words, highlight.start, highlight.end) ?? []) : []}
      entityBoxes={entityBoxes}
      highlight={highlight}
      quote={quote}
      words={words}
      notOnPage={notOnPage}
      entities={entities}
      attachments={doc.attachments ?? []}
    />,
  );
}

async function personPage(c: Context, ctx: AppContext): Promise<Response> {
  const db = ctx.archive.db;
  const person = await getPerson(db, c.req.param('key') ?? '');
  if (!person) return c.html(<p>No such person.</p>, 404);
  const user = c.get('user');
  const { claims, contradictions } = await personTimeline(db, person.key);
  const others = allowed(user.role, 'edit') ? (await listPeople(db, 1000)).filter((p) => p.key !== person.key).map((p) => ({ key: p.key, name: p.name })) : undefined;
  return c.html(<PersonPage user={user} person={person} documents={await documentsOf(db, person)} claims={claims} contradictions={contradictions} {...(others ? { others } : {})} />);
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
        const { response, people } = asked ? await searchWithPeople(ctx.search.meili, ctx.archive.db, p) : { response: undefined, people: [] };
        return c.html(<SearchPage user={c.get('user')} params={p} response={response} people={people} />);
      } catch (err) {
        return c.html(<SearchPage user={c.get('user')} params={p} error={(err as Error).message} />, 400);
      }
    },
  },
  { method: 'GET', path: '/upload', permission: 'upload', web: true, handler: (c) => c.html(<UploadPage user={c.get('user')} />) },
  {
    method: 'GET',
    path: '/people',
    permission: 'read',
    web: true,
    handler: async (c, ctx) => {
      const q = c.req.query('q') ?? '';
      const found = await peopleFor(ctx.archive.db, q);
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
      const key = await mergePeople(ctx.archive.db, c.req.param('key') ?? '', String(form.with ?? ''), c.get('user').id);
      return key ? c.redirect(`/people/${encodeURIComponent(key)}`, 303) : c.html(<p>No such person.</p>, 404);
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
      const moved = await splitVariant(ctx.archive.db, key, String(form.variant ?? ''), c.get('user').id);
      if (!moved) return c.html(<p>No such person or spelling.</p>, 404);
      const stays = (await getPerson(ctx.archive.db, key)) ? key : moved;
      return c.redirect(`/people/${encodeURIComponent(stays)}`, 303);
    },
  },
  { method: 'GET', path: '/d/:sha/p/:page', permission: 'read', web: true, handler: (c, ctx) => viewer(c, ctx) },
  { method: 'GET', path: '/api/documents/:id/pages/:page/image', permission: 'read', handler: (c, ctx) => pageImage(c, ctx) },
  {
    method: 'GET',
    path: '/api/documents/:id/original',
    permission: 'read',
    handler: async (c, ctx) => {
      const doc = await documentParam(c, ctx.archive.db);
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
