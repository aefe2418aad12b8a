// The newsroom's web UI without the command line (issue 18): the document list and a document's
// pages, search grouped by document with pagination and filter chips, a page for every role and
// HTML refusals, the viewer (zoom, every occurrence, outlines, legend, text documents), the team's
// admin page and one's own account, and `casefile serve` saying what it is doing while it starts.
// All documents and names here are invented. Screenshots go to test-artifacts/screenshots/ui-*.png.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium, loggedInPage, shots } from './browser.js';
import { runCli, type RunningServer } from './cli.js';
import { servedArchive, textPdf, writeFiles, type Credentials } from './fixtures.js';

type Role = 'admin' | 'investigator' | 'editor' | 'fact-checker';
interface Listed {
  total: number;
  offset: number;
  limit: number;
  documents: Array<{
    id: number;
    filename: string;
    sha256: string;
    status: string;
    pagesDone: number;
    pageCount: number | null;
    error: string | null;
    ingestedAt: string;
    collection: string | null;
  }>;
}

const HARBOUR = 23;
function harbourLog(n: number): string {
  return `Harbour log ${n}. The ferry Kestrel left the north quay on ${1 + (n % 27)} May 2017 with ${n * 3} passengers.\nInspector Oskar Vellemaa counted the crates twice; Vellemaa signed the log.\n`;
}

describe.skipIf(!haveChromium)('web UI for a newsroom', () => {
  const served = servedArchive('casefile-ui-');
  const { work, env } = served;
  let server: RunningServer;
  let base = '';
  let browser: Browser;
  const creds = {} as Record<Role, Credentials>;
  const contexts: BrowserContext[] = [];

  const api = (p: string, role: Role, init: RequestInit = {}) =>
    fetch(base + p, {
      ...init,
      headers: {
        authorization: `Bearer ${creds[role].token}`,
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(shots, `ui-${name}.png`), fullPage: true });

  const loggedIn = (
    role: Role,
    name = `${role}-a`,
    password = creds[role].password,
  ): Promise<Page> => loggedInPage(browser, contexts, base, name, password);

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    const harbour: Record<string, string> = {};
    for (let n = 1; n <= HARBOUR; n++)
      harbour[`harbour-${String(n).padStart(2, '0')}.txt`] = harbourLog(n);
    writeFiles(path.join(work, 'alpha'), harbour);
    writeFiles(path.join(work, 'beta'), {
      'mill-report.pdf': textPdf([
        'Mill report, first page. Vellemaa inspected the mill; Vellemaa found the sluice open.',
        'Second page: the miller Tamsin Rourke kept the keys.',
        'Third page: Vellemaa returned with Rourke on 9 June 2017.',
      ]),
      'quay-notes.txt':
        'Notes from the quay: <b>bold</b> <script>alert(1)</script> Tamsin Rourke met Vellemaa at the quay.\n',
    });
    // A scan (an image read by OCR), so the viewer has word boxes to draw.
    const ledger = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="500"><rect width="100%" height="100%" fill="white"/><text x="60" y="140" font-family="DejaVu Sans, sans-serif" font-size="48">Ledger of the quay, kept by Vellemaa.</text><text x="60" y="260" font-family="DejaVu Sans, sans-serif" font-size="48">Rourke paid Vellemaa forty crowns.</text></svg>`;
    writeFiles(path.join(work, 'broken'), {
      'empty.txt': '',
      'ledger-scan.png': await sharp(Buffer.from(ledger)).png().toBuffer(),
    });
    expect(
      (await runCli(['ingest', path.join(work, 'alpha'), '--collection', 'alpha'], env)).code,
    ).toBe(0);
    expect(
      (await runCli(['ingest', path.join(work, 'beta'), '--collection', 'beta'], env)).code,
    ).toBe(0);
    expect((await runCli(['ingest', path.join(work, 'broken')], env)).code).toBe(1);
    for (const role of ['admin', 'investigator', 'editor', 'fact-checker'] as const) {
      creds[role] = await served.addUser(`${role}-a`, role);
    }
    // Named collections are read by those granted them (admins read all): the team is granted both.
    expect(
      (
        await runCli(
          ['group', 'add', 'harbour-team', 'investigator-a', 'editor-a', 'fact-checker-a'],
          env,
        )
      ).code,
    ).toBe(0);
    for (const collection of ['alpha', 'beta'])
      expect(
        (
          await runCli(
            ['collection', 'grant', collection, '--group', 'harbour-team', '--level', 'read'],
            env,
          )
        ).code,
      ).toBe(0);
    server = await served.start();
    base = server.base;
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  describe('1. documents', () => {
    it('lists documents over the API, paginated and filtered by collection and status', async () => {
      expect((await fetch(`${base}/api/documents`)).status).toBe(401);
      const all = (await (await api('/api/documents', 'fact-checker')).json()) as Listed;
      expect(all.total).toBe(HARBOUR + 4);
      expect(all.documents).toHaveLength(HARBOUR + 4);
      const alpha = (await (
        await api('/api/documents?collection=alpha&limit=10&offset=20', 'investigator')
      ).json()) as Listed;
      expect(alpha).toMatchObject({ total: HARBOUR, offset: 20, limit: 10 });
      expect(alpha.documents).toHaveLength(3);
      expect(new Set(alpha.documents.map((d) => d.collection))).toEqual(new Set(['alpha']));
      const mill = all.documents.find((d) => d.filename === 'mill-report.pdf')!;
      expect(mill).toMatchObject({
        status: 'done',
        pagesDone: 3,
        pageCount: 3,
        error: null,
        collection: 'beta',
      });
      expect(mill.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(Number.isNaN(Date.parse(mill.ingestedAt))).toBe(false);
      const failed = (await (await api('/api/documents?status=failed', 'editor')).json()) as Listed;
      expect(failed.documents.map((d) => [d.filename, d.error])).toEqual([
        ['empty.txt', 'empty file (0 bytes)'],
      ]);
      expect((await api('/api/documents?status=lost', 'editor')).status).toBe(400);
      expect((await api('/api/documents?language=xx', 'editor')).status).toBe(400);
      expect((await api('/api/documents?language=pol', 'editor')).status).toBe(200);
      expect((await api('/api/documents?offset=-1', 'editor')).status).toBe(400);
    });

    it('shows the documents in a table with status, progress, filters and pages, and a document with its pages', async () => {
      const page = await loggedIn('editor');
      await page.goto(`${base}/documents?limit=10`);
      expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat');
      expect(await page.locator('.documents-table tbody tr').count()).toBe(10);
      expect(await page.locator('p.total').textContent()).toBe(`Documents 1–10 of ${HARBOUR + 4}`);
      await shot(page, '01-documents');
      await page.click('a[rel=next]');
      await page.waitForURL(/offset=10/);
      expect(await page.locator('p.total').textContent()).toBe(`Documents 11–20 of ${HARBOUR + 4}`);
      await page.goto(`${base}/documents`);
      await page.selectOption('select[name=status]', 'failed');
      await Promise.all([
        page.waitForURL(/status=failed/),
        page.click('form.filters button[type=submit]'),
      ]);
      const row = page.locator('.documents-table tbody tr');
      expect(await row.count()).toBe(1);
      expect(await row.locator('.status-cell').textContent()).toBe('failed: empty file (0 bytes)');
      await page.goto(`${base}/documents`);
      await page.selectOption('select[name=collection]', 'beta');
      await Promise.all([
        page.waitForURL(/collection=beta/),
        page.click('form.filters button[type=submit]'),
      ]);
      expect(new Set(await page.locator('.doc-link').allTextContents())).toEqual(
        new Set(['mill-report.pdf', 'quay-notes.txt']),
      );
      const mill = page.locator('tr', { hasText: 'mill-report.pdf' });
      expect(await mill.locator('.pages').textContent()).toBe('3 of 3 pages');
      expect(
        await mill.locator('progress').evaluate((p: HTMLProgressElement) => p.value / p.max),
      ).toBe(1);
      await shot(page, '02-documents-beta');
      await mill.locator('.doc-link').click();
      await page.waitForSelector('.pages-table');
      expect(await page.locator('h1').textContent()).toBe('mill-report.pdf');
      expect(await page.locator('.pages-table tbody tr').count()).toBe(3);
      expect(await page.locator('.pages-table tbody tr').nth(1).textContent()).toContain(
        'Second page: the miller Tamsin Rourke kept the keys.',
      );
      await shot(page, '03-document-pages');
      await page.locator('.pages-table a', { hasText: 'Page 2' }).click();
      await page.waitForSelector('.viewer');
      expect(await page.locator('.viewer h1').textContent()).toBe('mill-report.pdf, page 2 of 3');
      // The markup in a document's text is shown as text in the list of its pages.
      await page.goto(`${base}/documents?collection=beta`);
      await page.locator('.doc-link', { hasText: 'quay-notes.txt' }).click();
      await page.waitForSelector('.pages-table');
      expect(await page.locator('.page-start').textContent()).toContain(
        '<script>alert(1)</script>',
      );
    });
  });

  describe('1b. processing queue', () => {
    it('follows a document being processed in the list, without reloading the page', async () => {
      const page = await loggedIn('investigator');
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="400"><rect width="100%" height="100%" fill="white"/><text x="60" y="160" font-family="DejaVu Sans, sans-serif" font-size="48">Receipt for the mill keys, Rourke.</text></svg>`;
      const form = new FormData();
      form.append(
        'file',
        new Blob([new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer())]),
        'receipt-photo.png',
      );
      const up = (await (
        await api('/api/documents', 'investigator', { method: 'POST', body: form })
      ).json()) as { files: Array<{ id: number; status: string }> };
      expect(up.files[0]!.status).toBe('queued');
      await page.goto(`${base}/documents`);
      const row = page.locator('tr', { hasText: 'receipt-photo.png' });
      // The first OCR of this server starts its workers: the row is still in work when the page opens.
      expect(['queued', 'processing']).toContain(await row.getAttribute('data-status'));
      expect(await row.locator('.open-link').isVisible()).toBe(false);
      await shot(page, '01b-documents-processing');
      await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
      await expect.poll(() => row.getAttribute('data-status'), { timeout: 90_000 }).toBe('done');
      expect(await row.locator('.status-cell').textContent()).toBe('done');
      expect(await row.locator('.pages').textContent()).toBe('1 of 1 page');
      expect(await row.locator('.open-link').isVisible()).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
        'same page',
      );
    }, 120_000);
  });

  describe('2. search', () => {
    interface Grouped {
      total: number;
      totalDocuments: number;
      offset: number;
      limit: number;
      documents: Array<{
        documentId: number;
        filename: string;
        matchingPages: number;
        pages: Array<{ page: number }>;
      }>;
      facets: Record<string, Record<string, number>>;
    }
    it('groups hits by document over the API, pages through documents, and counts facets no higher than the total', async () => {
      const first = (await (
        await api('/api/search?q=Vellemaa&group=document&limit=10', 'editor')
      ).json()) as Grouped;
      expect(first).toMatchObject({
        totalDocuments: HARBOUR + 3,
        total: HARBOUR + 4,
        offset: 0,
        limit: 10,
      });
      expect(first.documents).toHaveLength(10);
      const last = (await (
        await api('/api/search?q=Vellemaa&group=document&limit=10&offset=20', 'editor')
      ).json()) as Grouped;
      expect(last.documents).toHaveLength(HARBOUR + 3 - 20);
      const seen = [
        ...first.documents,
        ...(
          (await (
            await api('/api/search?q=Vellemaa&group=document&limit=10&offset=10', 'editor')
          ).json()) as Grouped
        ).documents,
        ...last.documents,
      ];
      expect(new Set(seen.map((d) => d.documentId)).size).toBe(HARBOUR + 3);
      const mill = seen.find((d) => d.filename === 'mill-report.pdf')!;
      expect(mill.matchingPages).toBe(2);
      expect(mill.pages.map((p) => p.page)).toEqual([1, 3]);
      for (const [facet, counts] of Object.entries(first.facets)) {
        for (const [value, n] of Object.entries(counts))
          expect(n, `${facet} ${value}`).toBeLessThanOrEqual(first.total);
      }
      // A facet's count is what choosing it gives.
      const persons = Object.entries(first.facets.persons ?? {});
      expect(persons.length).toBeGreaterThan(0);
      for (const [name, n] of persons) {
        const chosen = (await (
          await api(
            `/api/search?q=Vellemaa&group=document&person=${encodeURIComponent(name)}`,
            'editor',
          )
        ).json()) as Grouped;
        expect(chosen.total, name).toBe(n);
      }
      // The page-level answer is unchanged in shape, and its total is exact too.
      const pages = (await (await api('/api/search?q=Vellemaa&limit=5', 'editor')).json()) as {
        total: number;
        hits: unknown[];
      };
      expect(pages.total).toBe(HARBOUR + 4);
      expect(pages.hits).toHaveLength(5);
    });

    it('shows each document once with its pages, paginates, and keeps filters as removable chips across searches', async () => {
      const page = await loggedIn('editor');
      await page.goto(`${base}/?q=Vellemaa`);
      expect(await page.locator('.doc-hit').count()).toBe(10);
      expect(await page.locator('p.total').textContent()).toBe(
        `${HARBOUR + 3} documents, ${HARBOUR + 4} matching pages · documents 1–10`,
      );
      const titles = await page.locator('.doc-title').allTextContents();
      expect(new Set(titles).size).toBe(titles.length);
      await shot(page, '06-search-grouped');
      await page.click('.pager a[rel=next]');
      await page.waitForURL(/offset=10/);
      expect(await page.locator('.pager [aria-current=page]').textContent()).toBe('2');
      // A facet becomes a chip; the chip stays through a new query and goes when removed.
      await page
        .locator('.facets section', { hasText: 'collection' })
        .locator('a', { hasText: 'beta' })
        .click();
      await page.waitForURL(/collection=beta/);
      expect(page.url()).not.toContain('offset=');
      expect(await page.locator('.chip').allTextContents()).toEqual(['collection: beta ×']);
      const mill = page.locator('.doc-hit', { hasText: 'mill-report.pdf' });
      expect(await mill.locator('.hit a.title').allTextContents()).toEqual(['Page 1', 'Page 3']);
      expect(await mill.locator('.count').first().textContent()).toBe('2 matching pages');
      // Markup in a document's text stays text in a snippet.
      expect(
        await page
          .locator('.doc-hit', { hasText: 'quay-notes.txt' })
          .locator('.snippet')
          .textContent(),
      ).toContain('<script>alert(1)</script>');
      await shot(page, '07-search-chip');
      await page.fill('input[name=q]', 'Rourke');
      await Promise.all([
        page.waitForURL(/q=Rourke/),
        page.click('form.search button[type=submit]'),
      ]);
      expect(new URL(page.url()).searchParams.getAll('collection')).toEqual(['beta']);
      expect(await page.locator('.chip').count()).toBe(1);
      expect(new Set(await page.locator('.doc-title').allTextContents())).toEqual(
        new Set(['mill-report.pdf', 'quay-notes.txt']),
      );
      await page.click('.chip-remove');
      await page.waitForURL((u) => !u.search.includes('collection'));
      expect(await page.locator('.chip').count()).toBe(0);
    });
  });

  describe('3. roles', () => {
    it('lands every role on a page it may use, with a navigation of what it may do', async () => {
      const nav = {
        admin: ['Search', 'Documents', 'People', 'Citations', 'Upload', 'Queue', 'Users'],
        investigator: ['Search', 'Documents', 'People', 'Citations', 'Upload', 'Queue'],
        editor: ['Search', 'Documents', 'People', 'Citations'],
        'fact-checker': ['Search', 'Documents', 'People', 'Citations'],
      };
      for (const role of Object.keys(nav) as Role[]) {
        const page = await loggedIn(role);
        const res = await page.goto(`${base}/?q=Vellemaa`);
        expect(res!.status(), role).toBe(200);
        expect(res!.headers()['content-type'], role).toContain('text/html');
        await page.waitForSelector('.doc-hit');
        expect(await page.locator('header.top nav a:not(.who)').allTextContents(), role).toEqual(
          nav[role],
        );
        if (role === 'investigator') await shot(page, '04-investigator-search');
      }
      expect((await api('/api/search?q=Vellemaa', 'investigator')).status).toBe(200);
    });

    it('answers a forbidden or missing web page with an HTML page that says so', async () => {
      const page = await loggedIn('fact-checker');
      const res = await page.goto(`${base}/upload`);
      expect(res!.status()).toBe(403);
      expect(res!.headers()['content-type']).toContain('text/html');
      expect(await page.locator('main h1').textContent()).toBe('Not allowed');
      expect(await page.locator('main').textContent()).toContain(
        'Your role (fact-checker) may not upload documents.',
      );
      await shot(page, '05-forbidden');
      const missing = await page.goto(`${base}/no-such-page`);
      expect(missing!.status()).toBe(404);
      expect(await page.locator('main h1').textContent()).toBe('Not found');
      // The API still answers JSON.
      expect(
        (
          await api('/api/documents', 'fact-checker', { method: 'POST', body: new FormData() })
        ).headers.get('content-type'),
      ).toContain('application/json');
    });
  });

  describe('4. viewer', () => {
    it('shows the page large, zooms in and out, marks every occurrence, draws outlines and a legend', async () => {
      const page = await loggedIn('fact-checker');
      await page.goto(`${base}/?q=Vellemaa&kind=image`);
      await page
        .locator('.doc-hit', { hasText: 'ledger-scan.png' })
        .locator('.hit a.title')
        .click();
      await page.waitForSelector('.viewer');
      await expect
        .poll(
          () => page.locator('.frame img').evaluate((img: HTMLImageElement) => img.naturalWidth),
          { timeout: 30_000 },
        )
        .toBeGreaterThan(100);
      // Every occurrence of the word, in the text and on the image.
      expect(await page.locator('#text mark').allTextContents()).toEqual(['Vellemaa', 'Vellemaa']);
      expect(await page.locator('svg.boxes rect.box').count()).toBe(2);
      // Outlines: nothing is painted over the words.
      for (const rect of await page.locator('svg.boxes rect').all())
        expect(await rect.evaluate((r) => getComputedStyle(r).fill)).toBe('none');
      // Large: the image takes more than half of a 1280 px window.
      const width = async () => (await page.locator('.frame').boundingBox())!.width;
      const fit = await width();
      expect(fit).toBeGreaterThan(640);
      expect(await page.locator('.legend').textContent()).toContain('quote or search words');
      await shot(page, '08-viewer-scan');
      await page.click('#zoom-in');
      await page.click('#zoom-in');
      expect(await page.locator('#zoom-level').textContent()).toBe('150%');
      expect(Math.round(((await width()) / fit) * 100)).toBe(150);
      await shot(page, '09-viewer-zoomed');
      await page.click('#zoom-out');
      expect(await page.locator('#zoom-level').textContent()).toBe('125%');
      await page.click('#zoom-fit');
      expect(Math.round(await width())).toBe(Math.round(fit));
      // A PDF page: every occurrence marked in its text.
      await page.goto(`${base}/?q=Vellemaa&collection=beta`);
      await page
        .locator('.doc-hit', { hasText: 'mill-report.pdf' })
        .locator('.hit a.title', { hasText: 'Page 1' })
        .click();
      await page.waitForSelector('.viewer');
      expect(await page.locator('#text mark').allTextContents()).toEqual(['Vellemaa', 'Vellemaa']);
      expect(await page.locator('mark#quote').count()).toBe(1);
    });

    it('shows a text document without an image', async () => {
      const page = await loggedIn('fact-checker');
      await page.goto(`${base}/?q=Rourke&collection=beta`);
      await page.locator('.doc-hit', { hasText: 'quay-notes.txt' }).locator('.hit a.title').click();
      await page.waitForSelector('.viewer');
      expect(await page.locator('.frame img, .page-image').count()).toBe(0);
      expect(await page.locator('.panes.no-image #text').textContent()).toContain(
        '<script>alert(1)</script>',
      );
      // The word is marked where it stands, within the person it names (Tamsin Rourke matched as a person too).
      const marks = await page.locator('#text mark').allTextContents();
      expect(marks).toHaveLength(1);
      expect(marks[0]).toContain('Rourke');
      await shot(page, '10-viewer-text');
    });
  });

  describe('5. team and first run', () => {
    it('printed each step while starting', () => {
      const out = server.output();
      const steps = [
        'Starting Casefile (data in',
        'Database: opening',
        'Database: ready',
        'Search engine: starting',
        'Search engine: ready',
        'Workers:',
        'Casefile listening on http://',
      ];
      const at = steps.map((s) => out.indexOf(s));
      expect(
        at.every((i) => i >= 0),
        out,
      ).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });

    it('manages users over the API: list, add (credentials once), new password, disable; admin only', async () => {
      expect((await api('/api/users', 'editor')).status).toBe(403);
      const post = (p: string, role: Role, body: unknown) =>
        api(p, role, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
      expect(
        (await post('/api/users', 'investigator', { name: 'greta', role: 'editor' })).status,
      ).toBe(403);
      const made = await post('/api/users', 'admin', { name: 'greta', role: 'editor' });
      expect(made.status).toBe(201);
      const greta = (await made.json()) as {
        id: number;
        name: string;
        role: string;
        password: string;
        token: string;
      };
      expect(greta).toMatchObject({ name: 'greta', role: 'editor' });
      expect(greta.token).toMatch(/^cf_[0-9a-f]{16}\./);
      expect((await post('/api/users', 'admin', { name: 'greta', role: 'editor' })).status).toBe(
        409,
      );
      expect((await post('/api/users', 'admin', { name: 'quill', role: 'boss' })).status).toBe(400);
      expect((await post('/api/users', 'admin', { name: '<b>', role: 'editor' })).status).toBe(400);
      const listed = (await (await api('/api/users', 'admin')).json()) as {
        users: Array<{ name: string; role: string; disabled: boolean }>;
      };
      expect(listed.users.find((u) => u.name === 'greta')).toMatchObject({
        role: 'editor',
        disabled: false,
      });
      expect(JSON.stringify(listed)).not.toMatch(/password|cf_/i);
      // Greta's token works, then her password is reset, then she is disabled: her token stops at once.
      expect(
        (
          await fetch(`${base}/api/documents`, {
            headers: { authorization: `Bearer ${greta.token}` },
          })
        ).status,
      ).toBe(200);
      const reset = (await (await post(`/api/users/${greta.id}/password`, 'admin', {})).json()) as {
        password: string;
      };
      expect(reset.password.length).toBeGreaterThanOrEqual(16);
      expect(reset.password).not.toBe(greta.password);
      const me = listed.users.length; // nothing else to check here: the admin cannot disable themselves
      expect(me).toBeGreaterThan(4);
      const adminId = (
        (await (await api('/api/users', 'admin')).json()) as {
          users: Array<{ id: number; name: string }>;
        }
      ).users.find((u) => u.name === 'admin-a')!.id;
      expect((await post(`/api/users/${adminId}/disable`, 'admin', {})).status).toBe(400);
      expect((await post(`/api/users/${greta.id}/disable`, 'admin', {})).status).toBe(200);
      expect(
        (
          await fetch(`${base}/api/documents`, {
            headers: { authorization: `Bearer ${greta.token}` },
          })
        ).status,
      ).toBe(401);
      const login = await fetch(`${base}/login`, {
        method: 'POST',
        body: new URLSearchParams({ name: 'greta', password: reset.password }),
        headers: { origin: base },
        redirect: 'manual',
      });
      expect(login.status).toBe(401);
    });

    it('lets an admin add a user in the browser (shown once), reset and disable; the user changes their own password', async () => {
      const admin = await loggedIn('admin');
      await admin.click('header.top nav a:has-text("Users")');
      await admin.waitForURL(`${base}/admin/users`);
      await admin.fill('form.add-user input[name=name]', 'brygida');
      await admin.selectOption('form.add-user select[name=role]', 'fact-checker');
      await admin.click('form.add-user button[type=submit]');
      await admin.waitForSelector('#new-password');
      const password = (await admin.locator('#new-password').textContent())!;
      expect(await admin.locator('#new-token').textContent()).toMatch(/^cf_/);
      expect(admin.url()).toBe(`${base}/admin/users`);
      expect(await admin.locator('tr[data-user=brygida]').textContent()).toContain('fact-checker');
      // Grants on the same page: a collection at a level, shown on her row (revoked further down).
      await admin.fill('tr[data-user=brygida] form.grant-form input[name=collection]', 'beta');
      await admin.selectOption('tr[data-user=brygida] form.grant-form select[name=level]', 'read');
      await admin.click('tr[data-user=brygida] form.grant-form button[type=submit]');
      await admin.waitForURL(`${base}/admin/users`);
      expect(await admin.locator('tr[data-user=brygida] .grants').textContent()).toContain(
        'beta: read',
      );
      await shot(admin, '11-admin-users');
      // Shown once: the page again holds no secret.
      await admin.goto(`${base}/admin/users`);
      expect(await admin.locator('#new-password').count()).toBe(0);

      // Brygida logs in, sees her name and role and changes her password.
      const user = await loggedIn('fact-checker', 'brygida', password);
      await user.click('header.top nav a.who');
      await user.waitForURL(`${base}/account`);
      expect(await user.locator('#account-name').textContent()).toBe('brygida');
      expect(await user.locator('#account-role').textContent()).toBe('fact-checker');
      await user.fill('input[name=current]', password);
      await user.fill('input[name=password]', 'a new and long passphrase');
      await user.fill('input[name=confirm]', 'a new and long passphrase');
      await user.click('form[action="/account/password"] button[type=submit]');
      await user.waitForSelector('.notice.ok');
      await shot(user, '12-account');
      await user.fill('input[name=current]', 'not my password at all');
      await user.fill('input[name=password]', 'another long passphrase');
      await user.fill('input[name=confirm]', 'another long passphrase');
      await user.click('form[action="/account/password"] button[type=submit]');
      expect(await user.locator('p.error').textContent()).toBe('The current password is wrong.');
      expect((await loggedIn('fact-checker', 'brygida', 'a new and long passphrase')).url()).toBe(
        `${base}/`,
      );
      // She reads beta, which she was granted, and nothing of alpha; revoked, beta is gone from her list at once.
      await user.goto(`${base}/documents`);
      expect(await user.locator('main').textContent()).toContain('mill-report.pdf');
      expect(await user.locator('main').textContent()).not.toContain('harbour-');
      await admin.goto(`${base}/admin/users`);
      await admin
        .locator('tr[data-user=brygida] li[data-collection=beta] button', { hasText: 'Revoke' })
        .click();
      await admin.waitForURL(`${base}/admin/users`);
      expect(await admin.locator('tr[data-user=brygida] .grants li').count()).toBe(0);
      await user.goto(`${base}/documents`);
      expect(await user.locator('main').textContent()).not.toContain('mill-report.pdf');

      // The admin gives her a new one-time password, then disables her.
      await admin.locator('tr[data-user=brygida] button', { hasText: 'New password' }).click();
      await admin.waitForSelector('#new-password');
      expect(await admin.locator('.secret h2').textContent()).toBe('New password for brygida');
      expect(await admin.locator('#new-token').count()).toBe(0);
      await admin.locator('tr[data-user=brygida] button', { hasText: 'Disable' }).click();
      await admin.waitForURL(`${base}/admin/users`);
      expect(await admin.locator('tr[data-user=brygida]').textContent()).toContain('disabled');
      await shot(admin, '13-admin-disabled');
      // Her session ended with her.
      await user.goto(`${base}/documents`);
      expect(user.url()).toContain('/login');
      // A form posted from another site is refused (CSRF).
      const cookie = (await admin.context().cookies())[0]!;
      const forged = await fetch(`${base}/admin/users`, {
        method: 'POST',
        body: new URLSearchParams({ name: 'mallory', role: 'admin' }),
        headers: { cookie: `${cookie.name}=${cookie.value}`, origin: 'http://evil.example' },
      });
      expect(forged.status).toBe(403);
      // Other roles get the HTML refusal.
      const editor = await loggedIn('editor');
      expect((await editor.goto(`${base}/admin/users`))!.status()).toBe(403);
    });
  });
});
