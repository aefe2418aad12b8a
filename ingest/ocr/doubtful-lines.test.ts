import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDoubtful, onlyOwnLetters, rereadDoubtfulLines, stackLines } from './doubtful-lines.js';
import { prepareTessdata } from './languages.js';
import { OcrPool } from './pool.js';
import { toPgm, type Raster } from './raster.js';
import type { OcrWord } from './reading-order.js';

const word = (text: string, confidence = 0.95, line = 1, x0 = 0): OcrWord => ({
  text,
  confidence,
  x0,
  y0: 10,
  x1: x0 + 10 * text.length,
  y1: 40,
  line,
});

describe('doubtful words', () => {
  it('are words read unsurely, whatever the models', () => {
    expect(isDoubtful(word('свидетель', 0.6), 'rus', ['eng'])).toBe(true);
    expect(isDoubtful(word('Mahalla', 0.7), 'eng', ['tgk'])).toBe(true);
    expect(isDoubtful(word('ҳамсоя', 0.5), 'tgk', ['rus'])).toBe(true);
  });

  it('are not sure words of the main script, nor marks without letters', () => {
    expect(isDoubtful(word('свидетель'), 'rus', ['eng'])).toBe(false);
    expect(isDoubtful(word('вулиця'), 'ukr', ['rus'])).toBe(false);
    expect(isDoubtful(word('—', 0.2), 'rus', ['eng'])).toBe(false);
    expect(isDoubtful(word('12.04.2021', 0.3), 'rus', ['eng'])).toBe(false);
  });

  it('are words of the other script, or Latin words a Cyrillic model read in look-alike letters', () => {
    expect(isDoubtful(word('Lublin'), 'rus', ['eng'])).toBe(true);
    // "Type", "COPY", "Ocean" read in Cyrillic letters drawn like Latin ones.
    expect(isDoubtful(word('Туре'), 'rus', ['eng'])).toBe(true);
    expect(isDoubtful(word('СОРУ'), 'tgk', ['eng'])).toBe(true);
    expect(isDoubtful(word('Осеа'), 'ukr', ['rus', 'eng'])).toBe(true);
    expect(isDoubtful(word('Ѕигпате'), 'rus', ['eng'])).toBe(true);
    expect(isDoubtful(word('ложка'), 'eng', ['rus'])).toBe(true);
  });

  it('of one script only when another script is among the models', () => {
    // A sure Russian word in look-alike letters is no Latin word when no Latin model is there.
    expect(isDoubtful(word('Туре'), 'tgk', ['rus'])).toBe(false);
    expect(isDoubtful(word('СОРУ'), 'ukr', ['rus'])).toBe(false);
  });
});

describe('own letters', () => {
  it('keep the national reading of a word read again in Russian letters', () => {
    expect(onlyOwnLetters('Ҳакимов', 'Хакимов', 'tgk')).toBe(true);
    expect(onlyOwnLetters('қишлоқ', 'кишлок', 'tgk')).toBe(true);
    expect(onlyOwnLetters('Київ', 'Киив', 'ukr')).toBe(true);
    expect(onlyOwnLetters('Їжакевич', 'iжакевич', 'ukr')).toBe(true);
  });

  it('but not a reading that differs in other letters, or a main reading without its own letters', () => {
    expect(onlyOwnLetters('Ҳакимов', 'Хакимова', 'tgk')).toBe(false);
    expect(onlyOwnLetters('Хакимов', 'Хакимов', 'tgk')).toBe(false);
    expect(onlyOwnLetters('Хакимов', 'Ҳакимов', 'tgk')).toBe(false);
    expect(onlyOwnLetters('Львів', 'Львов', 'ukr')).toBe(false);
  });
});

describe('stacked lines', () => {
  it('copies each line, padded, one under another, and says where each came from', () => {
    const width = 200;
    const height = 100;
    const data = Buffer.alloc(width * height, 255);
    // A dark box for the word of each line: rows 10–20 and 60–70.
    for (const [y0, y1] of [
      [10, 20],
      [60, 70],
    ] as const)
      for (let y = y0; y < y1; y++) data.fill(0, y * width + 50, y * width + 150);
    const raster: Raster = { data, width, height };
    const lines = [
      [{ ...word('один'), x0: 50, x1: 150, y0: 10, y1: 20, line: 1 }],
      [{ ...word('two'), x0: 50, x1: 150, y0: 60, y1: 70, line: 4 }],
    ];
    const { image, cuts, margin } = stackLines(raster, lines);
    expect(cuts.map((c) => c.line)).toEqual([1, 4]);
    for (const [i, cut] of cuts.entries()) {
      const y = lines[i]![0]!.y0;
      // The stacked row of the word's first pixel row holds the word's ink where the page did.
      const row = cut.top + (y - cut.y0);
      const x = margin + (50 - cut.x0);
      expect(image.data[row * image.width + x]).toBe(0);
      expect(image.data[row * image.width + x - 1]).toBe(255);
    }
    expect(cuts[1]!.top).toBeGreaterThan(cuts[0]!.bottom);
  });
});

describe('reading doubtful lines again', () => {
  let dir: string;
  let pool: OcrPool;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-doubtful-'));
    const tessdataDir = prepareTessdata(dir, ['rus', 'tgk']);
    pool = new OcrPool({ size: 1, tessdataDir, recycleAfter: 1000, pageTimeoutMs: 300_000 });
  });

  afterAll(async () => {
    await pool?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function page(lines: string[]): Promise<Raster> {
    const text = lines
      .map(
        (l, i) =>
          `<text x="60" y="${80 + 48 * i}" font-family="DejaVu Serif" font-size="30">${l}</text>`,
      )
      .join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1500" height="${100 + 48 * lines.length}"><rect width="100%" height="100%" fill="white"/>${text}</svg>`;
    const { data, info } = await sharp(Buffer.from(svg))
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  it('reads again only the unsure line of a Tajik page, and puts its words back in place', async () => {
    // Invented text: a Tajik certificate with a Russian line (letters Tajik lacks: ы, ъ, ь).
    const raster = await page([
      'Маълумотнома ба шаҳрванд Ҷамшед Қаҳҳоров дода шуд.',
      'Ӯ дар ноҳияи Ашт таваллуд шудааст ва ҳоло дар шаҳр кор мекунад.',
      'Выдана для предъявления в суд по месту жительства.',
      'Мӯҳри идора ва имзои сардор гузошта шуд.',
    ]);
    const pgm = toPgm(raster);
    const alone = await pool.recognize(pgm, ['tgk'], 200);
    const { result, lines, reread } = await rereadDoubtfulLines(pool, raster, 200, alone, 'tgk', [
      'rus',
    ]);
    expect(lines).toBe(4);
    expect(reread).toBe(1);
    const got = result.text.split('\n');
    // The sure Tajik lines are the Tajik model's, with their own letters.
    for (const i of [0, 1, 3]) expect(got[i]).toBe(alone.text.split('\n')[i]);
    expect(got[0]).toContain('Ҷамшед Қаҳҳоров');
    // The unsure line is the one read again (alone in the stack, its unsure word may still come
    // out as the Tajik model read it, where the whole page in both models reads it right).
    expect(got[2]).toMatch(/для предъявления в суд по месту/u);
    for (const w of result.words) expect(result.text.slice(w.start, w.end)).toBe(w.text);
    // Its word boxes are back on the page, on its line.
    const court = result.words.find((w) => w.text === 'суд')!;
    expect(court.y0).toBeGreaterThan(150);
    expect(court.y1).toBeLessThan(200);
  }, 300_000);
});
