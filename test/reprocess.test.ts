// Processing a document again on demand, through the real server and its workers: a user with edit
// on the document's collection puts it back into the queue (every stage from the stored original, or
// from a chosen stage) over the API or the document page's form; its stored citations are re-verified
// (one made on page text that no longer stands is flagged broken). The document page lists its stored
// citations to whoever may read it. Runs on PostgreSQL when one is reachable (so the test can alter a
// stored page behind the server's back), else on PGlite. All names are invented.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './backends.js';
import { runCli, startServe, type RunningServer } from './cli.js';
import { writeFiles } from './fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = path.resolve(import.meta.dirname, '../test-artifacts/screenshots');
const backend = (await backends()).find((b) => b.name === 'postgres') ?? (await backends())[0]!;

interface Doc {
  id: number;
  sha256: string;
  filename: string;
  status: string;
  collection: string | null;
}

describe(`reprocessing on demand (${backend.name})`, () => {
  let server: RunningServer;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let databaseUrl: string | undefined;
  const creds: Record<string, { token: string; password: string }> = {};
  const docs: Record<string, Doc> = {};

  const call = (p: string, who: string, init: RequestInit = {}) =>
    fetch(server.base + p, {
      ...init,
      headers: {
        authorization: `Bearer ${creds[who]!.token}`,
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const post = (p: string, who: string, body: unknown) =>
    call(p, who, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  const docOf = async (id: number) =>
    (await (await call(`/api/documents/${id}`, 'root-irma')).json()) as Doc;
  async function settled(id: number): Promise<Doc> {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const d = await docOf(id);
      if (d.status === 'done' || d.status === 'failed') return d;
      if (Date.now() > deadline) throw new Error(`document ${id} still ${d.status}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  async function session(name: string): Promise<string> {
    const login = await fetch(`${server.base}/login`, {
      method: 'POST',
      body: new URLSearchParams({ name, password: creds[name]!.password, next: '/' }),
      headers: { origin: server.base },
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    return `casefile_session=${/casefile_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!}`;
  }

  beforeAll(async () => {
    const created = await backend.create();
    cleanup = created.cleanup;
    databaseUrl = created.databaseUrl;
    env = {
      CASEFILE_DATA: created.dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    };
    const work = path.join(created.dataDir, 'in');
    writeFiles(path.join(work, 'tern'), {
      'tern-log.txt':
        'Tern desk log. On 14 April 2021 the courier Ambrose Quillfeather crossed at Narva with 12 crates.\n',
    });
    writeFiles(path.join(work, 'skua'), {
      'skua-log.txt': 'Skua desk log. On 2 May 2021 Odile Farrant left Tartu.\n',
    });
    for (const desk of ['tern', 'skua'])
      expect(
        (await runCli(['ingest', path.join(work, desk), '--collection', desk], env)).code,
      ).toBe(0);
    for (const [name, role] of <Array<[string, string]>>[
      ['root-irma', 'admin'],
      ['edda-voss', 'editor'],
      ['emil-rask', 'editor'],
      ['fiona-hale', 'fact-checker'],
      ['ivan-streck', 'investigator'],
    ])
      creds[name] = JSON.parse(
        (await runCli(['user', 'add', name, '--role', role, '--json'], env)).stdout,
      ) as { token: string; password: string };
    for (const [who, level] of [
      ['edda-voss', 'edit'],
      ['emil-rask', 'read'],
      ['fiona-hale', 'read'],
      ['ivan-streck', 'edit'],
    ])
      expect(
        (await runCli(['collection', 'grant', 'tern', '--user', who!, '--level', level!], env))
          .code,
      ).toBe(0);
    server = await startServe(env);
    const all = (await (await call('/api/documents', 'root-irma')).json()) as { documents: Doc[] };
    for (const d of all.documents) docs[d.collection!] = d;
    expect(docs.tern!.status).toBe('done');
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await cleanup?.();
  });

  it('lets only a user with edit on the collection put a document back into the queue', async () => {
    const tern = docs.tern!;
    const skua = docs.skua!;
    const url = (d: Doc) => `/api/documents/${d.id}/reprocess`;
    // Roles that may not edit: 403 for every document; the collection they may not read: 404.
    expect((await post(url(tern), 'fiona-hale', {})).status).toBe(403);
    expect((await post(url(tern), 'ivan-streck', {})).status).toBe(403);
    const readOnly = await post(url(tern), 'emil-rask', {});
    expect(readOnly.status).toBe(403);
    expect(await readOnly.json()).toEqual({
      error: 'processing a document again needs edit on its collection',
    });
    const hidden = await post(url(skua), 'edda-voss', {});
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).not.toMatch(/skua|farrant|tartu/i);
    expect((await post('/api/documents/999999/reprocess', 'edda-voss', {})).status).toBe(404);
    expect((await post(url(tern), 'edda-voss', { from: 'ocr-only' })).status).toBe(400);
    expect((await fetch(server.base + url(tern), { method: 'POST' })).status).toBe(401);
    expect((await docOf(tern.id)).status).toBe('done');

    // Every stage, from the stored original: queued at once, then done again.
    const queued = await post(url(tern), 'edda-voss', {});
    expect(queued.status).toBe(202);
    expect(await queued.json()).toEqual({ id: tern.id, status: 'queued', from: 'text' });
    expect(['queued', 'processing']).toContain((await docOf(tern.id)).status);
    // While it is in the queue, another request changes nothing.
    const again = await post(url(tern), 'edda-voss', { from: 'index' });
    if (again.status !== 202) expect(again.status).toBe(409);
    expect((await settled(tern.id)).status).toBe('done');
    const found = (await (await call('/api/search?q=Quillfeather', 'edda-voss')).json()) as {
      total: number;
    };
    expect(found.total).toBe(1);

    // From a chosen stage: the stored text's entities and the index, by an admin too.
    const fromExtract = await post(url(tern), 'root-irma', { from: 'extract' });
    expect(await fromExtract.json()).toEqual({ id: tern.id, status: 'queued', from: 'extract' });
    expect((await settled(tern.id)).status).toBe('done');
    const queue = (await (await call('/api/queue', 'root-irma')).json()) as {
      failed: unknown[];
    };
    expect(queue.failed).toEqual([]);
  });

  it('re-verifies the stored citations, and lists them on the document page', async () => {
    const tern = docs.tern!;
    const quote = 'the courier Ambrose Quillfeather crossed at Narva';
    const made = await post('/api/citations', 'fiona-hale', { document: tern.id, page: 1, quote });
    expect(made.status).toBe(200);
    const holding = (await made.json()) as { id: string };
    let tampered: { id: string } | undefined;
    if (databaseUrl) {
      // Page text changed behind the server's back (as an older reading of the page would differ):
      // a citation made on it stands now, and must be flagged once the page is read again.
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(
        `UPDATE pages SET text = replace(text, 'with 12 crates', 'with 13 crates') WHERE document_id = $1`,
        [tern.id],
      );
      await client.end();
      const res = await post('/api/citations', 'fiona-hale', {
        document: tern.id,
        page: 1,
        quote: 'crossed at Narva with 13 crates',
      });
      expect(res.status).toBe(200);
      tampered = (await res.json()) as { id: string };
    }
    const before = (await (await call(`/api/citations/${holding.id}`, 'fiona-hale')).json()) as {
      checkedAt: string;
    };
    // The document page's form, from the page itself (a cross-site post is refused).
    const cookie = await session('edda-voss');
    const action = `/d/${tern.sha256.slice(0, 16)}/reprocess`;
    const page = await (
      await fetch(`${server.base}/d/${tern.sha256.slice(0, 16)}`, { headers: { cookie } })
    ).text();
    expect(page).toContain(`action="${action}"`);
    const crossSite = await fetch(server.base + action, {
      method: 'POST',
      body: new URLSearchParams({ from: 'text' }),
      headers: { cookie, origin: 'http://evil.example' },
      redirect: 'manual',
    });
    expect(crossSite.status).toBe(403);
    const posted = await fetch(server.base + action, {
      method: 'POST',
      body: new URLSearchParams({ from: 'text' }),
      headers: { cookie, origin: server.base },
      redirect: 'manual',
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/d/${tern.sha256.slice(0, 16)}`);
    expect((await settled(tern.id)).status).toBe('done');
    const after = (await (await call(`/api/citations/${holding.id}`, 'fiona-hale')).json()) as {
      checkedAt: string;
      status: string;
    };
    expect(after.status).toBe('holds');
    expect(Date.parse(after.checkedAt)).toBeGreaterThan(Date.parse(before.checkedAt));
    if (tampered) {
      const broken = (await (await call(`/api/citations/${tampered.id}`, 'fiona-hale')).json()) as {
        status: string;
        problem: string;
      };
      expect(broken.status).toBe('broken');
      expect(broken.problem).toMatch(/13|12/);
    }

    // The document page lists its citations, with their status, to every reader of it.
    const reader = await session('emil-rask');
    const html = await (
      await fetch(`${server.base}/d/${tern.sha256.slice(0, 16)}`, { headers: { cookie: reader } })
    ).text();
    expect(html).toContain(`href="/c/${holding.id}"`);
    expect(html).toContain(quote);
    expect(html).toMatch(
      new RegExp(`data-citation="${holding.id}" data-status="holds"[\\s\\S]*?exact`),
    );
    if (tampered)
      expect(html).toMatch(
        new RegExp(`data-citation="${tampered.id}" data-status="broken"[\\s\\S]*?broken`),
      );
    // A reader who may not edit sees no form; one who may not read the document sees nothing of it.
    expect(html).not.toContain(`action="${action}"`);
    const refused = await fetch(server.base + action, {
      method: 'POST',
      body: new URLSearchParams({ from: 'text' }),
      headers: { cookie: reader, origin: server.base },
      redirect: 'manual',
    });
    expect(refused.status).toBe(403);
    const skuaPage = await fetch(`${server.base}/d/${docs.skua!.sha256.slice(0, 16)}`, {
      headers: { cookie },
    });
    expect(skuaPage.status).toBe(404);
    expect(await skuaPage.text()).not.toMatch(/skua-log|farrant/i);
  });

  it.skipIf(!fs.existsSync(CHROMIUM))(
    'offers the button on the document page in a browser, with the citations listed',
    async () => {
      const tern = docs.tern!;
      fs.mkdirSync(shots, { recursive: true });
      const browser = await chromium.launch({ executablePath: CHROMIUM });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${server.base}/login`);
        await page.fill('input[name=name]', 'edda-voss');
        await page.fill('input[name=password]', creds['edda-voss']!.password);
        await Promise.all([
          page.waitForURL((u) => !u.pathname.startsWith('/login')),
          page.click('button[type=submit]'),
        ]);
        await page.goto(`${server.base}/d/${tern.sha256.slice(0, 16)}`);
        expect(
          await page.locator('section.document-citations tr[data-citation]').count(),
        ).toBeGreaterThan(0);
        await page.screenshot({ path: path.join(shots, 'reprocess-document.png'), fullPage: true });
        await page.selectOption('form.reprocess select[name=from]', 'index');
        await Promise.all([
          page.waitForURL(`${server.base}/d/${tern.sha256.slice(0, 16)}`),
          page.click('form.reprocess button[type=submit]'),
        ]);
        expect((await settled(tern.id)).status).toBe('done');
      } finally {
        await browser.close();
      }
    },
  );
});
