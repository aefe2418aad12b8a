import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareTessdata } from './languages.js';
import {
  chooseEngine,
  cropPgm,
  findNativeTesseract,
  meanTextConfidence,
  NativeTesseract,
  parseTesseractVersion,
  parseTsv,
  parseTsvPages,
} from './native-engine.js';
import { OcrPool } from './pool.js';
import { toPgm } from './raster.js';

// Invented TSV in tesseract 5's layout: a page row, two blocks, the first with two lines.
const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '1\t1\t0\t0\t0\t0\t0\t0\t900\t400\t-1\t',
  '2\t1\t1\t0\t0\t0\t40\t40\t500\t80\t-1\t',
  '3\t1\t1\t1\t0\t0\t40\t40\t500\t80\t-1\t',
  '4\t1\t1\t1\t1\t0\t40\t40\t500\t30\t-1\t',
  '5\t1\t1\t1\t1\t1\t40\t40\t120\t30\t95.5\tЗаявление',
  '5\t1\t1\t1\t1\t2\t170\t42\t60\t28\t88.25\tHolm',
  '4\t1\t1\t1\t2\t0\t40\t90\t300\t30\t-1\t',
  '5\t1\t1\t1\t2\t1\t40\t90\t80\t30\t-1\t ',
  '5\t1\t1\t1\t2\t2\t130\t90\t90\t30\t61\tWeiden-Ost',
  '2\t1\t2\t0\t0\t0\t600\t300\t200\t40\t-1\t',
  '3\t1\t2\t1\t0\t0\t600\t300\t200\t40\t-1\t',
  '4\t1\t2\t1\t1\t0\t600\t300\t200\t40\t-1\t',
  // A decomposed letter (и + combining breve) comes out composed (й), as tesseract.js's words do.
  '5\t1\t2\t1\t1\t1\t600\t300\t200\t40\t70\tМаи\u0306',
  '',
].join('\n');

describe('native tesseract output', () => {
  it('parses TSV words into the pool’s shape: 0..1 confidences, corners, lines in tesseract’s order', () => {
    expect(parseTsv(TSV)).toEqual([
      { text: 'Заявление', confidence: 0.955, x0: 40, y0: 40, x1: 160, y1: 70, line: 1 },
      { text: 'Holm', confidence: 0.883, x0: 170, y0: 42, x1: 230, y1: 70, line: 1 },
      { text: 'Weiden-Ost', confidence: 0.61, x0: 130, y0: 90, x1: 220, y1: 120, line: 2 },
      { text: 'Май', confidence: 0.7, x0: 600, y0: 300, x1: 800, y1: 340, line: 3 },
    ]);
  });

  it('splits the TSV of a list of images by page, an image without words given none', () => {
    const second = TSV.split('\n')
      .filter((r) => r.startsWith('5\t'))
      .slice(0, 1)
      .map((r) => r.replace(/^5\t1\t/, '5\t3\t'));
    const pages = parseTsvPages(
      [TSV, '1\t2\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t', ...second].join('\n'),
      3,
    );
    expect(pages.map((p) => p.map((w) => w.text))).toEqual([
      ['Заявление', 'Holm', 'Weiden-Ost', 'Май'],
      [],
      ['Заявление'],
    ]);
    // Lines are numbered on from the images before: a line never spans two images.
    expect(pages[2]![0]!.line).toBe(4);
    expect(parseTsvPages(TSV, 0)).toEqual([]);
  });

  it('gives no words for empty output, a header alone, or a truncated row', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv(TSV.split('\n')[0]!)).toEqual([]);
    expect(parseTsv('5\t1\t1\t1\t1\t1\t40\t40')).toEqual([]);
  });

  it('weighs the mean confidence by word length, as tesseract’s MeanTextConf', () => {
    expect(
      meanTextConfidence([
        { text: 'abcd', confidence: 0.9 },
        { text: 'xy', confidence: 0.6 },
      ]),
    ).toBe(0.8);
    expect(meanTextConfidence([])).toBe(0);
  });

  it('reads the version of tesseract 4 and 5 builds', () => {
    expect(parseTesseractVersion('tesseract 5.3.0\n leptonica-1.82.0')).toBe('5.3.0');
    expect(parseTesseractVersion('tesseract v5.0.0-alpha-20201231')).toBe('5.0.0');
    expect(parseTesseractVersion('tesseract 4.1.1')).toBe('4.1.1');
    expect(parseTesseractVersion('command not found')).toBeUndefined();
  });

  it('cuts a rectangle out of a PGM, clamped to the image', () => {
    const pixels = Buffer.from([...Array(12).keys()]);
    const pgm = Buffer.concat([Buffer.from('P5\n4 3\n255\n'), pixels]);
    const cut = cropPgm(pgm, { left: 1, top: 1, width: 2, height: 5 })!;
    expect(cut.toString('latin1', 0, 11)).toBe('P5\n2 2\n255\n');
    expect([...cut.subarray(11)]).toEqual([5, 6, 9, 10]);
    expect(cropPgm(Buffer.from('\x89PNG....'), { left: 0, top: 0, width: 1, height: 1 })).toBe(
      undefined,
    );
  });
});

describe('engine choice', () => {
  const v5 = { path: '/usr/bin/tesseract', version: '5.3.0' };
  const v4 = { path: '/usr/bin/tesseract', version: '4.1.1' };

  it('auto takes tesseract.js for now, native tesseract 5 when preferred and found', () => {
    expect(chooseEngine('auto', v5)).toMatchObject({ engine: 'wasm' });
    expect(chooseEngine('auto', v5).reason).toContain('CASEFILE_OCR_ENGINE=native');
    expect(chooseEngine('auto', v5, true)).toMatchObject({ engine: 'native', binary: v5 });
    expect(chooseEngine('auto', v4, true)).toMatchObject({ engine: 'wasm' });
    expect(chooseEngine('auto', undefined, true)).toMatchObject({ engine: 'wasm' });
    expect(chooseEngine('auto', undefined)).toMatchObject({
      engine: 'wasm',
      reason: 'auto: no tesseract on PATH',
    });
    expect(chooseEngine('auto', v4)).toMatchObject({ engine: 'wasm' });
    expect(chooseEngine('auto', v4).reason).toContain('older than 5');
  });

  it('wasm is taken as asked; native without a usable binary is an error saying what to install', () => {
    expect(chooseEngine('wasm', v5)).toMatchObject({ engine: 'wasm' });
    expect(chooseEngine('native', v5)).toMatchObject({ engine: 'native', binary: v5 });
    expect(() => chooseEngine('native', undefined)).toThrow(/tesseract-ocr/);
    expect(() => chooseEngine('native', v4)).toThrow(/5 or later/);
  });

  it('finds no binary on an empty PATH, and one only where it runs', () => {
    expect(findNativeTesseract({ PATH: '' })).toBeUndefined();
    expect(findNativeTesseract({ PATH: os.tmpdir() + path.delimiter + '/nonexistent' })).toBe(
      undefined,
    );
    expect(findNativeTesseract({ CASEFILE_TESSERACT: '/bin/false' })).toBeUndefined();
  });
});

const binary = findNativeTesseract();
// Needs the Debian package tesseract-ocr (scripts/install-system-deps.sh installs it).
describe.skipIf(!binary)('native engine against tesseract.js on the same page', () => {
  let dir: string;
  let tessdataDir: string;
  let native: OcrPool;
  let wasm: OcrPool;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-native-'));
    tessdataDir = prepareTessdata(dir, ['eng', 'rus']);
    const opts = { size: 1, tessdataDir, recycleAfter: 100, pageTimeoutMs: 60_000 };
    native = new OcrPool({ ...opts, native: binary! });
    wasm = new OcrPool(opts);
  });

  afterAll(async () => {
    await Promise.all([native?.close(), wasm?.close()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads the same words with the same boxes, lines and a line with a whitelist', async () => {
    const lines = [
      'The ferry to Lindholm leaves at 7:40 from pier 12.',
      'Паром до острова уходит в восемь утра.',
      'P<UTOQUILL<<MARTA<<<<<<<<<<<<<<<<<<<<<<<<<<<',
    ];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1300" height="260"><rect width="100%" height="100%" fill="white"/>${lines
      .map(
        (l, i) =>
          `<text x="60" y="${70 + 70 * i}" font-family="DejaVu Sans Mono" font-size="30">${l.replace(/</g, '&lt;')}</text>`,
      )
      .join('')}</svg>`;
    const { data, info } = await sharp(Buffer.from(svg))
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pgm = toPgm({ data, width: info.width, height: info.height });
    const [n, w] = await Promise.all([
      native.recognize(pgm, ['rus', 'eng'], 200),
      wasm.recognize(pgm, ['rus', 'eng'], 200),
    ]);
    expect(native.engine).toBe('native');
    expect(n.text.split('\n').slice(0, 2)).toEqual(w.text.split('\n').slice(0, 2));
    expect(n.words.map((x) => x.text)).toEqual(w.words.map((x) => x.text));
    n.words.forEach((x, i) => {
      const y = w.words[i]!;
      expect(Math.abs(x.x0 - y.x0) + Math.abs(x.y1 - y.y1), x.text).toBeLessThanOrEqual(4);
    });
    expect(Math.abs(n.confidence - w.confidence)).toBeLessThan(0.05);

    const mrz = { left: 40, top: 170, width: 1250, height: 60 };
    const how = { whitelist: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<' };
    const [nl, wl] = await Promise.all([
      native.recognizeLine(pgm, mrz, how, 200),
      wasm.recognizeLine(pgm, mrz, how, 200),
    ]);
    // A sans font's fillers are read as < or L alike by both (mrz-lines.ts repairs them): the
    // letters, the alphabet and the length agree.
    for (const line of [nl.text, wl.text]) expect(line).toMatch(/^P<UTOQUILL<<MARTA<[<L]+$/);
    expect(Math.abs(nl.text.length - wl.text.length)).toBeLessThanOrEqual(1);

    // Several lines of a page in one request read as each alone, on either engine.
    const first = { left: 40, top: 30, width: 1250, height: 60 };
    const lines2 = [first, mrz];
    const langs = { languages: ['eng'] };
    const [nm, wm] = await Promise.all([
      native.recognizeLines(pgm, lines2, langs, 200),
      wasm.recognizeLines(pgm, lines2, langs, 200),
    ]);
    const alone = await Promise.all(lines2.map((r) => native.recognizeLine(pgm, r, langs, 200)));
    expect(nm).toEqual(alone);
    expect(nm[0]!.text).toContain('Lindholm');
    expect(wm[0]!.text).toContain('Lindholm');
    expect(await native.recognizeLines(pgm, [], langs, 200)).toEqual([]);
  });

  it('reads several images in one process as each alone', async () => {
    const image = async (text: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="700" height="120"><rect width="100%" height="100%" fill="white"/><text x="30" y="70" font-family="DejaVu Serif" font-size="30">${text}</text></svg>`;
      const { data, info } = await sharp(Buffer.from(svg))
        .toColourspace('b-w')
        .raw()
        .toBuffer({ resolveWithObject: true });
      return toPgm({ data, width: info.width, height: info.height });
    };
    const images = [
      await image('Harbour office, Quay 4'),
      await image('Таможенный пост Заречье'),
      await image('Entry stamp 17 MAR 2023'),
    ];
    const together = await native.recognizeEach(images, ['rus', 'eng'], 200);
    const alone = await Promise.all(images.map((i) => native.recognize(i, ['rus', 'eng'], 200)));
    expect(together.map((r) => r.text)).toEqual(alone.map((r) => r.text));
    expect(together.map((r) => r.confidence)).toEqual(alone.map((r) => r.confidence));
    expect(together[1]!.text).toContain('Таможенный');
  });

  it('fails a reading in a model that is not installed with tesseract’s reason, and goes on', async () => {
    const pgm = toPgm({ data: Buffer.alloc(200 * 60, 255), width: 200, height: 60 });
    await expect(native.recognize(pgm, ['nld'], 200)).rejects.toThrow(/tesseract exited.*nld/);
    expect((await native.recognize(pgm, ['eng'], 200)).words).toEqual([]);
  });

  it('keeps one process per model set: later readings in the same models load nothing again', async () => {
    const engine = new NativeTesseract({
      binary: binary!.path,
      tessdataDir,
      size: 1,
      pageTimeoutMs: 60_000,
    });
    try {
      const [a, b, c] = await Promise.all([
        lineImage('Lighthouse keeper Ormond Vale'),
        lineImage('Накладная на груз из Кречетова'),
        lineImage('Berth 9 closed until 3 June'),
      ]);
      const how = { languages: ['rus', 'eng'], psm: 3, dpi: 200 };
      const first = parseTsv(await engine.read(a!, how));
      const batch = await engine.readMany([b!, c!], how);
      const again = parseTsv(await engine.read(a!, how));
      expect(engine.started).toBe(1);
      expect(engine.readings).toBe(4);
      expect(again).toEqual(first);
      expect(first.map((w) => w.text).join(' ')).toContain('Ormond');
      expect((batch[0] as Array<{ text: string }>).map((w) => w.text).join(' ')).toContain(
        'Накладная',
      );
      expect((batch[1] as Array<{ text: string }>).map((w) => w.text).join(' ')).toContain('June');
      // Other parameters (a single line) are another process.
      await engine.read(c!, { ...how, psm: 7 });
      expect(engine.started).toBe(2);
    } finally {
      await engine.close();
    }
  });

  it('gives the one image tesseract cannot read its own error and the others their words', async () => {
    const engine = new NativeTesseract({
      binary: binary!.path,
      tessdataDir,
      size: 2,
      pageTimeoutMs: 60_000,
    });
    try {
      const good = await lineImage('Signal box at Fenwick Cross');
      // A PGM whose header promises more pixels than it holds, and bytes of no image format.
      const truncated = Buffer.concat([Buffer.from('P5\n300 100\n255\n'), Buffer.alloc(40, 255)]);
      const junk = Buffer.from('not an image, only a sentence');
      const how = { languages: ['eng'], psm: 3, dpi: 200 };
      const read = await engine.readMany([good!, truncated, good!, junk], how);
      expect(read[1]).toBeInstanceOf(Error);
      expect((read[1] as Error).message).toMatch(
        /^image 2 of 4: tesseract exited with code 1.*pix/,
      );
      expect((read[3] as Error).message).toMatch(/^image 4 of 4: /);
      for (const i of [0, 2])
        expect((read[i] as Array<{ text: string }>).map((w) => w.text).join(' ')).toContain(
          'Fenwick',
        );
      // The engine goes on reading after the failures.
      expect(parseTsv(await engine.read(good!, how)).map((w) => w.text)).toContain('Fenwick');
    } finally {
      await engine.close();
    }
  });

  it('stops a reading over its time limit and reads the next in a new process', async () => {
    const engine = new NativeTesseract({
      binary: binary!.path,
      tessdataDir,
      size: 1,
      // Shorter than loading the models: the first reading cannot finish in time.
      pageTimeoutMs: 1,
    });
    try {
      const image = await lineImage('Quarry road 14');
      const how = { languages: ['eng'], psm: 3, dpi: 200 };
      await expect(engine.read(image!, how)).rejects.toThrow(/longer than the limit of 1 ms/);
      await expect(engine.read(image!, how)).rejects.toThrow(/longer than the limit/);
      expect(engine.started).toBe(2);
    } finally {
      await engine.close();
    }
  });
});

/** A white image with one invented line of text, as a PGM. */
async function lineImage(text: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="760" height="120"><rect width="100%" height="100%" fill="white"/><text x="30" y="70" font-family="DejaVu Serif" font-size="30">${text}</text></svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return toPgm({ data, width: info.width, height: info.height });
}
