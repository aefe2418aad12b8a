// Search words marked on a scanned page's image whatever script they are written in: a query in
// Latin letters that matched Cyrillic words (and one in Cyrillic that matched Latin words) draws the
// boxes of those words on the page image, as it marks them in the text. Scans invented here and drawn
// with @napi-rs/canvas, read by the real OCR, shown by the real server in headless Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium, loggedInPage, shots } from './browser.js';
import { runCli, type RunningServer } from './cli.js';
import { servedArchive, writeFiles, type Credentials } from './fixtures.js';

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** A white page with black lines of text, as a scanner at about 200 dpi would give it. */
function scan(lines: string[]): Buffer {
  if (fs.existsSync(FONT)) GlobalFonts.registerFromPath(FONT, 'Scan Sans');
  const canvas = createCanvas(1600, 180 + lines.length * 110);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000000';
  ctx.font = '52px "Scan Sans", sans-serif';
  lines.forEach((line, i) => ctx.fillText(line, 70, 150 + i * 110));
  return canvas.toBuffer('image/png');
}

// Invented people and places, in Cyrillic on two scans and in Latin letters on a third.
const SCANS: Record<string, string[]> = {
  'uk-scan.png': ['Довідка видана Гребенюк Оксані.', 'Підпис: Гребенюк, Житомир, 12 травня.'],
  'ru-scan.png': ['Справка: Стельмах Артём прибыл в Тверь.', 'Стельмах уехал 3 июня.'],
  'pl-scan.png': ['Zaświadczenie dla Szczepaniak Jadwigi.', 'Podpis: Szczepaniak, Radom.'],
};

describe.skipIf(!haveChromium)('search words on scanned pages across scripts', () => {
  const served = servedArchive('casefile-ui-scripts-');
  const { work, env } = served;
  let server: RunningServer;
  let browser: Browser;
  let admin: Credentials;
  const contexts: BrowserContext[] = [];
  const sha = new Map<string, string>();

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    writeFiles(
      path.join(work, 'scans'),
      Object.fromEntries(Object.entries(SCANS).map(([name, lines]) => [name, scan(lines)])),
    );
    expect((await runCli(['ingest', path.join(work, 'scans')], env)).code).toBe(0);
    admin = await served.addUser('ada-scans', 'admin');
    server = await served.start();
    const listed = (await (
      await fetch(`${server.base}/api/documents`, {
        headers: { authorization: `Bearer ${admin.token}` },
      })
    ).json()) as { documents: Array<{ filename: string; sha256: string }> };
    for (const d of listed.documents) sha.set(d.filename, d.sha256);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  const viewed = async (page: Page, file: string, words: string) => {
    await page.goto(
      `${server.base}/d/${sha.get(file)!.slice(0, 16)}/p/1?w=${encodeURIComponent(words)}`,
    );
    await page.waitForSelector('.viewer');
    await expect
      .poll(
        () => page.locator('.frame img').evaluate((img: HTMLImageElement) => img.naturalWidth),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(100);
  };

  it.each([
    ['uk-scan.png', 'Hrebeniuk', /^Гребенюк/],
    ['ru-scan.png', 'Stelmakh', /^Стельмах/],
    ['pl-scan.png', 'Щепаняк', /^Szczepaniak/],
  ])(
    '%s: “%s” marks every word it matched, in the text and by boxes on the image',
    async (file, words, written) => {
      const page = await loggedInPage(browser, contexts, server.base, 'ada-scans', admin.password);
      await viewed(page, file, words);
      const marked = await page.locator('#text mark').allTextContents();
      expect(marked.length, marked.join(' | ')).toBe(2);
      for (const m of marked) expect(m).toMatch(written);
      // A box on the image for each marked word, each tied to its mark.
      const boxes = page.locator('svg.boxes rect.box');
      expect(await boxes.count()).toBe(2);
      expect(
        (await boxes.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-mark')))).sort(),
      ).toEqual(['0', '1']);
      await page.screenshot({
        path: path.join(shots, `scan-scripts-${file.replace('.png', '')}.png`),
        fullPage: true,
      });
    },
  );
});
