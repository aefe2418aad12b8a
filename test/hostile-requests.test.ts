// Hostile requests against the real server, generated from the route table: path traversal in every
// path and query parameter, markup and script in every query parameter of the HTML pages, a document
// whose text is markup; and nothing secret or from a document ever in the server's own output.
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '../server/app.js';
import { packageRoot } from '../core/paths.js';
import type { RunningServer } from './cli.js';
import { servedArchive, textPdf, type Credentials } from './fixtures.js';

/** Sends the path exactly as given (fetch would resolve `..` and re-encode before sending). */
function rawGet(
  base: string,
  rawPath: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; type: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: rawPath, method: 'GET', headers },
      (res) => {
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (d: string) => (body += d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            type: String(res.headers['content-type'] ?? ''),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * Every query parameter the server reads, so a new one cannot be forgotten: those the route table's
 * schemas declare, and any a handler reads by hand (found in the source).
 */
function queryParameters(): string[] {
  const names = new Set(ALL_ROUTES.flatMap((r) => Object.keys(r.query?.shape ?? {})));
  for (const dir of ['api', 'web', 'http', 'server']) {
    for (const file of fs
      .readdirSync(path.join(packageRoot, dir))
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))) {
      const source = fs.readFileSync(path.join(packageRoot, dir, file), 'utf8');
      for (const m of source.matchAll(/\.(?:query|queries)\('([a-z]+)'\)/g)) names.add(m[1]!);
    }
  }
  return [...names].sort();
}

const TRAVERSAL = [
  '../../../../etc/passwd',
  '..%2f..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '..%5c..%5c..%5cetc%5cpasswd',
  '%2fetc%2fpasswd',
  '....%2f%2f....%2f%2fetc%2fpasswd',
  '..%2fmeili-master-key',
  '..%252f..%252fetc%252fpasswd',
  'app.css%00.js',
  '%00',
];
const XSS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
];
const MARKER = 'Zebulon-Quartz-7731';
/** The person the document names, and their key once the people stage has run (keys are random). */
const PERSON_NAME = 'Tursunova';
let personKey = '';
const FONT = fs
  .readdirSync(
    path.join(
      path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')),
      'files',
    ),
  )
  .find((f) => f.endsWith('.woff2'))!;
const DOCUMENT_TEXT = `Statement of ${MARKER} about Gulnoz Tursunova. <script>alert(1)</script> <a href="javascript:alert(2)">open</a> <img src=x onerror=alert(3)>`;

describe('hostile requests', () => {
  const served = servedArchive('casefile-hostile-');
  const { data } = served;
  let server: RunningServer;
  let user: Credentials;
  let doc: { id: number; sha256: string };
  /** A PDF, whose pages have images. */
  let pdf: { id: number; sha256: string };
  let session = '';
  let masterKey = '';
  /** A stored citation's short id (/c/:id, /api/citations/:id). */
  let citation = '';

  beforeAll(async () => {
    // The user is made by the CLI, so the server never prints a credential of its own.
    user = await served.addUser('ines', 'admin');
    server = await served.start();
    masterKey = fs.readFileSync(path.join(data, 'meili-master-key'), 'utf8').trim();
    const form = new FormData();
    form.append('file', new Blob([DOCUMENT_TEXT]), 'statement.txt');
    form.append(
      'file',
      new Blob([
        new Uint8Array(textPdf(['A page of the register, with an image for the viewer.'])),
      ]),
      'register.pdf',
    );
    const up = (await (
      await fetch(`${server.base}/api/documents`, { method: 'POST', body: form, headers: auth() })
    ).json()) as { files: Array<{ id: number; sha256: string }> };
    [doc, pdf] = [up.files[0]!, up.files[1]!];
    const deadline = Date.now() + 60_000;
    for (const id of [doc.id, pdf.id]) {
      while (
        (
          (await (
            await fetch(`${server.base}/api/documents/${id}`, { headers: auth() })
          ).json()) as { status: string }
        ).status !== 'done' &&
        Date.now() < deadline
      ) {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    // People are rebuilt once the queue is idle; the person pages need one.
    for (;;) {
      const found = (
        (await (await fetch(`${server.base}/api/people`, { headers: auth() })).json()) as {
          people: Array<{ key: string; name: string }>;
        }
      ).people.find((p) => p.name.includes(PERSON_NAME));
      if (found || Date.now() >= deadline) {
        personKey = found?.key ?? '';
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const login = await fetch(`${server.base}/login`, {
      method: 'POST',
      body: new URLSearchParams({ name: 'ines', password: user.password, next: '/' }),
      headers: { origin: server.base },
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    session = /casefile_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
    const cited = await fetch(`${server.base}/api/citations`, {
      method: 'POST',
      body: JSON.stringify({ document: doc.id, page: 1, quote: `Statement of ${MARKER}` }),
      headers: { ...auth(), 'content-type': 'application/json' },
    });
    citation = ((await cited.json()) as { id: string }).id;
  }, 180_000);

  const auth = () => ({ authorization: `Bearer ${user.token}` });
  const leaks = (body: string) =>
    body.includes('root:x:0:0') || body.includes(masterKey) || body.includes('PG_VERSION');

  /** A valid value for each path parameter, so that only the one under attack is hostile. */
  function validParams(routePath = ''): Record<string, string> {
    const id = /^\/(?:c|api\/citations)\//.test(routePath)
      ? citation
      : String(routePath.endsWith('/image') ? pdf.id : doc.id);
    return {
      id,
      page: '1',
      sha: doc.sha256.slice(0, 16),
      name: routePath.startsWith('/static/fonts/') ? FONT : 'app.css',
      key: personKey,
    };
  }

  it('refuses traversal in every path parameter of every route (4xx, nothing from outside leaks)', async () => {
    const getRoutes = ALL_ROUTES.filter((r) => r.method === 'GET' && r.path.includes(':'));
    expect(getRoutes.map((r) => r.path).sort()).toEqual([
      '/api/citations/:id',
      '/api/documents/:id',
      '/api/documents/:id/hits',
      '/api/documents/:id/original',
      '/api/documents/:id/pages/:page/image',
      '/api/people/:key',
      '/c/:id',
      '/d/:sha',
      '/d/:sha/p/:page',
      '/people/:key',
      '/static/:name',
      '/static/fonts/:name',
    ]);
    for (const route of getRoutes) {
      const params = route.path.match(/:[a-z]+/g)!.map((p) => p.slice(1));
      const valid = validParams(route.path);
      const fill = (values: Record<string, string>) =>
        route.path.replace(/:([a-z]+)/g, (_, p: string) => values[p]!);
      // The route answers with valid parameters: the attacks below reach its handler.
      expect((await rawGet(server.base, fill(valid), auth())).status, route.path).toBe(200);
      for (const param of params) {
        for (const payload of TRAVERSAL) {
          const res = await rawGet(server.base, fill({ ...valid, [param]: payload }), auth());
          expect(
            res.status >= 400 && res.status < 500,
            `${route.path} ${param}=${payload}: ${res.status}`,
          ).toBe(true);
          expect(leaks(res.body), `${route.path} ${param}=${payload}`).toBe(false);
        }
      }
    }
  });

  it('serves no file through traversal in any query parameter or citation field', async () => {
    const names = queryParameters();
    expect(names).toEqual([
      'added_from',
      'added_to',
      'all',
      'collection',
      'from',
      'group',
      'kind',
      'language',
      'limit',
      'next',
      'offset',
      'organization',
      'person',
      'place',
      'q',
      'sort',
      'status',
      'to',
      'w',
    ]);
    for (const route of ALL_ROUTES.filter((r) => r.method === 'GET')) {
      const values = validParams(route.path);
      const url = route.path.replace(/:([a-z]+)/g, (_, p: string) => values[p]!);
      for (const name of names) {
        for (const payload of TRAVERSAL) {
          const res = await rawGet(server.base, `${url}?${name}=${payload}`, auth());
          expect(res.status < 500, `${url}?${name}=${payload}: ${res.status}`).toBe(true);
          expect(leaks(res.body), `${url}?${name}=${payload}`).toBe(false);
        }
      }
    }
    for (const payload of TRAVERSAL.map(decodeURIComponent)) {
      for (const body of [
        { document: payload, page: 1, quote: 'x' },
        { document: doc.id, page: payload, quote: 'x' },
        { sha256: payload, page: 1, quote: 'x' },
      ]) {
        for (const route of ['/api/citations', '/api/citations/verify']) {
          const res = await fetch(server.base + route, {
            method: 'POST',
            body: JSON.stringify(body),
            headers: { ...auth(), 'content-type': 'application/json' },
          });
          expect(res.status, `${route} ${JSON.stringify(body)}`).toBe(404);
          expect(leaks(await res.text())).toBe(false);
        }
      }
    }
  }, 180_000); // every GET route × parameter × payload: thousands of requests

  it('never echoes markup from a query parameter unescaped into an HTML page', async () => {
    const cookie = { cookie: `casefile_session=${session}` };
    let pagesChecked = 0;
    for (const route of ALL_ROUTES.filter((r) => r.method === 'GET')) {
      const values = validParams(route.path);
      const url = route.path.replace(/:([a-z]+)/g, (_, p: string) => values[p]!);
      for (const name of queryParameters()) {
        for (const payload of XSS) {
          const res = await rawGet(
            server.base,
            `${url}?${name}=${encodeURIComponent(payload)}&q=${encodeURIComponent(payload)}`,
            cookie,
          );
          expect(res.status < 500, `${url}?${name}=${payload}: ${res.status}`).toBe(true);
          if (!res.type.startsWith('text/html')) continue;
          pagesChecked++;
          const html = Buffer.from(res.body, 'latin1').toString('utf8');
          expect(html, `${url}?${name}`).not.toMatch(
            /<script>alert|<img src=x|<svg onload|(?:href|src|action)="javascript:/i,
          );
        }
      }
    }
    // The search, login, upload, people, documents, users, account, citations and queue pages, a person's page, a document's page, the viewer and a citation's short link, each with every parameter and payload.
    expect(pagesChecked).toBe(13 * queryParameters().length * XSS.length);
  }, 180_000); // every GET route × parameter × payload: thousands of requests

  it('shows a document whose text is markup as text, in the viewer, search snippets and citations', async () => {
    const cookie = { cookie: `casefile_session=${session}` };
    const viewer = await (
      await fetch(
        `${server.base}/d/${doc.sha256.slice(0, 16)}/p/1?q=${encodeURIComponent(MARKER)}`,
        { headers: cookie },
      )
    ).text();
    expect(viewer).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(viewer).not.toMatch(/<script>alert|<img src=x|href="javascript:/);
    const results = await (await fetch(`${server.base}/?q=${MARKER}`, { headers: cookie })).text();
    expect(results).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(results).not.toMatch(/<script>alert|<img src=x|href="javascript:/);
    const cite = await fetch(`${server.base}/api/citations`, {
      method: 'POST',
      body: JSON.stringify({ document: doc.id, page: 1, quote: '<script>alert(1)</script>' }),
      headers: { ...auth(), 'content-type': 'application/json' },
    });
    const citation = (await cite.json()) as { markdown: string; permalink: string };
    expect(citation.markdown).toContain('> \\<script\\>alert\\(1\\)\\</script\\>');
    expect(citation.permalink).toContain('?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  });

  it('prints no secret and no document text in its output', async () => {
    // Everything that could: failed logins and tokens, searches, a failed file, the viewer.
    await fetch(`${server.base}/login`, {
      method: 'POST',
      body: new URLSearchParams({ name: 'ines', password: `${user.password}x` }),
      headers: { origin: server.base },
    });
    await fetch(`${server.base}/api/search?q=${MARKER}`, {
      headers: { authorization: `Bearer ${user.token}x` },
    });
    await fetch(`${server.base}/api/search?q=${MARKER}`, { headers: auth() });
    const form = new FormData();
    form.append(
      'file',
      new Blob([Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(`${MARKER} broken`)])]),
      `${MARKER}.pdf`,
    );
    const broken = (
      (await (
        await fetch(`${server.base}/api/documents`, { method: 'POST', body: form, headers: auth() })
      ).json()) as { files: Array<{ id: number }> }
    ).files[0]!;
    const deadline = Date.now() + 60_000;
    let status = '';
    while (status !== 'failed' && Date.now() < deadline) {
      status = (
        (await (
          await fetch(`${server.base}/api/documents/${broken.id}`, { headers: auth() })
        ).json()) as { status: string }
      ).status;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe('failed');
    await server.stop();
    const output = server.output() + server.errors();
    for (const secret of [
      user.token,
      user.token.split('.')[1]!,
      user.password,
      session,
      masterKey,
      MARKER,
      'alert(',
    ]) {
      expect(output.includes(secret), `the server printed ${secret.slice(0, 6)}…`).toBe(false);
    }
    expect(output).toMatch(/listening on/);
  });
});
