// The walk of issue 18's "What it must show", in headless Chromium against `casefile serve`: every
// role logs in and goes from the document list to a document; then a search narrowed by two filters,
// its second page of results, the viewer (zoom, pan, every hit outlined on a born-digital page, next
// hit on the page and on the next page), a citation of a selection, its short link, and an altered
// link that shows its difference. A Latin query marks the Cyrillic spelling it matched. All names
// and texts are invented. Screenshots: test-artifacts/screenshots/walk-*.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium, loggedInPage, shots } from './browser.js';
import { runCli, type RunningServer } from './cli.js';
import { servedArchive, textPdf, writeFiles, type Credentials } from './fixtures.js';

type Role = 'admin' | 'investigator' | 'editor' | 'fact-checker';
const ROLES: Role[] = ['admin', 'investigator', 'editor', 'fact-checker'];

/** English dispatches in the collection `north`: more than one page of results (10 documents a page). */
const DISPATCHES = 14;
function dispatch(n: number): string[] {
  return [
    [
      `Dispatch ${n} from the river station at Harrowfield.`,
      `On ${n} May 2017 the inspector Mira Ordyntseva boarded the barge Heron at pier ${n + 2}.`,
      `Ordyntseva counted ${n * 5} crates of salt and sealed the hold.`,
      'The skipper signed the manifest in the presence of two witnesses.',
    ].join('\n'),
    [
      `Second page of dispatch ${n}.`,
      `The barge left for the lower locks; Ordyntseva followed it on foot as far as the weir.`,
    ].join('\n'),
  ];
}
const QUOTE = 'the inspector Mira Ordyntseva boarded the barge Heron';

describe.skipIf(!haveChromium)('the newsroom walk of issue 18', () => {
  const served = servedArchive('casefile-walk-');
  const { work, env } = served;
  let server: RunningServer;
  let base = '';
  let browser: Browser;
  const creds = {} as Record<Role, Credentials>;
  const contexts: BrowserContext[] = [];
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(shots, `walk-${name}.png`), fullPage: true });
  const loggedIn = (role: Role): Promise<Page> =>
    loggedInPage(browser, contexts, base, `${role}-w`, creds[role].password);

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    const north: Record<string, Buffer | string> = {};
    for (let n = 1; n <= DISPATCHES; n++)
      north[`dispatch-${String(n).padStart(2, '0')}.pdf`] = textPdf(dispatch(n));
    north['donesenie.txt'] =
      'Донесение с речной станции. Инспектор Мира Ордынцева поднялась на баржу «Цапля» и пересчитала ящики с солью. Ордынцева опечатала трюм.\n';
    writeFiles(path.join(work, 'north'), north);
    writeFiles(path.join(work, 'south'), {
      'ledger.txt':
        'The southern ledger names the inspector Mira Ordyntseva once, in a list of visitors to the customs house.\n',
    });
    for (const collection of ['north', 'south'])
      expect(
        (await runCli(['ingest', path.join(work, collection), '--collection', collection], env))
          .code,
      ).toBe(0);
    for (const role of ROLES) creds[role] = await served.addUser(`${role}-w`, role);
    expect(
      (
        await runCli(
          ['group', 'add', 'river-desk', 'investigator-w', 'editor-w', 'fact-checker-w'],
          env,
        )
      ).code,
    ).toBe(0);
    for (const collection of ['north', 'south'])
      expect(
        (
          await runCli(
            ['collection', 'grant', collection, '--group', 'river-desk', '--level', 'read'],
            env,
          )
        ).code,
      ).toBe(0);
    server = await served.start();
    base = server.base;
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  it('logs in as each role, and goes from the document list to a document', async () => {
    for (const role of ROLES) {
      const page = await loggedIn(role);
      expect(await page.evaluate(() => document.compatMode), role).toBe('CSS1Compat');
      if (role === 'admin') {
        // A favicon on every page, served as the image it is.
        const icon = (await page.locator('link[rel=icon]').getAttribute('href'))!;
        const res = await page.request.get(new URL(icon, base).href);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toContain('image/svg+xml');
      }
      await Promise.all([
        page.waitForURL(/\/documents/),
        page.locator('header.top nav a', { hasText: 'Documents' }).click(),
      ]);
      expect(await page.locator('p.total').textContent(), role).toBe(
        `Documents 1–${DISPATCHES + 2} of ${DISPATCHES + 2}`,
      );
      if (role === 'admin') {
        // Filtered by kind and the day added, sorted by name, in the form and over the API.
        await page.selectOption('select[name=kind]', 'text');
        await page.selectOption('select[name=sort]', 'name');
        await Promise.all([
          page.waitForURL(/kind=text/),
          page.click('form.filters button[type=submit]'),
        ]);
        expect(await page.locator('.doc-link').allTextContents()).toEqual([
          'donesenie.txt',
          'ledger.txt',
        ]);
        await shot(page, '01-documents-filtered');
        const today = new Date().toISOString().slice(0, 10);
        const listed = async (q: string) => {
          const res = await page.request.get(`${base}/api/documents?${q}`);
          return { status: res.status(), body: (await res.json()) as { total: number } };
        };
        expect((await listed('kind=pdf')).body.total).toBe(DISPATCHES);
        expect((await listed(`added_from=${today}&added_to=${today}`)).body.total).toBe(
          DISPATCHES + 2,
        );
        expect((await listed('added_to=2001-01-01')).body.total).toBe(0);
        expect((await listed('added_from=2026-02-30')).status).toBe(400);
        await page.goto(`${base}/documents?sort=name`);
      }
      await page.locator('.doc-link', { hasText: 'dispatch-03.pdf' }).click();
      await page.waitForSelector('.pages-table');
      expect(await page.locator('h1').textContent(), role).toBe('dispatch-03.pdf');
      expect(await page.locator('.pages-table tbody tr').count(), role).toBe(2);
      // Its pages as thumbnails, and the people and other things it names.
      expect(await page.locator('.thumbs a.thumb img').count(), role).toBe(2);
      expect(await page.locator('.named-person a').getAttribute('href'), role).toMatch(
        /^\/people\//,
      );
      expect(await page.locator('.named-person a').textContent(), role).toBe('Mira Ordyntseva');
      await expect
        .poll(
          () =>
            page
              .locator('.thumbs img')
              .evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
          { timeout: 30_000 },
        )
        .toBe(true);
      await shot(page, `01-${role}-document`);
    }
  });

  it('searches with two filters, pages to the second page of results, opens the viewer, zooms, pans and steps from hit to hit', async () => {
    const page = await loggedIn('fact-checker');
    await page.goto(`${base}/`);
    await page.fill('input[name=q]', 'Ordyntseva');
    await Promise.all([
      page.waitForURL(/q=Ordyntseva/),
      page.click('form.search button[type=submit]'),
    ]);
    expect(await page.locator('p.total').textContent()).toContain(`${DISPATCHES + 2} documents`);
    await page
      .locator('.facets section', { hasText: 'collection' })
      .locator('a', { hasText: 'north' })
      .click();
    await page.waitForURL(/collection=north/);
    await page
      .locator('.facets section', { hasText: 'kind' })
      .locator('li:not(.active) a', { hasText: /^pdf$/ })
      .click();
    await page.waitForURL(/kind=pdf/);
    expect(await page.locator('.chip').allTextContents()).toEqual([
      'collection: north ×',
      'kind: pdf ×',
    ]);
    expect(await page.locator('p.total').textContent()).toBe(
      `${DISPATCHES} documents, ${DISPATCHES * 2} matching pages · documents 1–10`,
    );
    await shot(page, '02-search-two-filters');
    // Sorted by the dates the pages name, newest first, through the form: the filters stay.
    await page.selectOption('select[name=sort]', 'date-desc');
    await Promise.all([
      page.waitForURL(/sort=date-desc/),
      page.click('form.search button[type=submit]'),
    ]);
    expect(await page.locator('.chip').count()).toBe(2);
    const newest = Array.from(
      { length: 10 },
      (_, i) => `dispatch-${String(DISPATCHES - i).padStart(2, '0')}.pdf`,
    );
    expect(await page.locator('.doc-title').allTextContents()).toEqual(newest);
    await Promise.all([page.waitForURL(/offset=10/), page.click('.pager a[rel=next]')]);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('date-desc');
    expect(await page.locator('.pager [aria-current=page]').textContent()).toBe('2');
    expect(await page.locator('.chip').count()).toBe(2);
    expect(await page.locator('.doc-title').allTextContents()).toEqual([
      'dispatch-04.pdf',
      'dispatch-03.pdf',
      'dispatch-02.pdf',
      'dispatch-01.pdf',
    ]);
    await shot(page, '03-search-page-2');
    const first = page.locator('.doc-hit').first();
    const filename = (await first.locator('.doc-title').textContent())!;
    await first.locator('.hit a.title', { hasText: 'Page 1' }).click();
    await page.waitForSelector('.viewer');
    expect(await page.locator('.viewer h1').textContent()).toBe(`${filename}, page 1 of 2`);
    await expect
      .poll(
        () => page.locator('.frame img').evaluate((img: HTMLImageElement) => img.naturalWidth),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(100);
    // Every occurrence, in the text and outlined on the born-digital page from its text layer.
    expect(await page.locator('#text mark').allTextContents()).toEqual([
      'Ordyntseva',
      'Ordyntseva',
    ]);
    const boxes = page.locator('svg.boxes rect.box');
    expect(await boxes.count()).toBe(2);
    // Each outline stands on its word: inside the page, left of the page's middle, one line apart.
    const placed = await boxes.evaluateAll((rects) =>
      rects.map((r): [number, number, number, number] => {
        const b = (r as SVGRectElement).getBBox();
        return [b.x, b.y, b.width, b.height];
      }),
    );
    for (const [x, y, w, h] of placed) {
      expect(x).toBeGreaterThan(60);
      expect(x + w).toBeLessThan(612);
      expect(y).toBeGreaterThan(72);
      expect(y).toBeLessThan(140);
      expect(h).toBeGreaterThan(8);
      expect(w).toBeGreaterThan(40);
    }
    expect(placed[1]![1] - placed[0]![1]).toBeCloseTo(16, 0);
    // The second stands at the start of its line (x 72) and covers the whole word: "Ordyntseva" in
    // Helvetica 12 is 61.4 points wide, and the outline stands 2 points outside it.
    expect(placed[1]![0]).toBeCloseTo(70, 0);
    expect(placed[1]![2]).toBeGreaterThan(60);
    expect(placed[1]![2]).toBeLessThan(72);
    await shot(page, '04-viewer');
    // Zoom, then pan by dragging.
    const width = async () => (await page.locator('.frame').boundingBox())!.width;
    const fit = await width();
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    expect(await page.locator('#zoom-level').textContent()).toBe('200%');
    expect(Math.round(((await width()) / fit) * 100)).toBe(200);
    const scroller = page.locator('.scroller');
    await scroller.evaluate((s) => s.scrollTo(0, 0));
    const box = (await scroller.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 - 100, {
      steps: 5,
    });
    await page.mouse.up();
    expect(await scroller.evaluate((s) => s.scrollLeft)).toBeGreaterThan(150);
    expect(await scroller.evaluate((s) => s.scrollTop)).toBeGreaterThan(50);
    await shot(page, '05-viewer-zoomed');
    // Next hit: on this page first, then on the next matching page.
    await page.waitForSelector('#hit-nav:not([hidden])');
    // Nothing before the first hit of the first matching page.
    expect(await page.locator('#hit-prev-here').isDisabled()).toBe(true);
    await page.click('#hit-next-here');
    expect(await page.locator('#hit-here').textContent()).toBe('Hit 1 of 2 on this page');
    await page.click('#hit-next-here');
    expect(await page.locator('#hit-here').textContent()).toBe('Hit 2 of 2 on this page');
    expect(await page.locator('#text mark.current').count()).toBe(1);
    expect(await page.locator('svg.boxes rect.box.current').count()).toBe(1);
    await shot(page, '06-viewer-second-hit');
    await Promise.all([page.waitForURL(/\/p\/2\?w=Ordyntseva$/), page.click('#hit-next-here')]);
    expect(await page.locator('#text mark').allTextContents()).toEqual(['Ordyntseva']);
    expect(await page.locator('svg.boxes rect.box').count()).toBe(1);
    expect(await page.locator('#zoom-level').textContent()).toBe('200%');
    await page.click('#zoom-fit');
    await shot(page, '07-viewer-next-page');
  });

  it('marks the Cyrillic spelling a Latin query matched', async () => {
    const page = await loggedIn('editor');
    await page.goto(`${base}/?q=Ordyntseva&kind=text&collection=north`);
    await page.locator('.doc-hit', { hasText: 'donesenie.txt' }).locator('.hit a.title').click();
    await page.waitForSelector('.viewer');
    expect(await page.locator('#text mark').allTextContents()).toEqual(['Ордынцева', 'Ордынцева']);
    await shot(page, '08-viewer-cross-script');
  });

  it('cites a selection, opens its short link, and shows an altered link with its difference', async () => {
    const page = await loggedIn('fact-checker');
    await page.goto(`${base}/?q=Ordyntseva&collection=north&kind=pdf`);
    await page
      .locator('.doc-hit', { hasText: 'dispatch-07.pdf' })
      .locator('.hit a.title', { hasText: 'Page 1' })
      .click();
    await page.waitForSelector('.viewer');
    // Select the quote in the page text, whatever marks split it into nodes.
    await page.evaluate((quote) => {
      const pre = document.getElementById('text')!;
      const at = (pre.textContent ?? '').indexOf(quote);
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (seen <= at && at < seen + len) range.setStart(n, at - seen);
        if (seen < at + quote.length && at + quote.length <= seen + len)
          range.setEnd(n, at + quote.length - seen);
        seen += len;
      }
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    }, QUOTE);
    await page.click('#cite');
    await page.waitForFunction(() =>
      /\/c\/[a-z2-7]{10}$/.test(document.getElementById('citation-link')?.textContent ?? ''),
    );
    const link = (await page.locator('#citation-link').textContent())!;
    expect(await page.locator('#citation-text').textContent()).toContain(`“${QUOTE}”`);
    await shot(page, '09-cited');
    // The short link, opened by someone else: the page, the quote marked and verified.
    const reader = await loggedIn('editor');
    expect((await reader.goto(link))!.status()).toBe(200);
    expect(await reader.locator('.viewer h1').textContent()).toBe('dispatch-07.pdf, page 1 of 2');
    expect(await reader.locator('mark#quote').textContent()).toBe(QUOTE);
    expect(await reader.locator('#citation-status').textContent()).toContain(
      'Verified: the quote stands on this page exactly',
    );
    expect(await reader.locator('svg.boxes rect.box').count()).toBeGreaterThan(0);
    await shot(reader, '10-short-link');
    // The same page's permalink with the quote altered (a name's letter): not on the page, with the difference.
    const permalink = new URL(reader.url());
    const viewerPath = (await reader.locator('.thumbs a.thumb.current').getAttribute('href'))!;
    const altered = new URL(viewerPath, permalink);
    altered.search = `?q=${encodeURIComponent(QUOTE.replace('Ordyntseva', 'Ordyntsova'))}`;
    await reader.goto(altered.href);
    expect(await reader.locator('#quote-notice').textContent()).toContain(
      '“Ordyntsova” where the page has “Ordyntseva” (name)',
    );
    expect(await reader.locator('mark#quote').count()).toBe(0);
    expect(await reader.locator('mark#near .differs').allTextContents()).toEqual(['Ordyntseva']);
    expect(await reader.locator('svg.boxes rect.box.near').count()).toBeGreaterThan(0);
    await shot(reader, '11-altered-link');
  });
});
