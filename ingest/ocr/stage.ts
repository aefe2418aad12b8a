// The OCR stage: every page the text stage marked `needs-ocr` (and, on a re-run, every OCR page) is
// rasterised, turned upright, read in the languages chosen for it, and stored with its words and boxes
// and a page image for the viewer. Pages are read in parallel across the pool; a page that fails is
// recorded as failed with its reason while the others go on.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Config } from '../../core/config.js';
import { errorMessage } from '../../core/errors.js';
import { pages, type Document } from '../../schema/tables.js';
import type { Archive } from '../../store/archive.js';
import { openPdf } from '../text/pdfjs.js';
import { chooseLanguages } from './language-id.js';
import { OCR_LANGUAGES, prepareTessdata, type OcrLanguage } from './languages.js';
import { OcrPool, type OcrResult } from './pool.js';
import { decodeImageFrame, deskew, renderPdfPage, resize, rotate, TARGET_DPI, toPgm, writeViewerImage, type Raster } from './raster.js';

/** The OCR pool of a process, started on first use (loading models costs time and memory). */
export class OcrService {
  private pool: OcrPool | undefined;
  constructor(private readonly config: Config) {}

  get(): OcrPool {
    if (!this.pool) {
      const tessdataDir = path.join(this.config.dataDir, 'tessdata');
      const wanted = this.config.ocr.languages === 'auto' ? [...OCR_LANGUAGES] : this.config.ocr.languages;
      prepareTessdata(tessdataDir, [...(wanted as OcrLanguage[]), 'osd']);
      this.pool = new OcrPool({
        size: this.config.ocr.workers,
        tessdataDir,
        recycleAfter: this.config.ocr.recycleAfter,
        pageTimeoutMs: this.config.limits.ocrPageTimeoutMs,
      });
    }
    return this.pool;
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}

/** OSD is asked only for an upright page's rotation when it is this sure (tesseract's own scale). */
const MIN_ORIENTATION_CONFIDENCE = 2;
/** Skew below this is left alone (tesseract copes, and resampling costs sharpness); above the maximum the
 *  measurement is more likely wrong than the page. */
const MIN_SKEW_DEGREES = 0.3;
const MAX_SKEW_DEGREES = 10;
/** OSD needs no full resolution; a smaller copy is faster. */
const OSD_LONG_SIDE = 1600;

type PageSource = (page: number) => Promise<Raster>;

async function openSource(archive: Archive, doc: Document): Promise<{ raster: PageSource; dpi: number; close(): Promise<void> }> {
  const file = archive.originals.pathFor(doc.sha256);
  const { maxPixels } = archive.config.limits;
  if (doc.mediaType === 'application/pdf') {
    const pdf: PDFDocumentProxy = await openPdf(new Uint8Array(await fsp.readFile(file)));
    const dpi = archive.config.ocr.dpi;
    return { raster: (n) => renderPdfPage(pdf, n, dpi, maxPixels), dpi, close: () => pdf.destroy() };
  }
  // Images are brought to about the target resolution when decoded.
  return { raster: (n) => decodeImageFrame(file, n - 1, maxPixels), dpi: TARGET_DPI, close: async () => undefined };
}

export function pageImagePath(sha256: string, page: number): string {
  return path.join('pages', sha256.slice(0, 2), sha256, `${page}.jpg`);
}

interface DocLanguageState {
  languages: OcrLanguage[] | undefined;
}

export async function ocrDocument(
  archive: Archive,
  doc: Document,
  ocr: OcrService,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<{ read: number; failed: number }> {
  const todo = await archive.db
    .select({ page: pages.page })
    .from(pages)
    .where(and(eq(pages.documentId, doc.id), or(inArray(pages.status, ['needs-ocr', 'failed']), eq(pages.method, 'ocr'))))
    .orderBy(pages.page);
  if (todo.length === 0) return { read: 0, failed: 0 };
  const pool = ocr.get();
  const source = await openSource(archive, doc);
  const state: DocLanguageState = { languages: archive.config.ocr.languages === 'auto' ? undefined : (archive.config.ocr.languages as OcrLanguage[]) };
  let done = 0;
  let failed = 0;
  try {
    const queue = todo.map((t) => t.page);
    // One more page in flight than workers, so rendering the next page overlaps recognition.
    const lanes = Array.from({ length: Math.min(queue.length, pool.size + 1) }, async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        try {
          await ocrPage(archive, doc, pool, source, n, state);
        } catch (err) {
          failed++;
          await archive.db
            .update(pages)
            .set({ status: 'failed', error: errorMessage(err) })
            .where(and(eq(pages.documentId, doc.id), eq(pages.page, n)));
        }
        progress(++done, todo.length);
      }
    });
    await Promise.all(lanes);
  } finally {
    await source.close();
  }
  return { read: done - failed, failed };
}

async function ocrPage(archive: Archive, doc: Document, pool: OcrPool, source: { raster: PageSource; dpi: number }, n: number, state: DocLanguageState): Promise<void> {
  let raster = await source.raster(n);
  const longSide = Math.max(raster.width, raster.height);
  const small = longSide > OSD_LONG_SIDE ? await resize(raster, Math.round((raster.width * OSD_LONG_SIDE) / longSide), Math.round((raster.height * OSD_LONG_SIDE) / longSide)) : raster;
  const osd = await pool.detect(toPgm(small)).catch(() => undefined);
  const turned = osd && osd.rotate !== 0 && osd.orientationConfidence >= MIN_ORIENTATION_CONFIDENCE ? osd.rotate : 0;
  raster = await rotate(raster, turned);
  // Tesseract's measured line skew, corrected when it is large enough to matter.
  const skewDegrees = turned === 0 && osd ? (osd.skewRadians * 180) / Math.PI : 0;
  const straightened = Math.abs(skewDegrees) >= MIN_SKEW_DEGREES && Math.abs(skewDegrees) <= MAX_SKEW_DEGREES;
  if (straightened) raster = await deskew(raster, skewDegrees);
  const pgm = toPgm(raster);

  const { result, languages, reason } = await recognizeInBestLanguages(pool, pgm, source.dpi, state, archive.config.ocr.languages === 'auto');
  const imagePath = pageImagePath(doc.sha256, n);
  await fsp.mkdir(path.dirname(path.join(archive.config.dataDir, imagePath)), { recursive: true, mode: 0o700 });
  await writeViewerImage(raster, path.join(archive.config.dataDir, imagePath));

  const decision = [
    'OCR',
    turned ? `turned ${turned}° by OSD` : null,
    straightened ? `deskewed ${skewDegrees.toFixed(1)}°` : null,
    `languages ${languages.join('+')} (${reason})`,
  ]
    .filter(Boolean)
    .join('; ');
  await archive.db
    .update(pages)
    .set({
      status: 'done',
      method: 'ocr',
      text: normalizeOcrText(result.text),
      confidence: result.confidence,
      words: result.words,
      width: raster.width,
      height: raster.height,
      language: languages.join('+'),
      imagePath,
      decision,
      error: null,
    })
    .where(and(eq(pages.documentId, doc.id), eq(pages.page, n)));
}

async function recognizeInBestLanguages(
  pool: OcrPool,
  pgm: Buffer,
  dpi: number,
  state: DocLanguageState,
  auto: boolean,
): Promise<{ result: OcrResult; languages: OcrLanguage[]; reason: string }> {
  const first = state.languages ?? (['rus', 'eng'] as OcrLanguage[]);
  const result = await pool.recognize(pgm, first, dpi);
  if (!auto) return { result, languages: first, reason: 'configured' };
  const choice = chooseLanguages(result.text);
  if (sameLanguages(choice.languages, first)) {
    state.languages = first;
    return { result, languages: first, reason: choice.reason };
  }
  const second = await pool.recognize(pgm, choice.languages, dpi);
  // Trust well-evidenced languages; otherwise the reading must not be clearly less confident.
  // (Confidences of different models are not on one scale: multi-language readings score higher.)
  if (choice.evidence >= 10 || second.confidence + 0.03 >= result.confidence) {
    state.languages = choice.languages;
    return { result: second, languages: choice.languages, reason: choice.reason };
  }
  return { result, languages: first, reason: `${choice.reason}; kept ${first.join('+')}, read more confidently` };
}

function sameLanguages(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}

/** Tesseract separates blocks with blank lines and ends with a newline; keep lines, drop the noise. */
export function normalizeOcrText(text: string): string {
  return text
    .normalize('NFC')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

export function pageImageExists(dataDir: string, sha256: string, page: number): boolean {
  return fs.existsSync(path.join(dataDir, pageImagePath(sha256, page)));
}
