// The process's one OCR scheduler: a pool of tesseract.js workers (LSTM engine) sized to the cores.
// Written here rather than using tesseract.js's createScheduler because that scheduler hands a job to
// any idle worker: it cannot keep a worker on the languages it has loaded (reloading a model costs
// ~0.3 s), nor retire a worker after N pages (a worker's WASM memory never shrinks), nor abandon a
// page that exceeds its time limit. Orientation and script detection (OSD) needs the legacy engine,
// so it runs on one separate worker.
import { hasCyrillic } from '../../core/text/scripts.js';
import {
  createWorker,
  OEM,
  PSM,
  type OutputFormats,
  type RecognizeOptions,
  type Worker,
} from 'tesseract.js';
import type { WordBox } from '../../schema/tables.js';
import { correctWords } from './corrections.js';
import {
  cropPgm,
  meanTextConfidence,
  NativeTesseract,
  parseTsv,
  type NativeBinary,
  type NativeReadOptions,
} from './native-engine.js';
import { orderWords, type OcrWord } from './reading-order.js';

export interface OcrPoolOptions {
  size: number;
  tessdataDir: string;
  /** A worker is replaced by a fresh one after this many pages, so memory stays flat. */
  recycleAfter: number;
  /** A page taking longer is abandoned (its worker is terminated) and reported as failed. */
  pageTimeoutMs: number;
  /**
   * When given, pages and lines are read by this native tesseract binary (child processes, `size` at
   * once) instead of tesseract.js workers; orientation and skew stay on the one tesseract.js OSD
   * worker either way (the CLI reports no skew angle). See native-engine.ts.
   */
  native?: NativeBinary;
}

export interface OcrResult {
  /** Page text in reading order (see reading-order.ts), one line per text line. */
  text: string;
  /** Mean word confidence, 0..1. */
  confidence: number;
  /** Word boxes in the coordinates of the image that was passed in. */
  words: WordBox[];
  /** The same words as tesseract grouped them into lines, before reading order. */
  lines: OcrWord[];
}

export interface OsdResult {
  /** Clockwise rotation that makes the page upright. */
  rotate: 0 | 90 | 180 | 270;
  orientationConfidence: number;
  script: string | null;
  scriptConfidence: number;
}

// PSM 3, fully automatic page segmentation: parity with the tesseract CLI. Tesseract's own
// diagnostics ("Estimating resolution as …") would otherwise be printed on our output.
const WORKER_PARAMETERS = { tessedit_pageseg_mode: PSM.AUTO, debug_file: '/dev/null' };

/** CASEFILE_DEBUG_OCR=1 prints timings of the pool's work on standard error (never any text). */
const debug = process.env.CASEFILE_DEBUG_OCR
  ? (msg: string) => process.stderr.write(`[ocr ${Math.round(performance.now())}] ${msg}\n`)
  : () => undefined;

class OcrTimeoutError extends Error {
  override name = 'OcrTimeoutError';
}

interface Waiter {
  langs: string;
  wake: () => void;
  /** Times a later caller wanting the freed worker's models was served first. */
  passed: number;
}

/**
 * The rectangle to read a line in: its box (pixels) widened on every side by `share` of its height,
 * clipped at the image's top and left edges.
 */
export function paddedLine(
  box: { x0: number; y0: number; x1: number; y1: number },
  share: number,
): { left: number; top: number; width: number; height: number } {
  const pad = Math.round((box.y1 - box.y0) * share);
  return {
    left: Math.max(0, box.x0 - pad),
    top: Math.max(0, box.y0 - pad),
    width: box.x1 - box.x0 + 2 * pad,
    height: box.y1 - box.y0 + 2 * pad,
  };
}

/** A waiter passed over this often is served next whatever it wants, so none waits for ever. */
const MAX_PASSED = 2;

interface Slot {
  worker: Worker;
  langs: string;
  pages: number;
  busy: boolean;
}

export class OcrPool {
  private readonly slots: Slot[] = [];
  /** Callers waiting for a worker, in order, with the models they want. */
  private readonly waiting: Waiter[] = [];
  private osd: { worker: Promise<Worker>; pages: number } | undefined;
  private osdChain: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Workers started, and how many of them replaced a worker that had read its share of pages. */
  readonly stats = { started: 0, recycled: 0 };

  private readonly native: NativeTesseract | undefined;

  constructor(private readonly opts: OcrPoolOptions) {
    this.native = opts.native
      ? new NativeTesseract({
          binary: opts.native.path,
          tessdataDir: opts.tessdataDir,
          size: opts.size,
          pageTimeoutMs: opts.pageTimeoutMs,
        })
      : undefined;
  }

  get size(): number {
    return this.opts.size;
  }

  /** Which engine reads pages: `native` (tesseract CLI processes) or `wasm` (tesseract.js). */
  get engine(): 'native' | 'wasm' {
    return this.native ? 'native' : 'wasm';
  }

  /** Workers alive, busy, and callers waiting for one (CASEFILE_DEBUG_MEMORY). */
  describe(): string {
    if (this.native)
      return `OCR native tesseract processes ${this.native.busy} reading, ${this.native.alive} alive (${this.native.started} started, ${this.native.readings} images read), OSD worker ${this.osd ? 1 : 0}`;
    const busy = this.slots.filter((s) => s.busy).length;
    return `OCR workers ${this.slots.length + (this.osd ? 1 : 0)} (${busy} busy), ${this.waiting.length} waiting; started ${this.stats.started}`;
  }

  async recognize(image: Buffer, langs: readonly string[], dpi = 300): Promise<OcrResult> {
    const key = langs.join('+');
    const t0 = performance.now();
    if (this.native) {
      // The same parameters as the workers': PSM 3, the page's resolution.
      const tsv = await this.native.read(image, { languages: langs, psm: PSM_AUTO, dpi });
      debug(
        `recognize native ${key} ${pgmSize(image)} in ${Math.round(performance.now() - t0)} ms`,
      );
      return fromWords(parseTsv(tsv));
    }
    const slot = await this.acquire(key);
    const t1 = performance.now();
    try {
      // Unknown keys are passed to tesseract as parameters. Telling it the resolution matters: left to
      // guess, it misjudges text size on sparse pages (measured: CER 0.044 → 0.006 on a notice).
      const options = { user_defined_dpi: String(dpi) } as Partial<RecognizeOptions>;
      const result = await this.withTimeout(
        slot,
        slot.worker.recognize(image, options, { text: true, blocks: true }),
      );
      slot.pages++;
      debug(
        `recognize ${key} ${pgmSize(image)}: waited ${Math.round(t1 - t0)} ms, read in ${Math.round(performance.now() - t1)} ms`,
      );
      return toOcrResult(result.data);
    } finally {
      this.release(slot);
    }
  }

  /**
   * Reads several small images (framed regions of a page) in the same models: with the native
   * engine in one process, so the models are loaded once; with tesseract.js on the pool's workers.
   */
  async recognizeEach(
    images: readonly Buffer[],
    langs: readonly string[],
    dpi = 300,
  ): Promise<OcrResult[]> {
    if (!this.native || images.length < 2)
      return Promise.all(images.map((image) => this.recognize(image, langs, dpi)));
    const t0 = performance.now();
    const read = await this.native.readMany(images, { languages: langs, psm: PSM_AUTO, dpi });
    debug(
      `recognize native ${langs.join('+')} ${images.length} images in ${Math.round(performance.now() - t0)} ms`,
    );
    // As with tesseract.js, a reading that fails fails the call (its error says which image).
    const failed = read.find((r): r is Error => r instanceof Error);
    if (failed) throw failed;
    return (read as OcrWord[][]).map(fromWords);
  }

  /**
   * Starts the workers in the given models, and the OSD worker, ahead of the first page, so that
   * loading them overlaps the first page's rendering instead of following it. Failures surface when
   * a page asks for a worker.
   */
  warm(langs: readonly string[]): void {
    const key = langs.join('+');
    // The OSD worker measures every page's skew before its reading: start it too.
    if (!this.osd) void this.onOsdWorker(async () => undefined).catch(() => undefined);
    // Native processes start per reading: nothing to warm.
    if (this.native) return;
    while (this.slots.length < this.opts.size) {
      const slot: Slot = {
        worker: undefined as unknown as Worker,
        langs: key,
        pages: 0,
        busy: true,
      };
      this.slots.push(slot);
      this.createWorker(key).then(
        (worker) => {
          slot.worker = worker;
          if (this.closed) void worker.terminate().catch(() => undefined);
          else this.release(slot);
        },
        () => this.drop(slot),
      );
    }
  }

  /**
   * Reads lines of the image (rectangles), each as one text line in the given models (English by
   * default), optionally with only some characters allowed: with the native engine all in one request
   * to one process, with tesseract.js one after another on a worker.
   */
  async recognizeLines(
    image: Buffer,
    rectangles: ReadonlyArray<{ left: number; top: number; width: number; height: number }>,
    how: { languages?: readonly string[]; whitelist?: string },
    dpi = 300,
  ): Promise<Array<{ text: string; confidence: number }>> {
    if (!this.native || rectangles.length < 2) {
      const out: Array<{ text: string; confidence: number }> = [];
      for (const r of rectangles) out.push(await this.recognizeLine(image, r, how, dpi));
      return out;
    }
    const t0 = performance.now();
    // The CLI has no rectangle option: each line is cut out (the same pixels tesseract.js's
    // rectangle reads), and read as one text line with the same whitelist.
    const read = await this.native.readMany(
      rectangles.map((r) => cropPgm(image, clampTo(image, r)) ?? image),
      lineOptions(how, dpi),
    );
    debug(
      `lines native ${how.languages?.join('+') ?? 'eng'} ${rectangles.length} in ${Math.round(performance.now() - t0)} ms`,
    );
    const failed = read.find((r): r is Error => r instanceof Error);
    if (failed) throw failed;
    return (read as OcrWord[][]).map((words) => ({
      text: words.map((w) => w.text).join(' '),
      confidence: meanTextConfidence(words),
    }));
  }

  /** Reads one line of the image (a rectangle) in the given models (English by default), optionally with only some characters allowed. */
  async recognizeLine(
    image: Buffer,
    rectangle: { left: number; top: number; width: number; height: number },
    how: { languages?: readonly string[]; whitelist?: string },
    dpi = 300,
  ): Promise<{ text: string; confidence: number }> {
    // A rectangle reaching past the image makes leptonica print errors on standard error: clamp it.
    rectangle = clampTo(image, rectangle);
    const t0 = performance.now();
    if (this.native) {
      const tsv = await this.native.read(cropPgm(image, rectangle) ?? image, lineOptions(how, dpi));
      const words = parseTsv(tsv);
      debug(
        `line native ${how.languages?.join('+') ?? 'eng'} in ${Math.round(performance.now() - t0)} ms`,
      );
      return {
        text: words.map((w) => w.text).join(' '),
        confidence: meanTextConfidence(words),
      };
    }
    const slot = await this.acquire((how.languages ?? ['eng']).join('+'));
    try {
      const options = {
        rectangle,
        user_defined_dpi: String(dpi),
        tessedit_pageseg_mode: PSM.SINGLE_LINE,
        ...(how.whitelist ? { tessedit_char_whitelist: how.whitelist } : {}),
      } as Partial<RecognizeOptions>;
      const result = await this.withTimeout(
        slot,
        slot.worker.recognize(image, options, { text: true }),
      );
      slot.pages++;
      debug(
        `line ${(how.languages ?? ['eng']).join('+')} in ${Math.round(performance.now() - t0)} ms`,
      );
      return { text: result.data.text.trim(), confidence: round(result.data.confidence / 100) };
    } finally {
      this.release(slot);
    }
  }

  /** Detects orientation and script on the one OSD worker. */
  detect(image: Buffer): Promise<OsdResult> {
    return this.onOsdWorker(async (worker) => {
      const t0 = performance.now();
      const { data } = await worker.detect(image);
      const degrees = data.orientation_degrees ?? 0;
      debug(`osd ${pgmSize(image)} in ${Math.round(performance.now() - t0)} ms`);
      return {
        // tesseract.js reports the clockwise turn that makes the page upright (a page scanned 90°
        // clockwise comes back as 270).
        rotate: (degrees % 360) as OsdResult['rotate'],
        orientationConfidence: data.orientation_confidence ?? 0,
        script: data.script,
        scriptConfidence: data.script_confidence ?? 0,
      };
    });
  }

  /**
   * Measures the skew of the text lines in radians with tesseract's line finder (recognition
   * switched off), on the OSD worker; no second image library guesses at it.
   */
  measureSkew(image: Buffer): Promise<number> {
    return this.onOsdWorker(async (worker) => {
      const t0 = performance.now();
      const layoutOnly = {
        text: false,
        blocks: false,
        hocr: false,
        tsv: false,
      } as Partial<OutputFormats>;
      const skew =
        (await worker.recognize(image, { rotateAuto: true }, layoutOnly)).data.rotateRadians ?? 0;
      debug(`skew ${pgmSize(image)} in ${Math.round(performance.now() - t0)} ms`);
      return skew;
    });
  }

  /** Runs work on the OSD worker, one call at a time, recycling it like the others. */
  private onOsdWorker<T>(work: (worker: Worker) => Promise<T>): Promise<T> {
    const run = this.osdChain.then(async () => {
      if (!this.osd || this.osd.pages >= this.opts.recycleAfter) {
        if (this.osd) {
          await (await this.osd.worker).terminate();
          this.stats.recycled++;
        }
        this.stats.started++;
        this.osd = {
          worker: createWorker('osd', OEM.TESSERACT_ONLY, {
            langPath: this.opts.tessdataDir,
            gzip: false,
            cacheMethod: 'none',
            legacyCore: true,
            legacyLang: true,
          }),
          pages: 0,
        };
      }
      const worker = await this.osd.worker;
      if (this.osd.pages === 0) await worker.setParameters({ debug_file: '/dev/null' });
      this.osd.pages++;
      return work(worker);
    });
    this.osdChain = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.native?.close();
    // A worker still starting has none yet; warm() ends it when it arrives.
    const workers = this.slots.splice(0).flatMap((s) => (s.worker ? [s.worker.terminate()] : []));
    if (this.osd) workers.push((await this.osd.worker).terminate());
    this.osd = undefined;
    await Promise.allSettled(workers);
  }

  private async acquire(langs: string): Promise<Slot> {
    for (;;) {
      if (this.closed) throw new Error('OCR pool is closed');
      const same = this.slots.find(
        (s) => !s.busy && s.langs === langs && s.pages < this.opts.recycleAfter,
      );
      if (same) {
        same.busy = true;
        return same;
      }
      const idle = this.slots.find((s) => !s.busy);
      if (idle) {
        idle.busy = true;
        try {
          if (idle.pages >= this.opts.recycleAfter) {
            await idle.worker.terminate();
            idle.worker = await this.createWorker(langs);
            idle.pages = 0;
            this.stats.recycled++;
          } else {
            const t0 = performance.now();
            await idle.worker.reinitialize(langs, OEM.LSTM_ONLY);
            debug(
              `reinitialize ${idle.langs} -> ${langs} in ${Math.round(performance.now() - t0)} ms`,
            );
            // Re-initialising resets tesseract's parameters (PSM falls back to a single block).
            await idle.worker.setParameters(WORKER_PARAMETERS);
          }
          idle.langs = langs;
          return idle;
        } catch (err) {
          this.drop(idle);
          throw err;
        }
      }
      if (this.slots.length < this.opts.size) {
        const slot: Slot = { worker: undefined as unknown as Worker, langs, pages: 0, busy: true };
        this.slots.push(slot);
        try {
          slot.worker = await this.createWorker(langs);
        } catch (err) {
          this.drop(slot);
          throw err;
        }
        return slot;
      }
      await new Promise<void>((resolve) => this.waiting.push({ langs, wake: resolve, passed: 0 }));
    }
  }

  private release(slot: Slot): void {
    slot.busy = false;
    this.wakeNext(slot.langs);
  }

  /**
   * Wakes the first waiter that wants the freed worker's models, else the first in line: switching a
   * worker's models costs up to a second, and pages of several documents in several languages wait
   * together. A waiter passed over MAX_PASSED times goes first.
   */
  private wakeNext(langs?: string): void {
    if (this.waiting.length === 0) return;
    let i = langs === undefined ? 0 : this.waiting.findIndex((w) => w.langs === langs);
    if (i < 0 || this.waiting[0]!.passed >= MAX_PASSED) i = 0;
    for (let j = 0; j < i; j++) this.waiting[j]!.passed++;
    this.waiting.splice(i, 1)[0]!.wake();
  }

  private drop(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.worker?.terminate().catch(() => undefined);
    this.wakeNext();
  }

  private async createWorker(langs: string): Promise<Worker> {
    const t0 = performance.now();
    try {
      return await this.startWorker(langs);
    } finally {
      debug(`new worker ${langs} in ${Math.round(performance.now() - t0)} ms`);
    }
  }

  private async startWorker(langs: string): Promise<Worker> {
    this.stats.started++;
    const worker = await createWorker(langs, OEM.LSTM_ONLY, {
      langPath: this.opts.tessdataDir,
      gzip: false,
      // Otherwise tesseract.js writes language data into the working directory.
      cacheMethod: 'none',
    });
    await worker.setParameters(WORKER_PARAMETERS);
    return worker;
  }

  private async withTimeout<T>(slot: Slot, work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // The only way to stop a page in tesseract.js is to end its worker; a fresh one replaces it.
        this.drop(slot);
        reject(
          new OcrTimeoutError(
            `OCR of the page took longer than the limit of ${this.opts.pageTimeoutMs} ms and was stopped`,
          ),
        );
      }, this.opts.pageTimeoutMs);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

interface TessWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

/** tesseract's page segmentation modes, as numbers for the CLI's --psm. */
const PSM_AUTO = Number(PSM.AUTO);
const PSM_SINGLE_LINE = Number(PSM.SINGLE_LINE);

function toOcrResult(page: { text: string; confidence: number; blocks: unknown }): OcrResult {
  const words: OcrWord[] = [];
  let line = 0;
  for (const block of (page.blocks ?? []) as Array<{
    paragraphs: Array<{ lines: Array<{ words: TessWord[] }> }>;
  }>) {
    for (const para of block.paragraphs) {
      for (const l of para.lines) {
        line++;
        for (const w of l.words) {
          const text = w.text.normalize('NFC').trim();
          if (!text) continue;
          words.push({
            text,
            confidence: round(w.confidence / 100),
            x0: w.bbox.x0,
            y0: w.bbox.y0,
            x1: w.bbox.x1,
            y1: w.bbox.y1,
            line,
          });
        }
      }
    }
  }
  return fromWords(words);
}

/**
 * A reading from its words in tesseract's order (either engine's): confidence (the words' mean),
 * corrections, reading order.
 */
function fromWords(words: OcrWord[]): OcrResult {
  const confidence = words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;
  const cyrillic = words.filter((w) => hasCyrillic(w.text)).length > words.length / 3;
  const corrected = correctWords(words, cyrillic);
  const ordered = orderWords(corrected);
  return {
    text: ordered.text,
    confidence: round(confidence),
    words: ordered.words,
    lines: corrected,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A rectangle inside the image (a PGM), so leptonica has nothing to complain of. */
function clampTo<R extends { left: number; top: number; width: number; height: number }>(
  image: Buffer,
  rectangle: R,
): R {
  const size = pgmDimensions(image);
  if (!size) return rectangle;
  const left = Math.min(Math.max(0, rectangle.left), size.width - 1);
  const top = Math.min(Math.max(0, rectangle.top), size.height - 1);
  return {
    ...rectangle,
    left,
    top,
    width: Math.max(1, Math.min(rectangle.width, size.width - left)),
    height: Math.max(1, Math.min(rectangle.height, size.height - top)),
  };
}

/** A single text line, in the given models (English by default), with the whitelist if any. */
function lineOptions(
  how: { languages?: readonly string[]; whitelist?: string },
  dpi: number,
): NativeReadOptions {
  return {
    languages: how.languages ?? ['eng'],
    psm: PSM_SINGLE_LINE,
    dpi,
    parameters: how.whitelist ? { tessedit_char_whitelist: how.whitelist } : {},
  };
}

function pgmDimensions(image: Buffer): { width: number; height: number } | undefined {
  const m = /^P5\s+(\d+)\s+(\d+)/.exec(image.subarray(0, 32).toString('latin1'));
  return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined;
}

function pgmSize(image: Buffer): string {
  return (
    /^P5\s+(\d+)\s+(\d+)/.exec(image.subarray(0, 32).toString('latin1'))?.slice(1, 3).join('×') ??
    '?'
  );
}
