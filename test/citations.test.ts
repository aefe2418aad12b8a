// Issue 18, the rest: citations under a short stable id (/c/<id>) with their forms, copy buttons and
// whether they still hold after their document was read again; export of search results (CSV safe
// from formula injection, the originals as a ZIP); the processing queue. Over real HTTP against
// `casefile serve`, and in headless Chromium. All documents, names and quotes here are invented.
// Screenshots go to test-artifacts/screenshots/cite-*.png.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { reverifyCitations, saveCitation } from '../cite/stored.js';
import { openArchive } from '../store/archive.js';
import { listDocuments } from '../store/documents.js';
import { haveChromium, launchChromium, loggedInPage, shots } from './browser.js';
import { runCli, type RunningServer } from './cli.js';
import { servedArchive, textPdf, writeFiles, type Credentials } from './fixtures.js';

type Role = 'admin' | 'investigator' | 'editor' | 'fact-checker';
const ROLES: Role[] = ['admin', 'investigator', 'editor', 'fact-checker'];

const JOURNAL =
  'Lighthouse journal of Skerrow Point.\nOn 4 March 2016 the keeper Ilse Marrow saw two ships pass the reef.\nThe second ship, the Corvina, anchored off Quillfeather Bay at dusk.\n';
const LEDGER = '=SUM(A1:A3) Quillfeather ledger: nine barrels paid by Ilse Marrow.\n';
const QUOTE = 'the keeper Ilse Marrow saw two ships';

interface CitationJson {
  id: string;
  link: string;
  permalink: string;
  status: 'holds' | 'broken';
  problem: string | null;
  quote: string;
  text: string;
  markdown: string;
  csl: { URL: string; id: string; page: string; title: string };
}

/** The entries of a ZIP file (stored or deflated), read from its central directory. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBeGreaterThan(-1);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    entries.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** CSV rows (every cell quoted, as the export writes them). */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

describe.skipIf(!haveChromium)('citations, exports and the queue', () => {
  const served = servedArchive('casefile-cite-');
  const { work, data, env } = served;
  let server: RunningServer;
  let base = '';
  let browser: Browser;
  const creds = {} as Record<Role, Credentials>;
  const contexts: BrowserContext[] = [];
  let journal = { id: 0, sha256: '' };
  let brokenId = '';
  const files: Record<string, Buffer | string> = {
    'keeper-journal.txt': JOURNAL,
    '@ledger.txt': LEDGER,
    'tide-report.pdf': textPdf([
      'Tide report, first page. Quillfeather Bay flooded at dawn.',
      'Second page: Ilse Marrow moved the boats uphill.',
      'Third page: the Corvina left Quillfeather Bay.',
    ]),
  };

  const api = (p: string, role: Role, init: RequestInit = {}) =>
    fetch(base + p, {
      ...init,
      headers: {
        authorization: `Bearer ${creds[role].token}`,
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const post = (p: string, role: Role, body: unknown) =>
    api(p, role, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(shots, `cite-${name}.png`), fullPage: true });

  const loggedIn = (role: Role): Promise<Page> =>
    loggedInPage(browser, contexts, base, `${role}-c`, creds[role].password);

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    writeFiles(path.join(work, 'docs'), files);
    writeFiles(path.join(work, 'bad'), { 'empty-notes.txt': '' });
    expect(
      (await runCli(['ingest', path.join(work, 'docs'), '--collection', 'skerrow'], env)).code,
    ).toBe(0);
    expect((await runCli(['ingest', path.join(work, 'bad')], env)).code).toBe(1);
    for (const role of ROLES) {
      creds[role] = await served.addUser(`${role}-c`, role);
      // The documents are in a named collection: every role but the admin reads it by a grant.
      if (role !== 'admin')
        expect(
          (
            await runCli(
              [
                'collection',
                'grant',
                'skerrow',
                '--user',
                `${role}-c`,
                '--level',
                role === 'editor' ? 'edit' : role === 'investigator' ? 'upload' : 'read',
              ],
              env,
            )
          ).code,
        ).toBe(0);
    }
    // A citation made from an earlier reading that said "5 March": re-verified, it no longer holds.
    const archive = await openArchive(loadConfig({ data }));
    try {
      const doc = (await listDocuments(archive.db)).documents.find(
        (d) => d.filename === 'keeper-journal.txt',
      )!;
      journal = { id: doc.id, sha256: doc.sha256 };
      brokenId = (
        await saveCitation(archive.db, {
          sha256: doc.sha256,
          documentId: doc.id,
          page: 1,
          quote: 'On 5 March 2016 the keeper',
          userId: null,
        })
      ).id;
      expect(await reverifyCitations(archive.db, doc.id)).toBe(1);
    } finally {
      await archive.close();
    }
    server = await served.start();
    base = server.base;
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  describe('1. citations with a short id', () => {
    it('stores a citation under a short stable id and answers it with its forms and status', async () => {
      const res = await post('/api/citations', 'fact-checker', {
        document: journal.id,
        page: 1,
        quote: QUOTE,
      });
      expect(res.status).toBe(200);
      const made = (await res.json()) as CitationJson;
      expect(made.id).toMatch(/^[a-z2-7]{10}$/);
      expect(made).toMatchObject({ status: 'holds', quote: QUOTE, link: `${base}/c/${made.id}` });
      expect(made.text).toContain(
        `“${QUOTE}” — keeper-journal.txt, p. 1. SHA-256 ${journal.sha256}. ${made.link} (retrieved `,
      );
      expect(made.markdown).toContain(`[citation](<${made.link}>)`);
      expect(made.csl).toMatchObject({
        id: made.id,
        URL: made.link,
        page: '1',
        title: 'keeper-journal.txt',
      });
      // The same quote again (by SHA-256 this time, with other line breaks): the same citation.
      const again = (await (
        await post('/api/citations', 'admin', {
          document: journal.sha256,
          page: 1,
          quote: 'the keeper Ilse\nMarrow saw two   ships',
        })
      ).json()) as CitationJson;
      expect(again.id).toBe(made.id);
      // Every role that reads may open it; only citing roles make one.
      const read = (await (
        await api(`/api/citations/${made.id}`, 'editor')
      ).json()) as CitationJson;
      expect(read).toMatchObject({ id: made.id, status: 'holds', problem: null, text: made.text });
      expect(
        (await post('/api/citations', 'editor', { document: journal.id, page: 1, quote: QUOTE }))
          .status,
      ).toBe(403);
      expect((await fetch(`${base}/api/citations/${made.id}`)).status).toBe(401);
      for (const missing of ['aaaaaaaaaa', 'AAAAAAAAAA', '..%2F..%2Fetc', '1'])
        expect((await api(`/api/citations/${missing}`, 'editor')).status, missing).toBe(404);
    });

    it('answers a citation that no longer holds as broken, with the difference', async () => {
      const broken = (await (
        await api(`/api/citations/${brokenId}`, 'investigator')
      ).json()) as CitationJson;
      expect(broken.status).toBe('broken');
      expect(broken.problem).toContain('This quote does not stand on this page');
      expect(broken.problem).toContain('“5” where the page has “4” (number)');
    });

    it('lists the stored citations, those that no longer hold first, over the API and on a page', async () => {
      const all = (await (await api('/api/citations', 'editor')).json()) as {
        total: number;
        citations: CitationJson[];
      };
      expect(all.total).toBe(2);
      expect(all.citations.map((c) => [c.id, c.status])).toEqual([
        [brokenId, 'broken'],
        [expect.stringMatching(/^[a-z2-7]{10}$/), 'holds'],
      ]);
      const broken = (await (await api('/api/citations?status=broken', 'editor')).json()) as {
        total: number;
        citations: CitationJson[];
      };
      expect(broken.citations.map((c) => c.id)).toEqual([brokenId]);
      expect((await api('/api/citations?status=lost', 'editor')).status).toBe(400);
      expect((await api('/api/citations?limit=-1', 'editor')).status).toBe(400);
      expect((await fetch(`${base}/api/citations`)).status).toBe(401);

      const page = await loggedIn('editor');
      await page.click('header.top nav a:text-is("Citations")');
      await page.waitForURL(/\/citations$/);
      const rows = page.locator('.citations-table tbody tr');
      expect(await rows.count()).toBe(2);
      expect(await rows.first().getAttribute('data-status')).toBe('broken');
      expect(await rows.first().locator('.citation-state').textContent()).toContain(
        'no longer holds: This quote does not stand on this page',
      );
      expect(await rows.nth(1).locator('.citation-state').textContent()).toBe('holds');
      await shot(page, '00-citations');
      await page.click('a:text-is("No longer holding")');
      await page.waitForURL(/status=broken/);
      expect(await rows.count()).toBe(1);
      await Promise.all([
        page.waitForURL(new RegExp(`/c/${brokenId}$`)),
        rows.first().locator('a.citation-id').click(),
      ]);
      expect(await page.locator('#citation-status.broken').count()).toBe(1);
    });

    it('cites a selection in the viewer: link, text, Markdown and CSL-JSON, each copied by its button', async () => {
      const page = await loggedIn('fact-checker');
      await page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      await page.goto(`${base}/d/${journal.sha256.slice(0, 16)}/p/1`);
      expect(await page.locator('#citation').isHidden()).toBe(true);
      await page.evaluate((quote) => {
        const text = document.getElementById('text')!.firstChild!;
        const start = (text.textContent ?? '').indexOf(quote);
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + quote.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      }, QUOTE);
      await page.click('#cite');
      await page.waitForFunction(() =>
        /\/c\/[a-z2-7]{10}$/.test(document.getElementById('citation-link')?.textContent ?? ''),
      );
      const link = (await page.locator('#citation-link').textContent())!;
      expect(await page.locator('#citation-link').getAttribute('href')).toBe(link);
      expect(await page.locator('#citation h2').textContent()).toBe(`Citation ${link.slice(-10)}`);
      expect(await page.locator('#citation-text').textContent()).toContain(
        `“${QUOTE}” — keeper-journal.txt, p. 1.`,
      );
      expect(await page.locator('#citation-markdown').textContent()).toContain(
        `> the keeper Ilse Marrow saw two ships`,
      );
      const csl = JSON.parse((await page.locator('#citation-csl').textContent())!) as {
        URL: string;
      };
      expect(csl.URL).toBe(link);
      expect(await page.locator('#citation-error').isHidden()).toBe(true);
      await page.locator('.citation-form', { hasText: 'Markdown' }).locator('button.copy').click();
      await expect
        .poll(() => page.evaluate(() => window.navigator.clipboard.readText()))
        .toBe(await page.locator('#citation-markdown').textContent());
      expect(
        await page
          .locator('.citation-form', { hasText: 'Markdown' })
          .locator('button.copy')
          .textContent(),
      ).toBe('Copied');
      await page.locator('.citation-link button.copy').click();
      await expect
        .poll(() => page.evaluate(() => window.navigator.clipboard.readText()))
        .toBe(link);
      await shot(page, '01-cited');
      // An altered selection is refused with its difference, and no citation is shown.
      await page.evaluate(() => {
        const node = document.createTextNode('On 5 March 2016 the keeper');
        document.body.append(node);
        const range = document.createRange();
        range.selectNodeContents(node);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      });
      await page.click('#cite');
      await page.waitForFunction(
        () => !(document.getElementById('citation-error')?.hidden ?? true),
      );
      expect(await page.locator('#citation-error').textContent()).toContain(
        '“5” where the page has “4” (number)',
      );
      expect(await page.locator('#citation-text').isHidden()).toBe(true);
    });

    it('opens the short link: the viewer at the page, the quote marked and verified, the forms readable', async () => {
      const made = (await (
        await post('/api/citations', 'fact-checker', {
          document: journal.id,
          page: 1,
          quote: QUOTE,
        })
      ).json()) as CitationJson;
      const page = await loggedIn('editor');
      const res = await page.goto(`${base}/c/${made.id}`);
      expect(res!.status()).toBe(200);
      expect(await page.locator('.viewer-head h1').textContent()).toBe(
        'keeper-journal.txt, page 1 of 1',
      );
      expect(await page.locator('mark#quote').textContent()).toBe(QUOTE);
      expect(await page.locator('#quote-notice').count()).toBe(0);
      expect(await page.locator('#citation').isVisible()).toBe(true);
      expect(await page.locator('#citation-status').textContent()).toContain(
        'Verified: the quote stands on this page exactly',
      );
      expect(await page.locator('#citation-text').textContent()).toBe(made.text);
      expect(await page.locator('#citation-markdown').textContent()).toBe(made.markdown);
      expect(JSON.parse((await page.locator('#citation-csl').textContent())!)).toEqual(made.csl);
      await shot(page, '02-short-link');
      expect((await page.goto(`${base}/c/zzzzzzzzzz`))!.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('No such citation');
    });

    it('shows a citation that no longer holds as broken, with the closest passage and its difference', async () => {
      const page = await loggedIn('investigator');
      await page.goto(`${base}/c/${brokenId}`);
      const status = page.locator('#citation-status.broken');
      expect(await status.isVisible()).toBe(true);
      expect(await status.textContent()).toContain(
        'This citation no longer holds since its document was read again',
      );
      expect(await status.textContent()).toContain('“5” where the page has “4” (number)');
      expect(await page.locator('#quote-notice').textContent()).toContain(
        'does not stand on this page',
      );
      expect(await page.locator('mark#near .differs').allTextContents()).toEqual(['4']);
      expect(await page.locator('mark#quote').count()).toBe(0);
      await shot(page, '03-broken');
    });
  });

  describe('2. export of search results', () => {
    it('exports the hits as CSV, with cells a spreadsheet would run as formulas defused', async () => {
      expect((await fetch(`${base}/api/search/export.csv?q=Quillfeather`)).status).toBe(401);
      const res = await api('/api/search/export.csv?q=Quillfeather', 'editor');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="casefile-search-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const rows = parseCsv(await res.text());
      expect(rows[0]).toEqual(['document', 'sha256', 'page', 'snippet', 'link']);
      const body = rows.slice(1);
      expect(body.map((r) => `${r[0]} p${r[2]}`).sort()).toEqual(
        [
          "'@ledger.txt p1",
          'keeper-journal.txt p1',
          'tide-report.pdf p1',
          'tide-report.pdf p3',
        ].sort(),
      );
      const ledger = body.find((r) => r[0] === "'@ledger.txt")!;
      expect(ledger[3]!.startsWith("'=SUM(A1:A3) Quillfeather ledger")).toBe(true);
      const tide = body.find((r) => r[0] === 'tide-report.pdf' && r[2] === '3')!;
      expect(tide[1]).toMatch(/^[0-9a-f]{64}$/);
      expect(tide[4]).toBe(`${base}/d/${tide[1]!.slice(0, 16)}/p/3?w=Quillfeather`);
      expect(tide[3]).toContain('the Corvina left Quillfeather Bay');
      // Filters apply as in the search.
      const filtered = parseCsv(
        await (await api('/api/search/export.csv?q=Quillfeather&kind=pdf', 'editor')).text(),
      );
      expect(new Set(filtered.slice(1).map((r) => r[0]))).toEqual(new Set(['tide-report.pdf']));
      expect((await api('/api/search/export.csv?q=x&from=yesterday', 'editor')).status).toBe(400);
    });

    it('exports the originals of the documents hit as a ZIP, with the hits beside them', async () => {
      const res = await api('/api/search/export.zip?q=Quillfeather', 'fact-checker');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      const entries = unzip(Buffer.from(await res.arrayBuffer()));
      const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
      const expected = ['keeper-journal.txt', '@ledger.txt', 'tide-report.pdf'].map(
        (f) => `${sha(files[f]!).slice(0, 12)}-${f}`,
      );
      expect([...entries.keys()].sort()).toEqual(['hits.csv', ...expected].sort());
      for (const f of ['keeper-journal.txt', '@ledger.txt', 'tide-report.pdf'])
        expect(sha(entries.get(`${sha(files[f]!).slice(0, 12)}-${f}`)!), f).toBe(sha(files[f]!));
      expect(parseCsv(entries.get('hits.csv')!.toString('utf8'))).toHaveLength(5);
      expect((await fetch(`${base}/api/search/export.zip?q=Quillfeather`)).status).toBe(401);
    });

    it('links both exports from the search page, with the query and filters', async () => {
      const page = await loggedIn('editor');
      await page.goto(`${base}/?q=Quillfeather&collection=skerrow`);
      await page.waitForSelector('.doc-hit');
      const csv = await page.locator('a.export-csv').getAttribute('href');
      expect(csv).toBe('/api/search/export.csv?q=Quillfeather&collection=skerrow');
      expect(await page.locator('a.export-zip').getAttribute('href')).toBe(
        '/api/search/export.zip?q=Quillfeather&collection=skerrow',
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('a.export-csv'),
      ]);
      expect(download.suggestedFilename()).toMatch(/^casefile-search-.*\.csv$/);
      const saved = path.join(work, 'export.csv');
      await download.saveAs(saved);
      expect(parseCsv(fs.readFileSync(saved, 'utf8'))).toHaveLength(5);
      await shot(page, '04-search-export');
    });
  });

  describe('3. viewer: thumbnails and the next hit', () => {
    it('answers the pages of a document the words match', async () => {
      const listed = (await (await api('/api/documents?collection=skerrow', 'editor')).json()) as {
        documents: Array<{ id: number; filename: string }>;
      };
      const tide = listed.documents.find((d) => d.filename === 'tide-report.pdf')!;
      expect(
        await (await api(`/api/documents/${tide.id}/hits?q=Quillfeather`, 'editor')).json(),
      ).toEqual({ documentId: tide.id, pages: [1, 3] });
      expect(await (await api(`/api/documents/${tide.id}/hits?q=`, 'editor')).json()).toEqual({
        documentId: tide.id,
        pages: [],
      });
      expect((await fetch(`${base}/api/documents/${tide.id}/hits?q=Quillfeather`)).status).toBe(
        401,
      );
      expect((await api('/api/documents/999999/hits?q=Quillfeather', 'editor')).status).toBe(404);
    });

    it('shows the pages as thumbnails and goes to the previous and next page the search words match', async () => {
      const page = await loggedIn('fact-checker');
      await page.goto(`${base}/?q=Quillfeather`);
      await page
        .locator('.doc-hit', { hasText: 'tide-report.pdf' })
        .locator('.hit a.title', { hasText: 'Page 1' })
        .click();
      await page.waitForSelector('.viewer');
      const thumbs = page.locator('.thumbs a.thumb');
      expect(await thumbs.count()).toBe(3);
      expect(await page.locator('.thumbs a.thumb.current').getAttribute('data-page')).toBe('1');
      expect(await page.locator('.thumbs a.thumb.current').getAttribute('aria-current')).toBe(
        'page',
      );
      await expect
        .poll(
          () =>
            page
              .locator('.thumbs img')
              .evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
          { timeout: 30_000 },
        )
        .toBe(true);
      await page.waitForSelector('#hit-nav:not([hidden])');
      expect(await page.locator('#hit-nav .hit-count').textContent()).toBe('Matching page 1 of 2');
      expect(await page.locator('#hit-nav a.hit-prev').count()).toBe(0);
      await shot(page, '07-viewer-thumbs');
      await Promise.all([
        page.waitForURL(/\/p\/3\?w=Quillfeather$/),
        page.click('#hit-nav a.hit-next'),
      ]);
      expect(await page.locator('#text mark').allTextContents()).toEqual(['Quillfeather']);
      await page.waitForSelector('#hit-nav:not([hidden])');
      expect(await page.locator('#hit-nav .hit-count').textContent()).toBe('Matching page 2 of 2');
      expect(await page.locator('#hit-nav a.hit-prev').textContent()).toBe('← Previous hit (p. 1)');
      expect(await page.locator('#hit-nav a.hit-next').count()).toBe(0);
      // A thumbnail opens its page with the words kept (page 2 has none of them: nothing marked).
      await Promise.all([
        page.waitForURL(/\/p\/2\?w=Quillfeather$/),
        page.locator('.thumbs a.thumb[data-page="2"]').click(),
      ]);
      expect(await page.locator('#text mark').count()).toBe(0);
      await page.waitForSelector('#hit-nav:not([hidden])');
      expect(await page.locator('#hit-nav .hit-count').textContent()).toBe('2 matching pages');
      expect(await page.locator('#hit-nav a').allTextContents()).toEqual([
        '← Previous hit (p. 1)',
        'Next hit (p. 3) →',
      ]);
      await shot(page, '08-viewer-between-hits');
    });
  });

  describe('4. processing queue', () => {
    it('lists documents in work and failed, with progress and reasons, for the roles that upload', async () => {
      expect((await api('/api/queue', 'editor')).status).toBe(403);
      const queue = (await (await api('/api/queue', 'investigator')).json()) as {
        processing: unknown[];
        queued: unknown[];
        failed: Array<{ filename: string; error: string; attempts: number; maxAttempts: number }>;
      };
      expect(queue.processing).toEqual([]);
      expect(queue.queued).toEqual([]);
      expect(queue.failed.map((f) => [f.filename, f.error])).toEqual([
        ['empty-notes.txt', 'empty file (0 bytes)'],
      ]);

      const page = await loggedIn('investigator');
      expect(await page.locator('header.top nav a', { hasText: 'Queue' }).count()).toBe(1);
      await page.click('header.top nav a:text-is("Queue")');
      await page.waitForURL(/\/queue$/);
      expect(await page.locator('p.total').textContent()).toBe(
        '0 processing · 0 waiting · 1 failed',
      );
      const row = page.locator('#queue-failed tbody tr');
      expect(await row.count()).toBe(1);
      expect(await row.locator('.status-cell').textContent()).toBe('failed: empty file (0 bytes)');
      expect(await page.locator('#queue-processing .none').textContent()).toBe(
        'Nothing is being read right now.',
      );

      // A new upload shows in the queue while it waits or is read, with its pages, until it is done.
      const form = new FormData();
      form.append(
        'file',
        new Blob([
          new Uint8Array(
            textPdf(['Harbour tally one.', 'Harbour tally two.', 'Harbour tally three.']),
          ),
        ]),
        'tally.pdf',
      );
      const up = (await (
        await api('/api/documents', 'investigator', { method: 'POST', body: form })
      ).json()) as { files: Array<{ id: number }> };
      await page.goto(`${base}/queue`);
      const tally = page.locator('tr', { hasText: 'tally.pdf' });
      if ((await tally.count()) > 0) {
        await shot(page, '05-queue-in-work');
        // The row follows its document until it is done.
        await expect
          .poll(() => tally.getAttribute('data-status'), { timeout: 60_000 })
          .toBe('done');
        expect(await tally.locator('.pages').textContent()).toBe('3 of 3 pages');
      }
      await expect
        .poll(
          async () =>
            (
              (await (await api(`/api/documents/${up.files[0]!.id}`, 'investigator')).json()) as {
                status: string;
              }
            ).status,
          { timeout: 60_000 },
        )
        .toBe('done');
      await page.goto(`${base}/queue`);
      expect(await page.locator('tr', { hasText: 'tally.pdf' }).count()).toBe(0);
      await shot(page, '06-queue');

      const editor = await loggedIn('editor');
      expect((await editor.goto(`${base}/queue`))!.status()).toBe(403);
      expect(await editor.locator('h1').textContent()).toBe('Not allowed');
    });
  });
});
