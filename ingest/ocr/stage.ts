// The OCR stage: every page the text stage marked `needs-ocr` (and, on a re-run, every OCR page) is
// rasterised, turned upright, read in the languages chosen for it, and stored with its words and boxes
// and a page image for the viewer. Pages are read in parallel across the pool; a page that fails is
// recorded as failed with its reason while the others go on.
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../core/config.js';
import { errorMessage } from '../../core/errors.js';
import type { Document } from '../../schema/tables.js';
import type { Archive } from '../../store/archive.js';
import { pagesToOcr, saveOcrReading, setPageFailed } from '../../store/pages.js';
import { pdfWorkers } from '../text/pdf-workers.js';
import { chooseLanguages } from './language-id.js';
import { band, sampleBand } from './language-sample.js';
import { readFramedRegions } from './framed-regions.js';
import { rereadMrzLines } from './mrz-lines.js';
import { readAgainWhereNeeded } from './second-reading.js';
import { OCR_LANGUAGES, prepareTessdata, type OcrLanguage } from './languages.js';
import { OcrPool, type OcrResult } from './pool.js';
import {
  decodeImageFrame,
  deskew,
  resize,
  rotate,
  toPgm,
  writeViewerImage,
  type Raster,
} from './raster.js';

/**
 * The OCR pool of a process, started on first use (loading models costs time and memory), and the
 * permits for pages in work across every document in flight: a few more than the workers, so that
 * rendering and skew measurement of the next pages overlap recognition, whichever documents they
 * belong to, while the rasters held at once stay few.
 */
export class OcrService {
  private pool: OcrPool | undefined;
  private inWork = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly config: Config) {}

  /** Pages of all documents that may be in work at once. */
  get pagesInFlight(): number {
    return this.config.ocr.workers + 2;
  }

  /** Runs the work of one page once a permit is free. */
  async withPage<T>(work: () => Promise<T>): Promise<T> {
    while (this.inWork >= this.pagesInFlight)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inWork++;
    try {
      return await work();
    } finally {
      this.inWork--;
      this.waiting.shift()?.();
    }
  }

  get(): OcrPool {
    if (!this.pool) {
      const wanted =
        this.config.ocr.languages === 'auto' ? [...OCR_LANGUAGES] : this.config.ocr.languages;
      const tessdataDir = prepareTessdata(
        path.join(this.config.dataDir, 'tessdata'),
        [...(wanted as OcrLanguage[]), 'osd'],
        this.config.ocr.models,
      );
      this.pool = new OcrPool({
        size: this.config.ocr.workers,
        tessdataDir,
        recycleAfter: this.config.ocr.recycleAfter,
        pageTimeoutMs: this.config.limits.ocrPageTimeoutMs,
      });
      this.pool.warm(this.config.ocr.languages === 'auto' ? FIRST_PASS : this.config.ocr.languages);
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
/** Long sides of the small copies used to measure skew and to detect orientation. */
const SKEW_LONG_SIDE = 1000;
const OSD_LONG_SIDE = 1600;
/** Mean word confidence below which a reading is poor enough to ask OSD whether the page is turned. */
const POOR_READING = 0.6;
/** Weaker evidence, enough to drop a model; and the confidence of a reading left alone. */
const SOME_EVIDENCE = 5;
const CLEAN_READING = 0.85;
/** Models of the first reading of a page in Cyrillic script (or unknown script). */
const FIRST_PASS: OcrLanguage[] = ['rus', 'eng'];
/** Cue words and letters that make a language choice trustworthy enough to reuse or act on. */
const STRONG_EVIDENCE = 10;

type PageSource = (page: number) => Promise<Raster & { dpi: number }>;

async function openSource(
  archive: Archive,
  doc: Document,
): Promise<{ raster: PageSource; close(): Promise<void> }> {
  const file = archive.originals.pathFor(doc.sha256);
  const { maxPixels } = archive.config.limits;
  if (doc.mediaType === 'application/pdf') {
    // Each page is rasterised in a PDF thread: its embedded scan decoded, or the page rendered by pdfjs.
    const workers = pdfWorkers(archive.config.limits);
    return {
      raster: (n) => workers.raster(file, n, archive.config.ocr.dpi),
      close: () => workers.release(file),
    };
  }
  return { raster: (n) => decodeImageFrame(file, n - 1, maxPixels), close: async () => undefined };
}

export function pageImagePath(sha256: string, page: number): string {
  return path.join('pages', sha256.slice(0, 2), sha256, `${page}.jpg`);
}

interface DocLanguageState {
  languages: OcrLanguage[] | undefined;
}

type Planned = { languages: OcrLanguage[]; reason: string };

export async function ocrDocument(
  archive: Archive,
  doc: Document,
  ocr: OcrService,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<{ read: number; failed: number }> {
  const todo = await pagesToOcr(archive.db, doc.id);
  if (todo.length === 0) return { read: 0, failed: 0 };
  progress(0, todo.length);
  const pool = ocr.get();
  const source = await openSource(archive, doc);
  const state: DocLanguageState = {
    languages:
      archive.config.ocr.languages === 'auto'
        ? undefined
        : (archive.config.ocr.languages as OcrLanguage[]),
  };
  let done = 0;
  let failed = 0;
  try {
    const queue = [...todo];
    // Lanes enough to fill the process's page budget (OcrService.withPage), which pages of the other
    // documents in flight share: rendering the next pages overlaps recognition.
    const lanes = Array.from({ length: Math.min(queue.length, ocr.pagesInFlight) }, async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        const page = n;
        try {
          await ocr.withPage(() => ocrPage(archive, doc, pool, source, page, state));
        } catch (err) {
          failed++;
          await setPageFailed(archive.db, doc.id, n, errorMessage(err));
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

async function ocrPage(
  archive: Archive,
  doc: Document,
  pool: OcrPool,
  source: { raster: PageSource },
  n: number,
  state: DocLanguageState,
): Promise<void> {
  const rendered = await source.raster(n);
  const dpi = rendered.dpi;
  let raster: Raster = rendered;
  // Skew is measured by tesseract's line finder on a small copy, and corrected when it matters.
  const skew = await pool.measureSkew(toPgm(await shrink(raster, SKEW_LONG_SIDE))).catch(() => 0);
  const skewDegrees = (skew * 180) / Math.PI;
  const straightened =
    Math.abs(skewDegrees) >= MIN_SKEW_DEGREES && Math.abs(skewDegrees) <= MAX_SKEW_DEGREES;
  if (straightened) raster = await deskew(raster, skewDegrees);

  const small = await shrink(raster, SKEW_LONG_SIDE);
  const planned = await planLanguages(
    pool,
    raster,
    small,
    dpi,
    state,
    archive.config.ocr.languages,
  );
  let read = await readInBestLanguages(
    pool,
    toPgm(raster),
    dpi,
    state,
    archive.config.ocr.languages,
    null,
    planned,
  );
  // Orientation: an upright page reads well, so OSD is asked only when the reading is poor; most
  // pages never pay for it. A page OSD finds turned is turned upright and read again.
  let turned: 0 | 90 | 180 | 270 = 0;
  const sideways = mostlyVertical(read.result.words);
  if (read.result.confidence < POOR_READING || sideways) {
    const osd = await pool
      .detect(toPgm(await shrink(raster, OSD_LONG_SIDE)))
      .catch(() => undefined);
    if (osd && osd.rotate !== 0 && osd.orientationConfidence >= MIN_ORIENTATION_CONFIDENCE) {
      const upright = await rotate(raster, osd.rotate);
      const again = await readInBestLanguages(
        pool,
        toPgm(upright),
        dpi,
        state,
        archive.config.ocr.languages,
        osd.script,
      );
      // Tesseract reads sideways text confidently but in a scrambled order: there, trust OSD.
      if (sideways || again.result.confidence > read.result.confidence) {
        read = again;
        raster = upright;
        turned = osd.rotate;
      }
    }
  }

  const pgm = toPgm(raster);
  const reread = await readAgainWhereNeeded(pool, pgm, dpi, read.result, read.languages);
  const framed = await readFramedRegions(
    pool,
    raster,
    turned ? await shrink(raster, SKEW_LONG_SIDE) : small,
    dpi,
    regionCandidates(read.languages, archive.config.ocr.languages),
    reread,
  );
  const { text, words } = await rereadMrzLines(pool, pgm, dpi, framed.result);
  const imagePath = pageImagePath(doc.sha256, n);
  await fsp.mkdir(path.dirname(path.join(archive.config.dataDir, imagePath)), {
    recursive: true,
    mode: 0o700,
  });
  await writeViewerImage(raster, path.join(archive.config.dataDir, imagePath));

  const decision = [
    `OCR at ${dpi} dpi`,
    turned ? `turned ${turned}° by OSD` : null,
    straightened ? `deskewed ${skewDegrees.toFixed(1)}°` : `skew ${skewDegrees.toFixed(1)}°`,
    `languages ${read.languages.join('+')} (${read.reason})`,
    framed.regions
      ? `${framed.regions} framed region${framed.regions === 1 ? '' : 's'} read apart`
      : null,
  ]
    .filter(Boolean)
    .join('; ');
  if (process.env.CASEFILE_DEBUG_OCR)
    process.stderr.write(`[ocr] document ${doc.id} page ${n}: ${decision}\n`);
  await saveOcrReading(archive.db, doc.id, n, {
    text,
    confidence: framed.result.confidence,
    words,
    width: raster.width,
    height: raster.height,
    language: read.languages.join('+'),
    imagePath,
    decision,
  });
}

/**
 * Models to try on a framed region (a stamp): the page's own first, then each Cyrillic model beside
 * English, as stamps on a page are often in another language than the page (border posts of
 * several countries in one passport).
 */
function regionCandidates(page: OcrLanguage[], configured: 'auto' | string[]): OcrLanguage[][] {
  if (configured !== 'auto') return [configured as OcrLanguage[]];
  const sets: OcrLanguage[][] = [page, ['rus', 'eng'], ['ukr', 'eng'], ['tgk', 'eng']];
  return sets.filter((s, i) => sets.findIndex((t) => t.join('+') === s.join('+')) === i);
}

/** Tesseract reads a sideways page as vertical text: words much taller than wide give it away. */
function mostlyVertical(
  words: Array<{ text: string; x0: number; y0: number; x1: number; y1: number }>,
): boolean {
  const long = words.filter((w) => [...w.text].length >= 3);
  const tall = long.filter((w) => w.y1 - w.y0 > 1.5 * (w.x1 - w.x0)).length;
  return long.length > 0 && tall / long.length > 0.5;
}

async function shrink(r: Raster, longSide: number): Promise<Raster> {
  const scale = longSide / Math.max(r.width, r.height);
  return scale < 1 ? resize(r, Math.round(r.width * scale), Math.round(r.height * scale)) : r;
}

/**
 * Chooses a page's models before its full reading, from a sample of a few of its lines read in
 * rus+eng (see language-sample.ts); undefined when the models are configured, when earlier pages of
 * the document already chose them with strong evidence, or when the sample says too little.
 */
async function planLanguages(
  pool: OcrPool,
  raster: Raster,
  small: Raster,
  dpi: number,
  state: DocLanguageState,
  configured: 'auto' | string[],
): Promise<Planned | undefined> {
  if (configured !== 'auto' || state.languages) return undefined;
  // Every page not yet covered by a well-evidenced earlier page takes its own sample: a sample of
  // another page is no evidence for this one (a Ukrainian page bound with an English one), and a
  // page read in a wrong script's models hides the evidence that would correct it.
  const rows = sampleBand(small, raster.height);
  const sample = await pool
    .recognize(toPgm(band(raster, rows.top, rows.height)), FIRST_PASS, dpi)
    .catch(() => undefined);
  const check = chooseLanguages(sample?.text ?? '');
  if (check.evidence < SOME_EVIDENCE) return undefined;
  const where = `${rows.lines ? `${rows.lines} lines` : 'a band'} of the page`;
  // Russian (with or without Latin words) is read as a first reading always was, in rus+eng, and
  // left to the full reading's check: a sample's share of Latin letters is too noisy to drop or
  // keep English on. The sample saves the second full reading of the other languages.
  if (check.languages.every((l) => l === 'rus' || l === 'eng') && check.languages.includes('rus'))
    return { languages: FIRST_PASS, reason: `Russian by ${where}` };
  return { languages: check.languages, reason: `sampled ${where}: ${check.reason}` };
}

/**
 * Chooses the models for a page and reads it. Configured languages are used as they are. Otherwise
 * the page is read in the languages of the previous page of the document when that choice was well
 * evidenced, or else in those its sample chose (planLanguages), or else in the usual models of its
 * script when OSD named one (Latin: eng), rus+eng otherwise; the reading is then checked, and the
 * page read again in other languages only when the text clearly says so. (A quick first pass on a
 * smaller copy of the whole page was tried: recognition time follows the number of text lines, not
 * pixels, so it cost nearly a full reading; hence a sample of a few lines.)
 */
async function readInBestLanguages(
  pool: OcrPool,
  pgm: Buffer,
  dpi: number,
  state: DocLanguageState,
  configured: 'auto' | string[],
  script: string | null = null,
  planned?: { languages: OcrLanguage[]; reason: string },
): Promise<{ result: OcrResult; languages: OcrLanguage[]; reason: string }> {
  if (configured !== 'auto') {
    const languages = configured as OcrLanguage[];
    return { result: await pool.recognize(pgm, languages, dpi), languages, reason: 'configured' };
  }
  let languages: OcrLanguage[] =
    state.languages ?? planned?.languages ?? (script === 'Latin' ? ['eng'] : FIRST_PASS);
  let reason = state.languages
    ? 'as the previous page'
    : (planned?.reason ?? `first reading by script (${script ?? 'unknown'})`);
  let result = await pool.recognize(pgm, languages, dpi);
  const check = chooseLanguages(result.text);
  const read = languages;
  // Read again when the text asks for a model the reading lacked, or when a poor reading carried a
  // model the text does not need (on hard pages, a spare English model turns Cyrillic into Latin).
  const missing =
    check.evidence >= STRONG_EVIDENCE && check.languages.some((l) => !read.includes(l));
  const surplus =
    check.evidence >= SOME_EVIDENCE &&
    result.confidence < CLEAN_READING &&
    check.languages.length < read.length &&
    check.languages.every((l) => read.includes(l));
  if (missing || surplus) {
    result = await pool.recognize(pgm, check.languages, dpi);
    languages = check.languages;
    reason = `read again in ${check.reason}`;
  }
  state.languages = check.evidence >= STRONG_EVIDENCE ? languages : undefined;
  return { result, languages, reason };
}
