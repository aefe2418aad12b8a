// The native OCR engine: Debian's `tesseract` CLI (5.x) run as a child process per reading, with the
// same traineddata files tesseract.js reads (<data>/tessdata), one process per core and
// OMP_THREAD_LIMIT=1. A full page in native tesseract costs about half of tesseract.js's WASM build
// on the same page (measured on the corpus scans), which is why it is preferred when installed.
// Written here, not taken from an npm wrapper: the wrappers on npm (node-tesseract-ocr, tesseractocr)
// run the CLI through a shell, have no timeout and return plain text, where the pool needs word boxes
// and confidences (TSV), a kill on timeout and the process's own error message.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OcrWord } from './reading-order.js';

/** Which engine reads pages: `auto` (see AUTO_PREFERS_NATIVE), `native`, `wasm`. */
export type OcrEngineSetting = 'auto' | 'native' | 'wasm';

export interface NativeBinary {
  path: string;
  /** "5.3.0" */
  version: string;
}

/** The engine chosen, and why (logged once when the pool starts). */
export interface EngineChoice {
  engine: 'native' | 'wasm';
  binary?: NativeBinary;
  reason: string;
}

/** Parses the first line of `tesseract --version` ("tesseract 5.3.0" or "tesseract v5.3.0.2023…"). */
export function parseTesseractVersion(output: string): string | undefined {
  return /tesseract\s+v?(\d+\.\d+(?:\.\d+)?)/i.exec(output)?.[1];
}

/**
 * The `tesseract` binary on PATH (or at `CASEFILE_TESSERACT`) with its version, or undefined when none
 * runs. Costs one short process (~10 ms).
 */
export function findNativeTesseract(
  env: NodeJS.ProcessEnv = process.env,
): NativeBinary | undefined {
  const candidates = env.CASEFILE_TESSERACT
    ? [env.CASEFILE_TESSERACT]
    : (env.PATH ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, 'tesseract'));
  for (const file of candidates) {
    try {
      fs.accessSync(file, fs.constants.X_OK);
    } catch {
      continue;
    }
    try {
      const out = execFileSync(file, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 10_000,
      });
      const version = parseTesseractVersion(out);
      if (version) return { path: file, version };
    } catch {
      // Not runnable (a broken install): look further.
    }
  }
  return undefined;
}

/**
 * Whether `auto` takes native tesseract when one is found. Not yet: measured side by side on the dev
 * scans (14 pages, both ingests at once on the same loaded machine), the native engine cost 9.44 CPU
 * seconds a page against tesseract.js's 7.40 (+28%): every reading is a process that loads its
 * best_int models again (~0.4–0.6 CPU s for rus+eng, a third of a page's reading), and a page is
 * read 3–4 times (sample, page, national model, regions, lines). It pays once a page is read in
 * fewer processes; until then `native` is asked for with CASEFILE_OCR_ENGINE=native.
 */
const AUTO_PREFERS_NATIVE = false;

/**
 * Chooses the engine from the setting and the binary found (if any). `native` without a usable binary
 * (missing, or older than 5) is an error that says how to install it; `auto` falls back to tesseract.js.
 */
export function chooseEngine(
  setting: OcrEngineSetting,
  found: NativeBinary | undefined,
  autoPrefersNative = AUTO_PREFERS_NATIVE,
): EngineChoice {
  const usable = found && Number(found.version.split('.')[0]) >= 5 ? found : undefined;
  if (setting === 'wasm') return { engine: 'wasm', reason: 'CASEFILE_OCR_ENGINE=wasm' };
  if (setting === 'native') {
    if (!usable)
      throw new Error(
        found
          ? `CASEFILE_OCR_ENGINE=native needs tesseract 5 or later; ${found.path} is ${found.version}`
          : 'CASEFILE_OCR_ENGINE=native, but no tesseract binary is on PATH (install the Debian package tesseract-ocr, or run scripts/install-system-deps.sh)',
      );
    return { engine: 'native', binary: usable, reason: 'CASEFILE_OCR_ENGINE=native' };
  }
  if (usable && !autoPrefersNative)
    return {
      engine: 'wasm',
      reason: `auto: tesseract.js (native tesseract ${usable.version} is found but slower in this pipeline; CASEFILE_OCR_ENGINE=native takes it)`,
    };
  if (usable)
    return { engine: 'native', binary: usable, reason: `auto: found tesseract ${usable.version}` };
  return {
    engine: 'wasm',
    reason: found
      ? `auto: ${found.path} is tesseract ${found.version}, older than 5`
      : 'auto: no tesseract on PATH',
  };
}

/**
 * Words of tesseract's TSV output (`tessedit_create_tsv`: level, page, block, paragraph, line, word,
 * left, top, width, height, conf 0..100, text) in the pool's shape: confidence 0..1, box corners in
 * pixels, and `line` numbered 1.. in tesseract's order of (block, paragraph, line), as tesseract.js's
 * blocks are walked. Rows other than words (level 5) and empty words are skipped.
 */
export function parseTsv(tsv: string): OcrWord[] {
  return parseTsvPages(tsv, 1)[0]!;
}

/**
 * The words of each of `count` images read in one process (a list of images: tesseract numbers them
 * as pages 1..count in its TSV), each image's in parseTsv's shape; an image without words gets [].
 */
export function parseTsvPages(tsv: string, count: number): OcrWord[][] {
  const pages: OcrWord[][] = Array.from({ length: count }, () => []);
  let line = 0;
  let lastKey = '';
  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const words = pages[Number(cols[1]) - 1];
    if (!words) continue;
    const key = `${cols[1]}/${cols[2]}/${cols[3]}/${cols[4]}`;
    if (key !== lastKey) {
      line++;
      lastKey = key;
    }
    // A word's text is the last column; a tab inside it (never produced, but) would split it.
    const text = cols.slice(11).join('\t').normalize('NFC').trim();
    if (!text) continue;
    const [left, top, width, height, conf] = cols.slice(6, 11).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    words.push({
      text,
      confidence: Math.round(Math.max(0, conf) * 10) / 1000,
      x0: left,
      y0: top,
      x1: left + width,
      y1: top + height,
      line,
    });
  }
  return pages;
}

/**
 * Mean confidence of a reading's words weighted by their length, 0..1, as tesseract's MeanTextConf
 * (what tesseract.js reports as a reading's confidence); 0 for no words.
 */
export function meanTextConfidence(words: ReadonlyArray<{ text: string; confidence: number }>) {
  let sum = 0;
  let chars = 0;
  for (const w of words) {
    const n = [...w.text].length;
    sum += w.confidence * n;
    chars += n;
  }
  return chars ? Math.round((sum / chars) * 1000) / 1000 : 0;
}

/** A rectangle of a binary PGM (P5, 8-bit) as a PGM of its own, or undefined for other images. */
export function cropPgm(
  image: Buffer,
  r: { left: number; top: number; width: number; height: number },
): Buffer | undefined {
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'));
  if (!m) return undefined;
  const width = Number(m[1]);
  const height = Number(m[2]);
  const start = m[0].length;
  const left = Math.min(Math.max(0, r.left), width - 1);
  const top = Math.min(Math.max(0, r.top), height - 1);
  const w = Math.max(1, Math.min(r.width, width - left));
  const h = Math.max(1, Math.min(r.height, height - top));
  const header = Buffer.from(`P5\n${w} ${h}\n255\n`, 'latin1');
  const out = Buffer.alloc(header.length + w * h);
  header.copy(out);
  for (let y = 0; y < h; y++) {
    const from = start + (top + y) * width + left;
    image.copy(out, header.length + y * w, from, from + w);
  }
  return out;
}

class NativeOcrError extends Error {
  override name = 'NativeOcrError';
}

class NativeTimeoutError extends Error {
  override name = 'OcrTimeoutError';
}

export interface NativeReadOptions {
  languages: readonly string[];
  psm: number;
  dpi: number;
  /** Further tesseract parameters, passed as `-c name=value`. */
  parameters?: Record<string, string>;
}

/**
 * Runs `tesseract` processes, at most `size` at once (one per core; each single-threaded), on images
 * given as bytes on standard input; answers the TSV of each reading.
 */
export class NativeTesseract {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly children = new Set<ReturnType<typeof spawn>>();
  private closed = false;
  /** Processes started (each loads its models: ~0.1–0.3 s of CPU). */
  started = 0;

  constructor(
    private readonly opts: {
      binary: string;
      tessdataDir: string;
      size: number;
      pageTimeoutMs: number;
    },
  ) {}

  get busy(): number {
    return this.running;
  }

  /** The TSV of one reading. Errors: NativeOcrError (with tesseract's own message), NativeTimeoutError. */
  async read(image: Buffer, how: NativeReadOptions): Promise<string> {
    while (this.running >= this.opts.size) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.closed) throw new NativeOcrError('OCR pool is closed');
    this.running++;
    try {
      return await this.spawnOne(image, how);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /**
   * The TSV of several images read in one process, one model load for all (loading rus+eng costs
   * ~0.4 s of CPU, as much as reading a third of a page): tesseract reads a file that lists images as
   * a document of those pages. Split it with parseTsvPages. The images are written to a temporary
   * folder, removed after.
   */
  async readMany(images: readonly Buffer[], how: NativeReadOptions): Promise<string> {
    if (images.length === 1) return this.read(images[0]!, how);
    while (this.running >= this.opts.size) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.closed) throw new NativeOcrError('OCR pool is closed');
    this.running++;
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casefile-ocr-'));
    try {
      const files = await Promise.all(
        images.map(async (image, i) => {
          const file = path.join(dir, `${i + 1}.pnm`);
          await fsp.writeFile(file, image, { mode: 0o600 });
          return file;
        }),
      );
      const list = path.join(dir, 'images.txt');
      await fsp.writeFile(list, files.join('\n') + '\n', { mode: 0o600 });
      return await this.spawnOne(Buffer.alloc(0), how, list);
    } finally {
      this.running--;
      this.waiting.shift()?.();
      await fsp.rm(dir, { recursive: true, force: true });
    }
  }

  private spawnOne(image: Buffer, how: NativeReadOptions, input = 'stdin'): Promise<string> {
    const args = [
      input,
      'stdout',
      '--tessdata-dir',
      this.opts.tessdataDir,
      '-l',
      how.languages.join('+'),
      '--oem',
      '1',
      '--psm',
      String(how.psm),
      '--dpi',
      String(how.dpi),
      '-c',
      'tessedit_create_tsv=1',
      '-c',
      'tessedit_create_txt=0',
      '-c',
      'debug_file=/dev/null',
      ...Object.entries(how.parameters ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ];
    this.started++;
    return new Promise<string>((resolve, reject) => {
      const child = spawn(this.opts.binary, args, {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      this.children.add(child);
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, this.opts.pageTimeoutMs);
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      // The child may end before reading all its input (a missing model): not an error of its own.
      child.stdin.on('error', () => undefined);
      child.on('error', (e) => {
        clearTimeout(timer);
        this.children.delete(child);
        reject(new NativeOcrError(`could not start tesseract (${this.opts.binary}): ${e.message}`));
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        this.children.delete(child);
        if (timedOut) {
          reject(
            new NativeTimeoutError(
              `OCR of the page took longer than the limit of ${this.opts.pageTimeoutMs} ms and was stopped`,
            ),
          );
          return;
        }
        if (code === 0) {
          resolve(Buffer.concat(out).toString('utf8'));
          return;
        }
        const message = Buffer.concat(err)
          .toString('utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !/^(Estimating resolution|Warning: Invalid resolution)/.test(l))
          .slice(-3)
          .join(' / ');
        reject(
          new NativeOcrError(
            `tesseract ${signal ? `was killed by ${signal}` : `exited with code ${code}`} reading in ${how.languages.join('+')}${message ? `: ${message}` : ''}`,
          ),
        );
      });
      child.stdin.end(image);
    });
  }

  /** Kills the processes still running; later reads fail. */
  close(): void {
    this.closed = true;
    for (const child of this.children) child.kill('SIGKILL');
    for (const wake of this.waiting.splice(0)) wake();
  }
}
