import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFrames, readFramedRegions } from './framed-regions.js';
import { prepareTessdata } from './languages.js';
import { OcrPool } from './pool.js';
import { testEngine } from '../../test/ocr-engine.js';
import { resize, toPgm, type Raster } from './raster.js';

const font = 'font-family="DejaVu Sans" font-weight="bold" font-size="28" text-anchor="middle"';

/** A stamp: a rounded frame with lines of text, turned by `angle` degrees about its centre. */
function stamp(cx: number, cy: number, angle: number, lines: string[]): string {
  const h = 50 + 45 * lines.length;
  const text = lines
    .map((l, i) => `<text x="${cx}" y="${cy - h / 2 + 55 + 45 * i}" ${font}>${l}</text>`)
    .join('');
  return `<g transform="rotate(${angle} ${cx} ${cy})"><rect x="${cx - 150}" y="${cy - h / 2}" width="300" height="${h}" rx="12" fill="none" stroke="#333" stroke-width="5"/>${text}</g>`;
}

async function page(body: string, width = 1400, height = 900): Promise<Raster> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${body}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('framed regions', () => {
  it('finds turned stamp frames and their angle, but not a table grid or a large letter', async () => {
    const grid =
      '<g stroke="black" stroke-width="4" fill="none"><rect x="800" y="450" width="450" height="300"/><line x1="1025" y1="450" x2="1025" y2="750"/><line x1="800" y1="600" x2="1250" y2="600"/></g>';
    const letter = '<text x="150" y="700" font-family="DejaVu Sans" font-size="120">O</text>';
    const raster = await page(
      stamp(350, 200, 4, ['УКРАЇНА 0512', 'ЯГОДИН']) +
        stamp(1000, 200, -3, ['PL 112', 'DOROHUSK']) +
        grid +
        letter,
    );
    const small = await resize(raster, 1000, Math.round((900 * 1000) / 1400));
    const frames = findFrames(small).sort((a, b) => a.x0 - b.x0);
    expect(frames).toHaveLength(2);
    expect(frames[0]!.angle).toBeCloseTo(4, 0);
    expect(frames[1]!.angle).toBeCloseTo(-3, 0);
    // The first frame lies around the first stamp (centre 350, 200 on the page, 1000/1400 on the copy).
    expect((frames[0]!.x0 + frames[0]!.x1) / 2).toBeCloseTo(250, -1);
    expect((frames[0]!.y0 + frames[0]!.y1) / 2).toBeCloseTo(143, -1);
  });

  describe('reading', () => {
    let dir: string;
    let pool: OcrPool;

    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-frames-'));
      const tessdataDir = prepareTessdata(dir, ['rus', 'eng', 'ukr', 'tgk']);
      pool = new OcrPool({
        size: 1,
        tessdataDir,
        recycleAfter: 100,
        pageTimeoutMs: 120_000,
        ...testEngine(),
      });
    });

    afterAll(async () => {
      await pool.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('reads each stamp level and in the models that suit it, its lines kept together', async () => {
      const header = `<text x="100" y="80" font-family="DejaVu Serif" font-size="30">Копия верна. Визы и отметки.</text>`;
      const raster = await page(
        header +
          stamp(400, 300, 5, ['ТОҶИКИСТОН', 'КӮЛОБ', 'ХУРУҶ 204']) +
          stamp(1000, 320, -4, ['УКРАЇНА 0512', 'ЧЕРНІВЦІ', "В'ЇЗД"]),
      );
      const first = await pool.recognize(toPgm(raster), ['rus', 'eng'], 200);
      const small = await resize(raster, 1000, Math.round((900 * 1000) / 1400));
      const { result, regions } = await readFramedRegions(
        pool,
        raster,
        small,
        200,
        [
          ['rus', 'eng'],
          ['ukr', 'eng'],
          ['tgk', 'eng'],
        ],
        first,
      );
      expect(regions).toBe(2);
      expect(result.text).toBe(
        "Копия верна. Визы и отметки.\nТОҶИКИСТОН\nКӮЛОБ\nХУРУҶ 204\nУКРАЇНА 0512\nЧЕРНІВЦІ\nВ'ЇЗД",
      );
      for (const w of result.words) expect(result.text.slice(w.start, w.end)).toBe(w.text);
      // Word boxes are back on the page, inside the stamps.
      const town = result.words.find((w) => w.text === 'ЧЕРНІВЦІ')!;
      expect(town.x0).toBeGreaterThan(850);
      expect(town.x1).toBeLessThan(1150);
      expect(town.y0).toBeGreaterThan(250);
      expect(town.y1).toBeLessThan(400);
    });

    it('leaves a page without frames as it was read', async () => {
      const raster = await page(
        '<text x="100" y="100" font-family="DejaVu Serif" font-size="30">Копия верна.</text>',
        800,
        300,
      );
      const first = await pool.recognize(toPgm(raster), ['rus', 'eng'], 200);
      const { result, regions } = await readFramedRegions(
        pool,
        raster,
        raster,
        200,
        [['rus', 'eng']],
        first,
      );
      expect(regions).toBe(0);
      expect(result).toBe(first);
    });
  });
});
