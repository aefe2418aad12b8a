// A page's models are chosen from the page itself: the same page is read the same way whatever was
// read before it, in whichever order pages finish, and whichever models the pool's workers hold.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareTessdata } from './languages.js';
import { OcrPool } from './pool.js';
import type { Raster } from './raster.js';
import { readPage, type PageReading } from './read-page.js';
import { testEngine } from '../../test/ocr-engine.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A white page with the given lines of text, 200 dpi-like type. */
async function page(lines: string[]): Promise<Raster> {
  const width = 1500;
  const height = 120 + 46 * lines.length;
  const text = lines
    .map(
      (l, i) =>
        `<text x="80" y="${90 + 46 * i}" font-family="DejaVu Serif" font-size="30">${escape(l)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${text}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

// Invented texts: two pages with strong evidence of their language, and pages that say little
// (forms, stamps, numbers), whose choice used to follow whichever page of the document was read first.
const PAGES: Record<string, string[]> = {
  ukrainian: [
    'Відповідно до запиту повідомляємо, що громадянка Олена Мирошник',
    'перетнула державний кордон України 12 березня 2021 року та виїхала',
    'з пункту пропуску разом з донькою. Довідка видана для подання до',
    'суду за місцем проживання, згідно з обліком прикордонної служби.',
    'Відомості про її повернення до України від служби не надходили.',
    'Начальник відділу прикордонного контролю підпис засвідчує.',
  ],
  polish: [
    'Sąd Rejonowy w Zamościu postanowił w dniu 3 kwietnia oddalić wniosek,',
    'ponieważ nie zachodzą przesłanki do zastosowania środka zapobiegawczego',
    'oraz nie ma obawy ucieczki podejrzanego, który od lat mieszka w mieście',
    'na stałe i pracuje w tym samym zakładzie. Na postanowienie przysługuje',
    'zażalenie do sądu okręgowego w terminie siedmiu dni od jego doręczenia.',
  ],
  form: ['Surname / Прізвище: KOVALENKO', 'Given names: TARAS', '14.05.2019   No. 4471 OB'],
  stamp: ['ENTRY 0317', '21.06.2022', 'ВИЇЗД 112  EXIT'],
  numbers: ['Nr 5521-17/22', '03.11.2020 — 14:25', 'Ref. AB 90 771'],
};

describe('language choice of a page', () => {
  let dir: string;
  let single: OcrPool;
  let pair: OcrPool;
  const rasters = new Map<string, Raster>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-read-page-'));
    const tessdataDir = prepareTessdata(dir, ['rus', 'eng', 'ukr', 'tgk', 'pol', 'osd']);
    const opts = { tessdataDir, recycleAfter: 1000, pageTimeoutMs: 300_000, ...testEngine() };
    single = new OcrPool({ size: 1, ...opts });
    pair = new OcrPool({ size: 2, ...opts });
    for (const [name, lines] of Object.entries(PAGES)) rasters.set(name, await page(lines));
  });

  afterAll(async () => {
    await Promise.all([single?.close(), pair?.close()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const read = (pool: OcrPool, name: string) => readPage(pool, rasters.get(name)!, 200, 'auto');
  const summary = (r: PageReading) => ({ languages: r.languages, text: r.text });

  it('is the same in any order, sequential or concurrent, whatever models the workers hold', async () => {
    const names = Object.keys(PAGES);
    const forward = new Map<string, ReturnType<typeof summary>>();
    for (const name of names) forward.set(name, summary(await read(single, name)));
    // The single worker now holds the last page's models; the strong pages come last this time.
    const backward = new Map<string, ReturnType<typeof summary>>();
    for (const name of [...names].reverse()) backward.set(name, summary(await read(single, name)));
    const together = new Map(
      await Promise.all(names.map(async (n) => [n, summary(await read(pair, n))] as const)),
    );
    for (const name of names) {
      expect(backward.get(name), name).toEqual(forward.get(name));
      expect(together.get(name), name).toEqual(forward.get(name));
    }
    // The strong pages are read in their own languages; the pages that say little are not read in
    // the language of a page read before them.
    expect(forward.get('ukrainian')!.languages).toContain('ukr');
    expect(forward.get('polish')!.languages).toContain('pol');
    for (const name of ['form', 'stamp', 'numbers'])
      expect(forward.get(name)!.languages, name).not.toContain('pol');
  }, 600_000);
});
