// The web UI in a real headless Chromium (Debian's package, driven by playwright-core): log in,
// upload files and watch them finish, search in Cyrillic and Latin, open a hit, cite a selection,
// open the citation's permalink. Screenshots of each step go to test-artifacts/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './backends.js';
import { CHROMIUM, failOnDialog, haveChromium, launchChromium, shots } from './browser.js';
import { startServe, type RunningServer } from './cli.js';
import { CASE_FILES, corpusFile, corpusFiles, goldLine, goldText, writeFiles } from './fixtures.js';

// The corpus red notice (a scan): its family-name line and passport number, read from gold.json so
// that no name of the corpus is written here; an altered spelling of the name (V → W).
const NOTICE = corpusFile('13-');
const FAMILY_LINE = goldLine(NOTICE, (l) => l.startsWith('Present family name'));
const FAMILY = FAMILY_LINE.split(' ').at(-1)!;
const ALTERED = FAMILY.replace(/V(?=[^V]*$)/, 'W');
const PASSPORT_NO = /\b\d{9}\b/.exec(goldText(NOTICE))![0];

if (!haveChromium && process.env.CI)
  throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs Debian's chromium`);

describe.skipIf(!haveChromium)('web UI in Chromium', () => {
  let work: string;
  let server: RunningServer | undefined;
  let browser: Browser;
  let page: Page;
  let base: string;
  let password: string;
  const shot = (name: string) =>
    page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    work = tempDir('casefile-web-');
    server = await startServe({ CASEFILE_DATA: path.join(work, 'data') });
    base = server.base;
    password = /password: +(\S+)/.exec(server.output())![1]!;
    browser = await launchChromium();
    page = failOnDialog(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('logs in, uploads files and shows them finish', async () => {
    await page.goto(`${base}/upload`);
    expect(page.url()).toContain('/login?next=%2Fupload');
    await page.fill('input[name=name]', 'admin');
    await page.fill('input[name=password]', password);
    await shot('01-login');
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/upload`);
    const hostile = path.join(work, 'hostile-note.txt');
    fs.writeFileSync(
      hostile,
      'Записка о Душанбе: <script>alert(1)</script> <img src=x onerror=alert(2)> [link](javascript:alert(3))\n',
    );
    await page.setInputFiles('input[type=file]', [
      path.join(corpusFiles, '12-news-przemysl-ruling.pdf'),
      hostile,
      path.join(corpusFiles, NOTICE),
    ]);
    await page.click('#upload button[type=submit]');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#progress tbody tr td:nth-child(2)')].filter((td) =>
          td.textContent?.startsWith('done'),
        ).length === 3,
      undefined,
      { timeout: 150_000 },
    );
    await shot('02-upload-done');
  }, 180_000);

  it('searches in Cyrillic and in Latin, with highlights and facets, and renders document text inert', async () => {
    await page.goto(`${base}/?q=${encodeURIComponent('Душанбе')}`);
    await expect.poll(() => page.locator('.hit').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.hit mark').first().textContent()).toMatch(/Душанбе|Dushanbe/);
    expect(await page.locator('.doc-hit', { hasText: 'hostile-note.txt' }).textContent()).toContain(
      '<script>alert(1)</script>',
    );
    await shot('03-search-cyrillic');
    await page.goto(`${base}/?q=Ibrohimova`);
    await expect.poll(() => page.locator('.hit').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.facets').textContent()).toContain('places');
    await shot('04-search-latin');
  });

  it('opens a hit with the passage highlighted, cites a selection and opens its permalink', async () => {
    await page.goto(`${base}/?q=Medyka`);
    await page.locator('.hit a.title').first().click();
    await page.waitForSelector('mark#quote');
    expect(await page.locator('mark#quote').textContent()).toBe('Medyka');
    await expect
      .poll(
        () => page.locator('.frame img').evaluate((img: HTMLImageElement) => img.naturalWidth),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(100);
    await shot('05-viewer');
    await page.evaluate(() => {
      const pre = document.getElementById('text')!;
      const text = pre.textContent ?? '';
      const start = text.indexOf('she entered Ukraine');
      const range = document.createRange();
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (start >= offset && start < offset + len) {
          range.setStart(n, start - offset);
          range.setEnd(
            n,
            Math.min(
              len,
              start - offset + 'she entered Ukraine from Russia on January 17, 2018'.length,
            ),
          );
          break;
        }
        offset += len;
      }
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.click('#cite');
    await page.waitForFunction(() =>
      (document.getElementById('citation-text')?.textContent ?? '').includes('SHA-256'),
    );
    const citation = (await page.locator('#citation-text').textContent())!;
    expect(citation).toContain(
      '“she entered Ukraine from Russia on January 17, 2018” — 12-news-przemysl-ruling.pdf, p. 1.',
    );
    await shot('06-cited');
    // The citation links its short id (/c/<id>), which opens the page with the quote verified.
    const short = /(http:\/\/\S+\/c\/[a-z2-7]{10})\b/.exec(citation)![1]!;
    const viewed = new URL(page.url());
    const permalink = `${viewed.origin}${viewed.pathname}?q=${encodeURIComponent('she entered Ukraine from Russia on January 17, 2018')}`;
    await page.goto(short);
    expect(await page.locator('mark#quote').textContent()).toBe(
      'she entered Ukraine from Russia on January 17, 2018',
    );
    expect(await page.locator('#quote-notice').count()).toBe(0);
    expect(await page.locator('#citation-status').textContent()).toContain('Verified');
    await page.goto(permalink);
    expect(await page.locator('mark#quote').textContent()).toBe(
      'she entered Ukraine from Russia on January 17, 2018',
    );
    await shot('07-permalink');
    // A permalink whose quote was altered (the day changed) is said not to stand on the page, and
    // its closest passage is marked apart, never as the quote.
    await page.goto(permalink.replace('January%2017', 'January%2018'));
    const notice = page.locator('#quote-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(
      'This quote does not stand on this page; the closest passage differs in: “18” where the page has “17” (number)',
    );
    expect(await page.locator('mark#quote').count()).toBe(0);
    expect(await page.locator('mark#near').textContent()).toBe(
      'she entered Ukraine from Russia on January 17, 2018',
    );
    expect(await page.locator('mark#near .differs').allTextContents()).toEqual(['17']);
    await shot('07b-permalink-altered');
  });

  it('marks a quote on a scanned page by the boxes of its words', async () => {
    expect(ALTERED).not.toBe(FAMILY);
    await page.goto(`${base}/?q=${FAMILY}`);
    await page.locator('.doc-hit', { hasText: NOTICE }).locator('.hit a.title').first().click();
    const url = new URL(page.url());
    url.searchParams.set('q', FAMILY_LINE);
    await page.goto(url.toString());
    expect(await page.locator('mark#quote').textContent()).toBe(FAMILY_LINE);
    expect(await page.locator('svg.boxes rect.box').count()).toBe(4);
    await shot('08-scan-boxes');
    // An altered name on a scan: the notice, and the closest passage's boxes drawn as near.
    url.searchParams.set('q', FAMILY_LINE.replace(FAMILY, ALTERED));
    await page.goto(url.toString());
    expect(await page.locator('#quote-notice').textContent()).toContain(
      `“${ALTERED}” where the page has “${FAMILY}” (name)`,
    );
    expect(await page.locator('svg.boxes rect.box.near').count()).toBe(4);
    await shot('08b-scan-altered');
    url.searchParams.set('q', FAMILY_LINE);
    await page.goto(url.toString());
    // Clicking an entity's cite button cites the words it stands as on the page.
    await page
      .locator('.entities li', { hasText: `TJK:${PASSPORT_NO}` })
      .locator('button.cite-entity')
      .click();
    await page.waitForFunction(() =>
      (document.getElementById('citation-text')?.textContent ?? '').includes('SHA-256'),
    );
    expect(await page.locator('#citation-text').textContent()).toContain(
      `“${PASSPORT_NO}” — ${NOTICE}, p. 1.`,
    );
    // Readable on a phone: one column, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await shot('09-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('finds a person by a spelling, shows the timeline with a contradiction first, cites and follows both sources', async () => {
    writeFiles(path.join(work, 'case'), CASE_FILES);
    await page.goto(`${base}/upload`);
    await page.setInputFiles(
      'input[type=file]',
      Object.keys(CASE_FILES).map((f) => path.join(work, 'case', f)),
    );
    await page.click('#upload button[type=submit]');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#progress tbody tr td:nth-child(2)')].filter((td) =>
          td.textContent?.startsWith('done'),
        ).length === 4,
      undefined,
      { timeout: 60_000 },
    );
    // People are rebuilt once the queue is idle: searching a Polish spelling finds the person.
    await expect
      .poll(
        async () => {
          await page.goto(`${base}/?q=Tursunowej`);
          return page.locator('.people-hits a', { hasText: 'Gulnoz Tursunova' }).count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    await page.locator('.people-hits a', { hasText: 'Gulnoz Tursunova' }).click();
    await page.waitForSelector('.person');
    expect(await page.locator('h1').textContent()).toBe('Gulnoz Tursunova');
    expect(await page.locator('.variants').textContent()).toContain('Турсуновой Гулноз Давроновны');
    const contradiction = page
      .locator('.contradiction.sure', { hasText: 'a-indictment.txt' })
      .first();
    expect(await contradiction.locator('.why').textContent()).toContain(
      'Istanbul and Ukraine are far apart',
    );
    const timeline = await page.locator('.timeline .claim-head').allTextContents();
    // In date order, by stance.
    expect(timeline.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      'documented Ukraine · 2017-02-03 – 2018-09-09 · stay',
      'documented Kharkiv · 2017-03-21 · married',
      'alleged Dushanbe → Istanbul · 2017-04-11 · travel',
    ]);
    await shot('10-person');
    // Cite both sides of the contradiction, then follow each source to its highlighted sentence.
    const cards = contradiction.locator('.claim');
    expect(await cards.count()).toBe(2);
    for (const k of [0, 1]) {
      await cards.nth(k).locator('button.cite-claim').click();
      await expect
        .poll(() => cards.nth(k).locator('.claim-citation').textContent())
        .toContain('SHA-256');
    }
    expect(await cards.nth(0).locator('.claim-citation').textContent()).toContain(
      'a-indictment.txt, p. 1.',
    );
    expect(await cards.nth(1).locator('.claim-citation').textContent()).toContain(
      'b-border-record.txt, p. 1.',
    );
    await shot('11-person-cited');
    const sources = await cards
      .locator('a.source')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const quotes = await cards.locator('blockquote').allTextContents();
    for (const [k, href] of sources.entries()) {
      await page.goto(href);
      expect(await page.locator('mark#quote').textContent()).toBe(quotes[k]);
    }
    await shot('12-person-source');
    // Facets count people, not spellings: the father, Турсунова Д. Х. (the indictment) and Davron
    // Tursunov (the interview), is one.
    await page.goto(`${base}/?q=Tursunov`);
    const facet = page
      .locator('.facets section', { hasText: 'persons' })
      .locator('li', { hasText: 'Davron Tursunov' });
    expect(await facet.count()).toBe(1);
    await Promise.all([page.waitForURL(/person=/), facet.locator('a').click()]);
    await page.waitForSelector('.hit');
    expect(new Set(await page.locator('.doc-title').allTextContents())).toEqual(
      new Set(['a-indictment.txt', 'd-interview.txt']),
    );
    expect(await page.locator('.hit a.title').allTextContents()).toEqual(['Page 1', 'Page 1']);
  }, 120_000);

  it('refuses a cross-site request made with the session cookie (CSRF), and keeps the cookie from scripts', async () => {
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'casefile_session', httpOnly: true, sameSite: 'Strict' });
    const post = (origin: string | undefined) =>
      fetch(`${base}/api/citations`, {
        method: 'POST',
        headers: {
          cookie: `${cookie!.name}=${cookie!.value}`,
          'content-type': 'application/json',
          ...(origin ? { origin } : {}),
        },
        body: JSON.stringify({ document: 1, page: 1, quote: 'x' }),
      });
    expect((await post('http://evil.example')).status).toBe(403);
    expect((await post(undefined)).status).toBe(403);
    expect((await post(base)).status).not.toBe(403);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
});
