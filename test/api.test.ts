// The API over real HTTP against `casefile serve`: health, authentication, every route refused or
// allowed per role (generated from the route table, so a new route cannot be forgotten), search.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES as ROUTES } from '../api/routes.js';
import { allowed } from '../http/permissions.js';
import { ROLES, type Role } from '../schema/tables.js';
import type { SearchResponse } from '../search/query.js';
import { tempDir } from './backends.js';
import { runCli, startServe, type RunningServer } from './cli.js';
import { corpusFile, corpusFiles } from './fixtures.js';

describe('API over HTTP', () => {
  let work: string;
  let base: string;
  const tokens = {} as Record<Role, string>;

  let server: RunningServer | undefined;
  async function startServer(env: Record<string, string>): Promise<{ out: () => string }> {
    server = await startServe(env);
    base = server.base;
    return { out: server.output };
  }
  const stopServer = async () => server?.stop();

  beforeAll(async () => {
    work = tempDir('casefile-api-');
    const env = { CASEFILE_DATA: path.join(work, 'data') };
    // The first start with no users creates an admin and prints its credentials once.
    const first = await startServer(env);
    tokens.admin = /API token: (\S+)/.exec(first.out())![1]!;
    expect(first.out()).toMatch(/password: +\S{16,}/);
    await stopServer();

    const input = path.join(work, 'input');
    fs.mkdirSync(input);
    for (const f of ['12-news-przemysl-ruling.pdf', '02-charge-ibrohimov.pdf'])
      fs.copyFileSync(path.join(corpusFiles, f), path.join(input, f));
    expect((await runCli(['ingest', input], env)).code).toBe(0);
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const run = await runCli(['user', 'add', `${role}-1`, '--role', role, '--json'], env);
      const created = JSON.parse(run.stdout) as {
        name: string;
        role: Role;
        token: string;
        password: string;
      };
      expect(created).toMatchObject({ name: `${role}-1`, role });
      expect(created.token).toMatch(/^cf_[0-9a-f]{16}\./);
      tokens[role] = created.token;
      // Edit on the documents' collection, so that what this test sees is the role's permission
      // alone (refusals by collection grant are test/access.test.ts's).
      const grant = ['collection', 'grant', 'default', '--user', `${role}-1`, '--level', 'edit'];
      expect((await runCli(grant, env)).code).toBe(0);
    }
    const second = await startServer(env);
    // Users exist now: no second admin, no credentials printed.
    expect(second.out()).not.toMatch(/API token/);
  }, 300_000);

  afterAll(async () => {
    await stopServer();
    fs.rmSync(work, { recursive: true, force: true });
  });

  const call = (p: string, token?: string, init: RequestInit = {}) =>
    fetch(base + p, {
      ...init,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const routeCall = (route: (typeof ROUTES)[number], token?: string) =>
    call(route.path.replace(':id', '1') + (route.path === '/api/search' ? '?q=x' : ''), token, {
      method: route.method,
      ...(route.method === 'POST' ? { body: '{}' } : {}),
    });

  it('answers health without a user, and sends strict security headers', async () => {
    const res = await call('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('ends with the reason when its port is taken, leaving no search engine running', async () => {
    const other = path.join(work, 'other');
    const port = new URL(base).port;
    const run = await runCli(['serve', '--port', port], { CASEFILE_DATA: other }, 120_000);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`cannot listen on 127.0.0.1:${port}: the port is in use`);
    expect(run.stderr).not.toMatch(/Unhandled|at Server\./);
    // No process of that start (its search engine) outlives it.
    const running = fs
      .readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(other);
        } catch {
          return false;
        }
      });
    expect(running).toEqual([]);
  }, 150_000);

  it('refuses every non-public route without a user or with a bad token (401)', async () => {
    for (const route of ROUTES.filter((r) => r.permission !== 'public')) {
      expect((await routeCall(route)).status, route.path).toBe(401);
      expect(
        (await routeCall(route, 'cf_0000000000000000.not-a-real-token-at-all')).status,
        route.path,
      ).toBe(401);
    }
  });

  it('allows and refuses each route for each role as the permission table says (403)', async () => {
    for (const route of ROUTES.filter((r) => r.permission !== 'public')) {
      for (const role of ROLES) {
        const res = await routeCall(route, tokens[role]);
        if (allowed(role, route.permission))
          expect(res.status, `${role} ${route.path}`).not.toBe(403);
        else expect(res.status, `${role} ${route.path}`).toBe(403);
      }
    }
  });

  it('searches across spellings over HTTP and reports documents', async () => {
    // The role matrix above asked for document 1 to be read again: its pages are back in the index
    // once that is done, which takes as long as the machine's load makes it.
    let body: SearchResponse = { hits: [] } as unknown as SearchResponse;
    await expect
      .poll(
        async () => {
          const res = await call('/api/search?q=Ibrohimova&limit=5', tokens.editor);
          expect(res.status).toBe(200);
          body = (await res.json()) as SearchResponse;
          return body.hits.map((h) => h.filename);
        },
        { timeout: 120_000, interval: 1000 },
      )
      .toEqual(expect.arrayContaining(['02-charge-ibrohimov.pdf', '12-news-przemysl-ruling.pdf']));
    expect((await call('/api/search?q=x&from=yesterday', tokens.editor)).status).toBe(400);
    const doc = await (
      await call(`/api/documents/${body.hits[0]!.documentId}`, tokens.investigator)
    ).json();
    expect(doc).toMatchObject({ status: 'done', filename: body.hits[0]!.filename });
    expect((await call('/api/documents/999999', tokens.investigator)).status).toBe(404);
  });

  it('takes an upload of several files, acknowledges each, and processes them', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob(['Письмо из Люблина: Шахноз Иброхимова приехала в Варшаву 3 июня 2019 года.']),
      'letter.txt',
    );
    form.append(
      'file',
      new Blob([fs.readFileSync(path.join(corpusFiles, corpusFile('11-')))]),
      '../../etc/interview.pdf',
    );
    form.append('file', new Blob([Buffer.alloc(0)]), 'empty.txt');
    expect(
      (await call('/api/documents', tokens.editor, { method: 'POST', body: form })).status,
    ).toBe(403);
    const res = await call('/api/documents', tokens.investigator, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const { files } = (await res.json()) as {
      files: Array<{ id: number; sha256: string; filename: string; status: string }>;
    };
    expect(files.map((f) => [f.filename, f.status])).toEqual([
      ['letter.txt', 'queued'],
      ['interview.pdf', 'queued'],
      ['empty.txt', 'queued'],
    ]);
    for (const f of files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Each file is processed by the server's workers; the empty one fails with its reason.
    const deadline = Date.now() + 120_000;
    const status = async (id: number) =>
      (await (await call(`/api/documents/${id}`, tokens.investigator)).json()) as {
        status: string;
        error: string | null;
        pageCount: number;
      };
    for (const f of files) {
      while (
        (await status(f.id)).status !== 'done' &&
        (await status(f.id)).status !== 'failed' &&
        Date.now() < deadline
      )
        await new Promise((r) => setTimeout(r, 300));
    }
    expect(await status(files[0]!.id)).toMatchObject({ status: 'done', pageCount: 1 });
    expect(await status(files[1]!.id)).toMatchObject({ status: 'done', pageCount: 2 });
    expect(await status(files[2]!.id)).toMatchObject({
      status: 'failed',
      error: 'empty file (0 bytes)',
    });
    const found = (await (
      await call('/api/search?q=Ibrohimova', tokens.editor)
    ).json()) as SearchResponse;
    expect(found.hits.map((h) => h.filename)).toContain('letter.txt');
    // The same bytes again are recognised.
    const again = new FormData();
    again.append(
      'file',
      new Blob([fs.readFileSync(path.join(corpusFiles, corpusFile('11-')))]),
      'copy.pdf',
    );
    const dup = (await (
      await call('/api/documents', tokens.investigator, { method: 'POST', body: again })
    ).json()) as { files: Array<{ status: string; id: number }> };
    expect(dup.files).toEqual([expect.objectContaining({ status: 'duplicate', id: files[1]!.id })]);
  });

  it('cites a quote that stands on the page, verifies it exactly, and refuses an altered one as near with its differences', async () => {
    const hits = (await (
      await call('/api/search?q=Medyka', tokens.editor)
    ).json()) as SearchResponse;
    const news = hits.hits.find((h) => h.filename === '12-news-przemysl-ruling.pdf')!;
    const post = (p: string, token: string, body: unknown) =>
      call(p, token, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    const quote = 'she entered Ukraine from Russia on January 17, 2018';
    const cited = await post('/api/citations', tokens['fact-checker'], {
      document: news.documentId,
      page: 1,
      quote,
    });
    expect(cited.status).toBe(200);
    const citation = (await cited.json()) as {
      id: string;
      link: string;
      status: string;
      quote: string;
      sha256: string;
      permalink: string;
      text: string;
      markdown: string;
      csl: { URL: string };
      match: string;
    };
    expect(citation).toMatchObject({ quote, sha256: news.sha256, match: 'exact', status: 'holds' });
    expect(citation.permalink).toBe(
      `${base}/d/${news.sha256.slice(0, 16)}/p/1?q=${encodeURIComponent(quote)}`,
    );
    // Stored under a short stable id: its link is the one the forms cite.
    expect(citation.link).toBe(`${base}/c/${citation.id}`);
    expect(citation.csl.URL).toBe(citation.link);
    expect(
      (
        await post('/api/citations', tokens['fact-checker'], {
          document: news.documentId,
          page: 1,
          quote: 'she was in Istanbul on 23 March 2018',
        })
      ).status,
    ).toBe(422);
    expect(
      (await post('/api/citations', tokens.editor, { document: news.documentId, page: 1, quote }))
        .status,
    ).toBe(403);

    type Verified = {
      found: boolean;
      match: string | null;
      score: number;
      passage: string | null;
      differences: Array<{
        quote: string | null;
        page: string | null;
        kind: string;
        start: number | null;
        end: number | null;
      }>;
    };
    const verify = async (q: string) =>
      (await (
        await post('/api/citations/verify', tokens['fact-checker'], {
          sha256: news.sha256,
          page: 1,
          quote: q,
        })
      ).json()) as Verified;
    expect(await verify('she entered Ukraine from\nRussia on January 17, 2018')).toMatchObject({
      found: true,
      match: 'exact',
      score: 1,
      differences: [],
    });
    // An altered date is not found, however alike: the closest passage and the difference are reported.
    const altered = await verify('she entered Ukraine from Russia on January 18, 2018');
    expect(altered).toMatchObject({
      found: false,
      match: 'near',
      differences: [{ quote: '18', page: '17', kind: 'number' }],
    });
    expect(altered.passage?.replace(/\s+/g, ' ')).toBe(quote);
    expect(altered.score).toBeGreaterThan(0.95);
    const misread = await verify('she entred Ukraine frorn Russia on January 17, 2O18');
    expect(misread).toMatchObject({ found: false, match: 'near' });
    expect(misread.differences.map((d) => d.quote)).toEqual(['entred', 'frorn', '2O18']);
    expect(await verify('she flew to Istanbul and joined the armed group')).toMatchObject({
      found: false,
      match: null,
      passage: null,
    });
    // Nor can an altered quote be cited.
    const refused = await post('/api/citations', tokens['fact-checker'], {
      document: news.sha256,
      page: 1,
      quote: 'she entered Ukraine from Russia on January 18, 2018',
    });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      error:
        'This quote does not stand on this page; the closest passage differs in: “18” where the page has “17” (number).',
      match: 'near',
      differences: [{ quote: '18', page: '17', kind: 'number' }],
    });
  });
});
