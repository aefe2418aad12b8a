// OCR through the real CLI: a scan, a photo, a page turned sideways, a PDF mixing a text layer with a
// scanned page, and a multi-page TIFF, each with text asserted and the per-page decision recorded.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { openPdf } from '../ingest/text/pdfjs.js';
import { openArchive } from '../store/archive.js';
import { getEntities, getPages, listDocuments } from '../store/documents.js';
import { renderPdfPage } from '../ingest/ocr/raster.js';
import { tempDir } from './backends.js';
import { runCli } from './cli.js';
import { corpusFile, corpusFiles, gold, goldLine, goldText } from './fixtures.js';
import type { FileResult } from '../cli/ingest.js';

interface ExportedDoc {
  filename: string;
  status: string;
  pages: Array<{
    page: number;
    text: string;
    method: string;
    confidence: number | null;
    decision: string;
  }>;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');
// The red notice (a scan) and the wanted notice (a phone photo) of the corpus; the lines the tests
// expect are read from gold.json, so no name of the corpus is written here.
const NOTICE = corpusFile('13-');
const PHOTO = corpusFile('14-');
const FAMILY_LINE = goldLine(NOTICE, (l) => l.startsWith('Present family name'));
const spellings = new Set(gold().people.flatMap((p) => [p.canonical, ...p.variants]));
const WANTED_NAME = goldLine(PHOTO, (l) => spellings.has(l));
const PASSPORT_NO = /\b\d{9}\b/.exec(goldText(NOTICE))![0];

async function pagePng(file: string, page: number): Promise<Buffer> {
  const pdf = await openPdf(new Uint8Array(fs.readFileSync(path.join(corpusFiles, file))));
  const r = await renderPdfPage(pdf, page, 200, 1e9);
  await pdf.destroy();
  return sharp(r.data, { raw: { width: r.width, height: r.height, channels: 1 } })
    .png()
    .toBuffer();
}

describe('OCR of scans, photos, turned pages, mixed PDFs and multi-page TIFF', () => {
  let work: string;
  let data: string;
  let results: Map<string, FileResult>;
  let docs: Map<string, ExportedDoc>;

  beforeAll(async () => {
    work = tempDir('casefile-ocr-');
    data = path.join(work, 'data');
    const input = path.join(work, 'input');
    fs.mkdirSync(input);
    fs.copyFileSync(path.join(corpusFiles, NOTICE), path.join(input, 'scan.pdf'));
    fs.copyFileSync(path.join(corpusFiles, PHOTO), path.join(input, 'photo.jpg'));

    const notice = await pagePng(NOTICE, 1);
    await sharp(notice).rotate(90).png().toFile(path.join(input, 'sideways.png'));

    // A PDF whose first page has a text layer and whose second page is only a scanned image.
    const mixed = await PDFDocument.create();
    const font = await mixed.embedFont(StandardFonts.Helvetica);
    const textPage = mixed.addPage([595, 842]);
    textPage.drawText('Regional Court in Przemysl, decision of 23 July 2019, case II Kop 17/19.', {
      x: 50,
      y: 780,
      size: 12,
      font,
    });
    const scan = await mixed.embedPng(notice);
    const scanPage = mixed.addPage([595, 842]);
    scanPage.drawImage(scan, { x: 0, y: 0, width: 595, height: 842 });
    fs.writeFileSync(path.join(input, 'mixed.pdf'), await mixed.save());

    const border = await pagePng('05-dpsu-dovidka.pdf', 1);
    await sharp([border, notice], { join: { animated: true } })
      .tiff({ compression: 'lzw' })
      .toFile(path.join(input, 'two-pages.tiff'));

    const run = await runCli(['ingest', '--json', input], { CASEFILE_DATA: data }, 600_000);
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    results = new Map(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as FileResult)
        .map((r) => [r.filename, r]),
    );
    const exported = await runCli(['export'], { CASEFILE_DATA: data });
    docs = new Map(
      exported.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as ExportedDoc)
        .map((d) => [d.filename, d]),
    );
  }, 900_000);

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('reads a scanned PDF page by OCR', () => {
    expect(results.get('scan.pdf')).toMatchObject({
      status: 'done',
      pages: 1,
      textLayerPages: 0,
      ocrPages: 1,
    });
    const page = docs.get('scan.pdf')!.pages[0]!;
    expect(page.method).toBe('ocr');
    expect(page.confidence).toBeGreaterThan(0.8);
    expect(collapse(page.text)).toContain(FAMILY_LINE);
    expect(collapse(page.text)).toContain(
      'On 23 MAR 18 the wanted person travelled by air from DUSHANBE to ISTANBUL',
    );
    expect(page.decision).toMatch(/OCR at 2\d\d dpi; deskewed 1\.\d°; languages .*eng/);
  });

  it('reads a phone photo in Tajik', () => {
    const page = docs.get('photo.jpg')!.pages[0]!;
    expect(page.method).toBe('ocr');
    expect(page.decision).toMatch(/languages tgk/);
    expect(collapse(page.text)).toContain(WANTED_NAME);
    expect(collapse(page.text)).toContain('23 марти соли 2018 ба Туркия');
  });

  it('turns a sideways page upright before reading it', () => {
    const page = docs.get('sideways.png')!.pages[0]!;
    expect(page.decision).toMatch(/turned 270° by OSD/);
    expect(collapse(page.text)).toContain(FAMILY_LINE);
  });

  it('uses the text layer where it is good and OCRs the scanned page of a mixed PDF', () => {
    expect(results.get('mixed.pdf')).toMatchObject({
      status: 'done',
      pages: 2,
      textLayerPages: 1,
      ocrPages: 1,
    });
    const [first, second] = docs.get('mixed.pdf')!.pages;
    expect(first).toMatchObject({
      method: 'text-layer',
      decision: 'text layer present and plausible',
    });
    expect(first!.text).toBe(
      'Regional Court in Przemysl, decision of 23 July 2019, case II Kop 17/19.',
    );
    expect(second!.method).toBe('ocr');
    expect(collapse(second!.text)).toContain(FAMILY_LINE);
  });

  it('reads every page of a multi-page TIFF, each in its own language', () => {
    expect(results.get('two-pages.tiff')).toMatchObject({ status: 'done', pages: 2, ocrPages: 2 });
    const [uk, en] = docs.get('two-pages.tiff')!.pages;
    expect(uk!.decision).toMatch(/languages ukr/);
    expect(collapse(uk!.text)).toContain('АДМІНІСТРАЦІЯ ДЕРЖАВНОЇ ПРИКОРДОННОЇ СЛУЖБИ УКРАЇНИ');
    expect(collapse(en!.text)).toContain(FAMILY_LINE);
  });

  it('keeps every word with its box and its place in the text, and a page image for the viewer', async () => {
    const archive = await openArchive(loadConfig({ data }));
    try {
      const doc = (await listDocuments(archive.db)).documents.find(
        (d) => d.filename === 'scan.pdf',
      )!;
      const [page] = await getPages(archive.db, doc.id);
      expect(page!.words!.length).toBeGreaterThan(100);
      for (const w of page!.words!) {
        expect(page!.text.slice(w.start, w.end)).toBe(w.text);
        expect(w.x0).toBeGreaterThanOrEqual(0);
        expect(w.x1).toBeLessThanOrEqual(page!.width!);
        expect(w.y1).toBeLessThanOrEqual(page!.height!);
        expect(w.confidence).toBeGreaterThanOrEqual(0);
      }
      const image = await sharp(path.join(data, page!.imagePath!)).metadata();
      expect([image.width, image.height]).toEqual([page!.width, page!.height]);
      // Entities found on an OCR page carry the boxes of their words, for highlighting.
      const found = await getEntities(archive.db, doc.id);
      const passport = found.find((e) => e.type === 'passport');
      expect(passport).toMatchObject({ normalized: `TJK:${PASSPORT_NO}`, page: 1 });
      expect(page!.text.slice(passport!.start, passport!.end)).toBe(passport!.text);
      expect(passport!.boxes?.length).toBeGreaterThan(0);
      for (const [x0, y0, x1, y1] of passport!.boxes!)
        expect(x0 < x1 && y0 < y1 && x1 <= page!.width! && y1 <= page!.height!).toBe(true);
    } finally {
      await archive.close();
    }
    // One viewer image per OCR page: scan, photo, sideways, the mixed PDF's scanned page, two TIFF pages.
    const images = fs
      .readdirSync(path.join(data, 'pages'), { recursive: true })
      .filter((f) => String(f).endsWith('.jpg'));
    expect(images).toHaveLength(6);
  });
});
