// The web UI's routes: server-rendered pages (Hono JSX) over the same functions as the API, in the
// same route table with the same permissions. Pages redirect to the login form instead of 401.
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Context as HonoContext } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { serveStatic } from '@hono/node-server/serve-static';
import { findQuote, notFoundMessage } from '../cite/verify.js';
import { matchSpans } from '../search/query.js';
import { packageRoot } from '../core/paths.js';
import { boxesFor } from '../core/word-boxes.js';
import {
  documentFilter,
  documentListQuery,
  grantForm,
  loginForm,
  loginQuery,
  mergeBody,
  pageNumber,
  passwordForm,
  reprocessForm,
  searchParams,
  searchQuery,
  splitBody,
  userBody,
  validForm,
  validQuery,
  viewerQuery,
  wordsQuery,
} from '../http/params.js';
import {
  changePassword,
  disableUser,
  login,
  logout,
  resetPassword,
  SESSION_MS,
} from '../store/accounts.js';
import { addUserFrom, granteeFrom, targetUser } from '../http/admin.js';
import { accountPage, usersPage } from './team-routes.js';
import {
  getDocument,
  getDocumentBySha,
  getEntities,
  getPage,
  listCollections,
  listDocuments,
  pageList,
} from '../store/documents.js';
import { docPath, DocumentPage, DocumentsPage, type DocumentPageData } from './documents.js';
import { citationsOf } from '../cite/stored.js';
import { reprocess } from '../http/reprocess.js';
import { MessagePage } from './layout.js';
import type { Identity } from '../store/accounts.js';
import type { AppContext, Env, Route } from '../http/context.js';
import { LoginPage } from './login.js';
import { SearchPage } from './search.js';
import { UploadPage } from './upload.js';
import { ViewerPage, type CitedPage, type ViewerData } from './viewer.js';
import { identityConflicts } from '../case/identity.js';
import { PeoplePage, PersonPage } from './person.js';
import {
  documentsOf,
  getPerson,
  listPeople,
  passportsOf,
  personAsRead,
  peopleFor,
  personTimeline,
  searchDocumentsWithPeople,
  visiblePeople,
} from '../case/people.js';
import { allowed } from '../http/permissions.js';
import { accessOf, peopleAsReadOf, peopleDecisionScope, readable } from '../http/access.js';
import { SESSION_COOKIE } from '../http/auth.js';
import {
  atLeast,
  collectionOf,
  collectionsFor,
  levelOn,
  grantCollection,
  isGrantLevel,
  revokeCollection,
} from '../store/access.js';
import { LoginThrottle } from '../http/throttle.js';
import { counted } from './counted.js';

/** Failed logins of this process, by name and by client address (http/throttle.ts). */
const loginThrottle = new LoginThrottle();

type Context = HonoContext<Env>;

/** Only paths on this server: no `//host` or scheme, so the login cannot redirect elsewhere. */
function localPath(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/';
}

// The UI's own files (web/static) and its font, with Node's serveStatic. Only one path component of
// safe characters, of the kinds the pages use, is served: nothing outside the two folders can be named.
const STATIC_NAME = /^[a-z0-9][a-z0-9._-]*\.(?:css|js|woff2|svg)$/i;
const fontsDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')),
  'files',
);
const appFiles = serveStatic({
  root: path.join(packageRoot, 'web', 'static'),
  rewriteRequestPath: (p) => p.replace(/^\/static/, ''),
});
const fontFiles = serveStatic({
  root: fontsDir,
  rewriteRequestPath: (p) => p.replace(/^\/static\/fonts/, ''),
});

async function staticFile(c: Context, files: typeof appFiles): Promise<Response> {
  const name = c.req.param('name') ?? '';
  if (!STATIC_NAME.test(name) || name.includes('..')) return notFound(c);
  const res = await files(c, async () => undefined);
  if (!res) return notFound(c);
  // serveStatic's onFound runs after the response is made: the header is set on it instead.
  res.headers.set('Cache-Control', 'public, max-age=3600');
  return res;
}

/**
 * What the viewer marks: a permalink's quote, verified (its closest passage marked as near, with the
 * notice, when it does not stand on the page), or search words, marked at every place they stand.
 */
function marking(
  text: string,
  quote: string,
): { highlight: ViewerData['highlight']; notOnPage: string | null } {
  if (!quote) return { highlight: null, notOnPage: null };
  const m = findQuote(text, quote);
  const differs = m.differences.flatMap((d): Array<[number, number]> =>
    d.start !== null && d.end !== null ? [[d.start, d.end]] : [],
  );
  const highlight =
    m.start !== null && m.end !== null
      ? { start: m.start, end: m.end, near: !m.found, differs }
      : null;
  return { highlight, notOnPage: m.found ? null : notFoundMessage(m) };
}

/** The viewer of a page; `cited`: a stored citation's page and quote (/c/<id>) instead of the address's. */
export async function viewer(c: Context, ctx: AppContext, cited?: CitedPage): Promise<Response> {
  const doc = await readable(
    c,
    ctx,
    cited
      ? await getDocument(ctx.archive.db, cited.documentId)
      : await getDocumentBySha(ctx.archive.db, c.req.param('sha') ?? ''),
  );
  const pageNo = cited ? cited.page : pageNumber(c.req.param('page'));
  const page =
    doc && pageNo !== undefined ? await getPage(ctx.archive.db, doc.id, pageNo) : undefined;
  if (!doc || !page) return notFoundPage(c, 'No such page', 'There is no such document or page.');
  const asked = cited ? undefined : validQuery(c, viewerQuery);
  const quote = cited ? cited.quote : asked!.q;
  const searched = quote ? '' : (asked?.w ?? '');
  const { highlight, notOnPage } = marking(page.text, quote);
  const entities: Record<string, Array<{ value: string; text: string }>> = {};
  const entityBoxes: Array<{ type: string; box: [number, number, number, number] }> = [];
  const onPage = (await getEntities(ctx.archive.db, doc.id)).filter((e) => e.page === pageNo);
  // Word boxes: OCR's, or a born-digital page's from its text layer (read again from the original).
  const words =
    page.method === 'ocr'
      ? page.words
      : page.method === 'text-layer' && doc.mediaType === 'application/pdf'
        ? await (
            ctx.textLayerWords?.(ctx.archive, doc.sha256, page.page, page.text) ??
            Promise.resolve(null)
          ).catch(() => null)
        : null;
  for (const e of onPage) {
    if (page.method === 'ocr')
      for (const box of e.boxes ?? []) entityBoxes.push({ type: e.type, box });
    else if (e.start !== null && e.end !== null)
      for (const box of boxesFor(words, e.start, e.end) ?? [])
        entityBoxes.push({ type: e.type, box });
    const list = (entities[e.type] ??= []);
    if (!list.some((x) => x.value === e.normalized) && e.text.length <= 300)
      list.push({ value: e.normalized, text: e.text });
  }
  const marks = searched
    ? matchSpans(
        page.text,
        searched,
        onPage
          .filter((e) => e.type !== 'date')
          .map((e) => ({ value: e.normalized, start: e.start, end: e.end })),
      )
    : [];
  const spans: Array<[number, number]> = highlight ? [[highlight.start, highlight.end]] : marks;
  // Text documents have no page image; PDFs render theirs, scans and photos keep theirs.
  const hasImage =
    page.method === 'ocr' || page.imagePath !== null || doc.mediaType === 'application/pdf';
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
      boxes={spans.flatMap(([s, e], mark) =>
        (boxesFor(words, s, e) ?? []).map((box) => ({ box, mark })),
      )}
      entityBoxes={entityBoxes}
      highlight={highlight}
      marks={marks}
      hasImage={hasImage}
      quote={quote}
      words={searched}
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
  const key = c.req.param('key') ?? '';
  const asRead = await peopleAsReadOf(c, ctx);
  const found = await personAsRead(db, key, access, asRead);
  if (found && 'moved' in found)
    return c.redirect(`/people/${encodeURIComponent(found.moved)}`, 307);
  if (!found)
    return notFoundPage(
      c,
      'No such person',
      'There is no such person (people may have been merged or split since).',
    );
  const { person } = found;
  const user = c.get('user');
  const { claims, contradictions } = await personTimeline(db, person.key, access, asRead);
  const others = allowed(user.role, 'edit')
    ? (await visiblePeople(db, await listPeople(db, access.all ? 1000 : 5000), access))
        .slice(0, 1000)
        .filter((p) => p.key !== person.key)
        .map((p) => ({ key: p.key, name: p.name }))
    : undefined;
  return c.html(
    <PersonPage
      user={user}
      person={person}
      documents={await documentsOf(db, person, access)}
      claims={claims}
      contradictions={contradictions}
      conflicts={await identityConflicts(db, access, person.key)}
      passports={await passportsOf(db, person.key, access, asRead)}
      {...(others ? { others } : {})}
    />,
  );
}

/** The page for a refused people decision: 404 as for a person that does not exist, or 403 with the reason. */
function refusedPage(
  c: Context,
  refused: { status: 403 | 404; error: string },
  notFound: string,
): Response | Promise<Response> {
  if (refused.status === 404) return notFoundPage(c, 'No such person', notFound);
  return c.html(
    <MessagePage title="Not allowed" message={refused.error} user={c.get('user')} />,
    403,
  );
}

function notFoundPage(c: Context, title: string, message: string): Response | Promise<Response> {
  return c.html(<MessagePage title={title} message={message} user={c.get('user')} />, 404);
}

/** A web page the user's role may not open: an HTML page that says so (403), never JSON. */
export function forbiddenPage(
  c: HonoContext,
  user: Identity,
  permission: string,
): Response | Promise<Response> {
  const what: Record<string, string> = {
    search: 'search',
    upload: 'upload documents',
    cite: 'cite',
    edit: 'merge or split people',
    admin: 'manage users',
    read: 'read documents',
  };
  return c.html(
    <MessagePage
      title="Not allowed"
      message={`Your role (${user.role}) may not ${what[permission] ?? permission}. Ask an admin if you need to.`}
      user={user}
    />,
    403,
  );
}

/** An address no route answers: an HTML page for browsers, JSON under /api/. */
export function notFound(c: HonoContext): Response | Promise<Response> {
  if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/static/'))
    return c.json({ error: 'not found' }, 404);
  return c.html(<MessagePage title="Not found" message="There is no page at this address." />, 404);
}

async function documentsPage(c: Context, ctx: AppContext): Promise<Response> {
  const f = validQuery(c, documentListQuery);
  const access = await accessOf(c, ctx);
  const [{ total, documents }, collections] = await Promise.all([
    listDocuments(ctx.archive.db, documentFilter(f), access),
    listCollections(ctx.archive.db, access),
  ]);
  return c.html(
    <DocumentsPage
      user={c.get('user')}
      documents={documents}
      total={total}
      offset={f.offset}
      limit={f.limit}
      collection={f.collection}
      status={f.status}
      kind={f.kind}
      language={f.language}
      addedFrom={f.added_from}
      addedTo={f.added_to}
      sort={f.sort}
      collections={collections}
    />,
  );
}

/** A page's answer to a query that does not fit its schema: the message, on a page titled `title` (400). */
export function invalidPage(title: string) {
  return (c: Context, message: string) =>
    c.html(<MessagePage title={title} message={message} user={c.get('user')} />, 400);
}

/** A document's page: its facts, pages and citations; the reprocess form for those who may edit it. */
async function documentPage(
  c: Context,
  ctx: AppContext,
  notice?: { error: boolean; text: string },
  status: 200 | 202 | 400 | 403 | 409 = 200,
): Promise<Response> {
  const doc = await readable(
    c,
    ctx,
    await getDocumentBySha(ctx.archive.db, c.req.param('sha') ?? ''),
  );
  if (!doc) return notFoundPage(c, 'No such document', 'There is no such document.');
  const user = c.get('user');
  const mayReprocess =
    allowed(user.role, 'edit') &&
    atLeast(
      await levelOn(ctx.archive.db, user, collectionOf(doc), ctx.archive.config.defaultAccess),
      'edit',
    );
  return c.html(
    <DocumentPage
      user={user}
      doc={doc}
      pages={await pageList(ctx.archive.db, doc.id)}
      named={namedIn(await getEntities(ctx.archive.db, doc.id))}
      citations={await citationsOf(ctx.archive.db, doc.id)}
      mayReprocess={mayReprocess}
      notice={notice}
    />,
    status,
  );
}

/** A document's entities by type, each value once with its pages (for the document page). */
function namedIn(
  rows: Array<{ type: string; normalized: string; page: number; personKey: string | null }>,
): NonNullable<DocumentPageData['named']> {
  const named: NonNullable<DocumentPageData['named']> = {};
  const seen = new Map<string, { value: string; pages: number[]; personKey: string | null }>();
  for (const e of rows) {
    const id = `${e.type}\u0000${e.personKey ?? e.normalized}`;
    let v = seen.get(id);
    if (!v) {
      v = { value: e.normalized, pages: [], personKey: e.personKey };
      seen.set(id, v);
      (named[e.type] ??= []).push(v);
    }
    if (!v.pages.includes(e.page)) v.pages.push(e.page);
  }
  return named;
}

export const WEB_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/static/:name',
    permission: 'public',
    handler: (c) => staticFile(c, appFiles),
  },
  {
    method: 'GET',
    path: '/static/fonts/:name',
    permission: 'public',
    handler: (c) => staticFile(c, fontFiles),
  },
  {
    method: 'GET',
    path: '/login',
    permission: 'public',
    query: loginQuery,
    handler: (c) => c.html(<LoginPage next={localPath(validQuery(c, loginQuery).next)} />),
  },
  {
    method: 'POST',
    path: '/login',
    permission: 'public',
    form: loginForm,
    handler: async (c, ctx) => {
      const form = validForm(c, loginForm);
      const next = localPath(form.next);
      const name = form.name;
      // The socket's address, never a forwarding header a client could write itself.
      const address = c.env.incoming?.socket.remoteAddress ?? 'unknown';
      const wait = loginThrottle.retryAfter(name, address);
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60);
        return c.html(
          <LoginPage
            error={`Too many failed logins. Try again in ${counted(minutes, 'minute')}.`}
            next={next}
          />,
          429,
          { 'Retry-After': String(wait) },
        );
      }
      const session = await login(ctx.archive.db, name, form.password);
      if (!session) {
        loginThrottle.failed(name, address);
        return c.html(<LoginPage error="Wrong name or password." next={next} />, 401);
      }
      loginThrottle.succeeded(name);
      setCookie(c, SESSION_COOKIE, session.session, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure: new URL(c.req.url).protocol === 'https:',
        maxAge: SESSION_MS / 1000,
      });
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
    queued: true,
    query: searchQuery,
    invalid: invalidPage('Search'),
    handler: async (c, ctx) => {
      const p = searchParams(validQuery(c, searchQuery));
      const asked =
        p.q ||
        p.persons ||
        p.places ||
        p.organizations ||
        p.from ||
        p.to ||
        p.kind ||
        p.language ||
        p.collection;
      try {
        const { response, people } = asked
          ? await searchDocumentsWithPeople(
              ctx.search.meili,
              ctx.archive.db,
              { ...p, access: await accessOf(c, ctx) },
              await peopleAsReadOf(c, ctx),
            )
          : { response: undefined, people: [] };
        return c.html(
          <SearchPage user={c.get('user')} params={p} response={response} people={people} />,
        );
      } catch (err) {
        return c.html(
          <SearchPage user={c.get('user')} params={p} error={(err as Error).message} />,
          400,
        );
      }
    },
  },
  {
    method: 'GET',
    path: '/upload',
    permission: 'upload',
    web: true,
    handler: async (c, ctx) => {
      const mine = await collectionsFor(
        ctx.archive.db,
        c.get('user'),
        ctx.archive.config.defaultAccess,
      );
      return c.html(
        <UploadPage
          user={c.get('user')}
          collections={mine.filter((col) => atLeast(col.level, 'upload')).map((col) => col.name)}
        />,
      );
    },
  },
  {
    method: 'GET',
    path: '/people',
    permission: 'read',
    web: true,
    query: wordsQuery,
    handler: async (c, ctx) => {
      const q = validQuery(c, wordsQuery).q;
      const found = await peopleFor(
        ctx.archive.db,
        q,
        await accessOf(c, ctx),
        await peopleAsReadOf(c, ctx),
      );
      return c.html(<PeoplePage user={c.get('user')} people={found} q={q} />);
    },
  },
  {
    method: 'GET',
    path: '/people/:key',
    permission: 'read',
    web: true,
    handler: (c, ctx) => personPage(c, ctx),
  },
  {
    method: 'POST',
    path: '/people/:key/merge',
    permission: 'edit',
    web: true,
    form: mergeBody,
    handler: async (c, ctx) => {
      const other = validForm(c, mergeBody).with;
      const decision = await peopleDecisionScope(c, ctx, [c.req.param('key') ?? '', other]);
      if ('refused' in decision)
        return refusedPage(c, decision.refused, 'There is no such person.');
      const key = await ctx.people?.merge(
        ctx.archive.db,
        c.req.param('key') ?? '',
        other,
        c.get('user').id,
        decision.scope,
      );
      return key
        ? c.redirect(`/people/${encodeURIComponent(key)}`, 303)
        : notFoundPage(c, 'No such person', 'There is no such person.');
    },
  },
  {
    method: 'POST',
    path: '/people/:key/split',
    permission: 'edit',
    web: true,
    form: splitBody,
    handler: async (c, ctx) => {
      const variant = validForm(c, splitBody).variant;
      const key = c.req.param('key') ?? '';
      const decision = await peopleDecisionScope(c, ctx, [key], variant);
      if ('refused' in decision)
        return refusedPage(c, decision.refused, 'There is no such person or spelling.');
      const moved = await ctx.people?.split(
        ctx.archive.db,
        key,
        variant,
        c.get('user').id,
        decision.scope,
      );
      if (!moved) return notFoundPage(c, 'No such person', 'There is no such person or spelling.');
      const stays = (await getPerson(ctx.archive.db, key)) ? key : moved;
      return c.redirect(`/people/${encodeURIComponent(stays)}`, 303);
    },
  },
  {
    method: 'GET',
    path: '/admin/users',
    permission: 'admin',
    web: true,
    handler: (c, ctx) => usersPage(c, ctx),
  },
  {
    method: 'POST',
    path: '/admin/users',
    permission: 'admin',
    web: true,
    form: userBody,
    handler: async (c, ctx) => {
      const form = validForm(c, userBody);
      const r = await addUserFrom(ctx, form.name, form.role);
      if (!r.ok) return usersPage(c, ctx, { error: r.error }, r.status);
      return usersPage(c, ctx, {
        shown: {
          title: `Added ${r.created.name} (${r.created.role})`,
          name: r.created.name,
          password: r.created.password,
          token: r.created.token,
        },
      });
    },
  },
  {
    method: 'POST',
    path: '/admin/users/:id/reset',
    permission: 'admin',
    web: true,
    handler: async (c, ctx) => {
      const user = await targetUser(c, ctx, c.get('user').id);
      if (user === 'self')
        return usersPage(c, ctx, { error: 'Change your own password on your account page.' }, 400);
      if (!user) return usersPage(c, ctx, { error: 'No such user.' }, 404);
      const password = (await resetPassword(ctx.archive.db, user.id))!;
      return usersPage(c, ctx, {
        shown: { title: `New password for ${user.name}`, name: user.name, password },
      });
    },
  },
  {
    method: 'POST',
    path: '/admin/users/:id/disable',
    permission: 'admin',
    web: true,
    handler: async (c, ctx) => {
      const user = await targetUser(c, ctx, c.get('user').id);
      if (user === 'self')
        return usersPage(c, ctx, { error: 'An admin cannot disable themselves.' }, 400);
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
    form: grantForm,
    handler: async (c, ctx) => {
      const form = validForm(c, grantForm);
      if (!isGrantLevel(form.level))
        return usersPage(c, ctx, { error: 'The level is one of read, upload, edit.' }, 400);
      const r = await granteeFrom(ctx, form.collection, { user: form.user });
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
    form: grantForm,
    handler: async (c, ctx) => {
      const form = validForm(c, grantForm);
      const r = await granteeFrom(ctx, form.collection, { user: form.user });
      if (!r.ok) return usersPage(c, ctx, { error: r.error }, r.status);
      if (!(await revokeCollection(ctx.archive.db, r.collection, r.grantee)))
        return usersPage(c, ctx, { error: 'No such grant.' }, 404);
      return c.redirect('/admin/users', 303);
    },
  },
  {
    method: 'GET',
    path: '/account',
    permission: 'read',
    web: true,
    handler: (c, ctx) => accountPage(c, ctx),
  },
  {
    method: 'POST',
    path: '/account/password',
    permission: 'read',
    web: true,
    form: passwordForm,
    handler: async (c, ctx) => {
      const form = validForm(c, passwordForm);
      const user = c.get('user');
      const next = form.password;
      if (next !== form.confirm)
        return accountPage(c, ctx, { error: 'The two new passwords differ.' }, 400);
      const r = await changePassword(ctx.archive.db, user.id, form.current, next);
      if (r === 'wrong')
        return accountPage(c, ctx, { error: 'The current password is wrong.' }, 400);
      if (r === 'weak')
        return accountPage(c, ctx, { error: 'A password is at least 12 characters.' }, 400);
      return accountPage(c, ctx, { message: 'Your password was changed.' });
    },
  },
  {
    method: 'GET',
    path: '/documents',
    permission: 'read',
    web: true,
    query: documentListQuery,
    invalid: invalidPage('Documents'),
    handler: (c, ctx) => documentsPage(c, ctx),
  },
  {
    method: 'GET',
    path: '/d/:sha',
    permission: 'read',
    web: true,
    handler: (c, ctx) => documentPage(c, ctx),
  },
  {
    method: 'POST',
    path: '/d/:sha/reprocess',
    permission: 'edit',
    web: true,
    form: reprocessForm,
    handler: async (c, ctx) => {
      const doc = await readable(
        c,
        ctx,
        await getDocumentBySha(ctx.archive.db, c.req.param('sha') ?? ''),
      );
      if (!doc) return notFoundPage(c, 'No such document', 'There is no such document.');
      const r = await reprocess(c, ctx, doc, validForm(c, reprocessForm).from);
      if (!r.ok) return documentPage(c, ctx, { error: true, text: r.error }, r.status);
      return c.redirect(docPath(doc.sha256), 303);
    },
  },
  {
    method: 'GET',
    path: '/d/:sha/p/:page',
    permission: 'read',
    web: true,
    query: viewerQuery,
    handler: (c, ctx) => viewer(c, ctx),
  },
];
