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
import { OCR_LANGUAGES, prepareTessdata, type OcrLanguage } from './languages.js';
import { chooseEngine, findNativeTesseract } from './native-engine.js';
import { OcrPool } from './pool.js';
import { decodeImageFrame, writeViewerImage, type Raster } from './raster.js';
import { FIRST_PASS, readPage } from './read-page.js';

/**
 * The OCR pool of a process, started on first use (loading models costs time and memory), and the
 * permits for pages in work across every document in flight: a few more than the workers, so that
 * rendering and skew measurement of the next pages overlap recognition, whichever documents they
 * belong to, while the rasters held at once stay few.
 */
export class OcrService {
  private pool: OcrPool | undefined;
  /** The engine that reads pages and why it was chosen, once the pool has started. */
  engine = '';
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

  /** Pages in work and waiting, and the pool's workers (CASEFILE_DEBUG_MEMORY). */
  describe(): string {
    return `OCR ${this.engine || 'not started'}: pages in work ${this.inWork}, waiting ${this.waiting.length}; ${this.pool?.describe() ?? 'no OCR pool'}`;
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
      const engine = chooseEngine(this.config.ocr.engine, findNativeTesseract());
      this.engine = `${engine.engine === 'native' ? `native tesseract ${engine.binary!.version}` : 'tesseract.js'} (${engine.reason})`;
      // Once per process, on a terminal or with CASEFILE_DEBUG_OCR (`ingest --json` keeps standard
      // error for errors); every OCR page's decision names the engine too.
      if (process.stderr.isTTY || process.env.CASEFILE_DEBUG_OCR)
        process.stderr.write(`OCR engine: ${this.engine}\n`);
      this.pool = new OcrPool({
        ...(engine.binary ? { native: engine.binary } : {}),
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
  let done = 0;
  let failed = 0;
  try {
    const queue = [...todo];
    // Lanes enough to fill the process's page budget (OcrService.withPage), which pages of the other
    // documents in flight share: rendering the next pages overlaps recognition. Pages share no state:
    // which page finishes first, on which worker, never changes how another page is read.
    const lanes = Array.from({ length: Math.min(queue.length, ocr.pagesInFlight) }, async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        const page = n;
        try {
          await ocr.withPage(() => ocrPage(archive, doc, pool, source, page));
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
): Promise<void> {
  const rendered = await source.raster(n);
  const page = await readPage(pool, rendered, rendered.dpi, archive.config.ocr.languages);
  const imagePath = pageImagePath(doc.sha256, n);
  await fsp.mkdir(path.dirname(path.join(archive.config.dataDir, imagePath)), {
    recursive: true,
    mode: 0o700,
  });
  await writeViewerImage(page.raster, path.join(archive.config.dataDir, imagePath));
  if (process.env.CASEFILE_DEBUG_OCR)
    process.stderr.write(`[ocr] document ${doc.id} page ${n}: ${page.decision}\n`);
  await saveOcrReading(archive.db, doc.id, n, {
    text: page.text,
    confidence: page.confidence,
    words: page.words,
    width: page.raster.width,
    height: page.raster.height,
    language: page.languages.join('+'),
    imagePath,
    decision: `${page.decision}; read by ${pool.engine === 'native' ? 'native tesseract' : 'tesseract.js'}`,
  });
}
