// The native OCR engine: Debian's `tesseract` CLI (5.x), with the same best_int traineddata files
// tesseract.js reads (<data>/tessdata), at most one reading per core, OMP_THREAD_LIMIT=1. Each set of
// models and parameters is served by a long-lived process that reads a stream of image lists
// (StreamingTesseract), so models load once per process, not once per reading. Measured before that
// (a process per reading, 3–4 readings a page, each loading its models again for 0.2–0.6 CPU s), the
// native engine cost 9.44 CPU s a page against tesseract.js's 7.40 on the dev scans; figures since
// are in the README (Issue 19) and AUTO_PREFERS_NATIVE.
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
 * Whether `auto` takes native tesseract when one is found. Not yet: with a process per reading
 * (3–4 readings a page, each loading its models again) the native engine cost 9.44 CPU s a page on
 * the dev scans against tesseract.js's 7.40; with a long-lived process per model set (models loaded
 * once) it still cost 9.89 CPU s a page against 8.65 on the 27 scanned pages of both corpora, one
 * bench run, load 11–23 (README, Issue 19): the model loads were not where the time goes. Until the
 * native engine measures cheaper, `native` is asked for with CASEFILE_OCR_ENGINE=native.
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

/** Processes kept beyond those reading (idle, their models loaded), and how long one may idle. */
const SPARE_PROCESSES = 3;
const IDLE_MS = 30_000;

/**
 * One `tesseract` process that stays up and reads a stream of image lists (tesseract's
 * `stream_filelist`: with the input `stdin` it reads image paths from standard input one line at a
 * time, each a page of one document, and writes each page's TSV as soon as it is read), so its models
 * are loaded once for all its readings. After each request's images a blank sentinel image is
 * listed: its page row in the TSV tells that the request's pages are all written.
 */
class StreamingTesseract {
  /** Page number tesseract gives the next image listed. */
  private next = 1;
  private pending:
    | {
        first: number;
        count: number;
        rows: string[];
        resolve: (tsv: string) => void;
        reject: (e: Error) => void;
        timedOut: boolean;
      }
    | undefined;
  private partial = '';
  private err = '';
  private readonly child: ReturnType<typeof spawn>;
  busy = false;
  dead = false;
  lastUsed = 0;
  idleTimer: NodeJS.Timeout | undefined;
  /** Settles once the process has ended and been reaped (its CPU time counted to this process). */
  readonly exited: Promise<void>;
  private onExited: () => void = () => undefined;

  constructor(
    readonly key: string,
    binary: string,
    args: string[],
    private readonly describe: string,
    onExit: (p: StreamingTesseract) => void,
  ) {
    this.exited = new Promise<void>((resolve) => (this.onExited = resolve));
    this.child = spawn(binary, args, {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (chunk: string) => this.onOutput(chunk));
    this.child.stderr!.setEncoding('utf8');
    // Only the last few lines are ever reported.
    this.child.stderr!.on('data', (chunk: string) => (this.err = (this.err + chunk).slice(-4000)));
    // The child may end before reading its input (a missing model): its exit says why.
    this.child.stdin!.on('error', () => undefined);
    const end = (why: Error) => {
      if (this.dead) return;
      this.dead = true;
      clearTimeout(this.idleTimer);
      const p = this.pending;
      this.pending = undefined;
      p?.reject(why);
      onExit(this);
      this.onExited();
    };
    this.child.on('error', (e) =>
      end(new NativeOcrError(`could not start tesseract (${binary}): ${e.message}`)),
    );
    this.child.on('close', (code, signal) => {
      const message = this.err
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^(Estimating resolution|Warning: Invalid resolution)/.test(l))
        .slice(-3)
        .join(' / ');
      end(
        this.pending?.timedOut
          ? new NativeTimeoutError('')
          : new NativeOcrError(
              `tesseract ${signal ? `was killed by ${signal}` : `exited with code ${code}`} reading in ${this.describe}${message ? `: ${message}` : ''}`,
            ),
      );
    });
  }

  /** The TSV of the listed images, their pages numbered 1..n as if read alone in one run. */
  read(files: readonly string[], sentinel: string, timeoutMs: number): Promise<string> {
    if (this.dead) return Promise.reject(new NativeOcrError('tesseract process has ended'));
    this.err = '';
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending) this.pending.timedOut = true;
        this.kill();
      }, timeoutMs);
      this.pending = {
        first: this.next,
        count: files.length,
        rows: [],
        resolve: (tsv) => {
          clearTimeout(timer);
          resolve(tsv);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(
            e instanceof NativeTimeoutError
              ? new NativeTimeoutError(
                  `OCR of the page took longer than the limit of ${timeoutMs} ms and was stopped`,
                )
              : e,
          );
        },
        timedOut: false,
      };
      this.next += files.length + 1;
      this.child.stdin!.write([...files, sentinel].join('\n') + '\n');
    });
  }

  private onOutput(chunk: string): void {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop()!;
    for (const row of lines) {
      const p = this.pending;
      if (!p) continue;
      const tab = row.indexOf('\t');
      const tab2 = row.indexOf('\t', tab + 1);
      const page = Number(row.slice(tab + 1, tab2));
      if (!(tab > 0 && tab2 > tab && Number.isInteger(page))) continue;
      const n = page - p.first + 1;
      if (n >= 1 && n <= p.count) {
        p.rows.push(`${row.slice(0, tab)}\t${n}${row.slice(tab2)}`);
      } else if (n === p.count + 1 && row.startsWith('1\t')) {
        this.pending = undefined;
        p.resolve(p.rows.join('\n') + '\n');
      }
    }
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

/**
 * Reads images with `tesseract` processes, at most `size` reading at once (one per core; each
 * single-threaded). A process serves one set of models and parameters and stays up between readings
 * (StreamingTesseract), so readings in the same models never load them again; a few idle processes
 * are kept, the longest idle ended first, and any idle for IDLE_MS.
 */
export class NativeTesseract {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly processes: StreamingTesseract[] = [];
  private dir: Promise<{ path: string; sentinel: string }> | undefined;
  private files = 0;
  private closed = false;
  /** Processes started (each loads its models: ~0.2–0.6 s of CPU), and images read. */
  started = 0;
  readings = 0;

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

  get alive(): number {
    return this.processes.length;
  }

  /** The TSV of one reading. Errors: NativeOcrError (with tesseract's own message), NativeTimeoutError. */
  async read(image: Buffer, how: NativeReadOptions): Promise<string> {
    return this.readList([image], how);
  }

  /**
   * The words of each of several images read in the same models, listed together to one process.
   * When that fails (an image tesseract cannot read ends its process), each is read alone: the one
   * that fails gets its own error (tesseract's reason, which image), the others their words.
   */
  async readMany(
    images: readonly Buffer[],
    how: NativeReadOptions,
  ): Promise<Array<OcrWord[] | Error>> {
    if (images.length > 1) {
      try {
        return parseTsvPages(await this.readList(images, how), images.length);
      } catch {
        // Read each alone below.
      }
    }
    return Promise.all(
      images.map((image, i) =>
        this.readList([image], how).then(
          (tsv) => parseTsv(tsv),
          (e: unknown) => {
            const error = e instanceof Error ? e : new Error(String(e));
            if (images.length > 1)
              error.message = `image ${i + 1} of ${images.length}: ${error.message}`;
            return error;
          },
        ),
      ),
    );
  }

  private async readList(images: readonly Buffer[], how: NativeReadOptions): Promise<string> {
    while (this.running >= this.opts.size) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.closed) throw new NativeOcrError('OCR pool is closed');
    this.running++;
    const files: string[] = [];
    try {
      const dir = await this.tempDir();
      for (const image of images) {
        const file = path.join(dir.path, `${++this.files}.pnm`);
        await fsp.writeFile(file, image, { mode: 0o600 });
        files.push(file);
      }
      const proc = this.process(how);
      try {
        const tsv = await proc.read(files, dir.sentinel, this.opts.pageTimeoutMs);
        this.readings += images.length;
        return tsv;
      } finally {
        proc.busy = false;
        proc.lastUsed = performance.now();
        if (!proc.dead) {
          proc.idleTimer = setTimeout(() => proc.kill(), IDLE_MS);
          proc.idleTimer.unref();
        }
      }
    } finally {
      this.running--;
      this.waiting.shift()?.();
      await Promise.all(files.map((f) => fsp.rm(f, { force: true })));
    }
  }

  /** An idle process for these models and parameters, or a new one (ending the longest idle if too many). */
  private process(how: NativeReadOptions): StreamingTesseract {
    const params = Object.entries(how.parameters ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
    const key = [how.languages.join('+'), how.psm, how.dpi, ...params].join(' ');
    let proc = this.processes.find((p) => p.key === key && !p.busy && !p.dead);
    if (!proc) {
      const args = [
        'stdin',
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
        'stream_filelist=1',
        '-c',
        'tessedit_create_tsv=1',
        '-c',
        'tessedit_create_txt=0',
        '-c',
        'debug_file=/dev/null',
        ...params,
      ];
      this.started++;
      proc = new StreamingTesseract(key, this.opts.binary, args, how.languages.join('+'), (p) => {
        const i = this.processes.indexOf(p);
        if (i >= 0) this.processes.splice(i, 1);
      });
      this.processes.push(proc);
      const idle = this.processes
        .filter((p) => !p.busy && p !== proc)
        .sort((a, b) => a.lastUsed - b.lastUsed);
      for (const p of idle.slice(
        0,
        Math.max(0, this.processes.length - this.opts.size - SPARE_PROCESSES),
      ))
        p.kill();
    }
    clearTimeout(proc.idleTimer);
    proc.busy = true;
    return proc;
  }

  /** A private folder for the images handed to tesseract, with the blank sentinel image. */
  private tempDir(): Promise<{ path: string; sentinel: string }> {
    this.dir ??= (async () => {
      const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casefile-ocr-'));
      const sentinel = path.join(dir, 'end.pnm');
      const side = 32;
      await fsp.writeFile(
        sentinel,
        Buffer.concat([Buffer.from(`P5\n${side} ${side}\n255\n`), Buffer.alloc(side * side, 255)]),
        { mode: 0o600 },
      );
      return { path: dir, sentinel };
    })();
    return this.dir;
  }

  /**
   * Ends every process (a reading in progress fails) and waits until they have ended, so their CPU
   * time is this process's children's; removes the images. Later reads fail.
   */
  async close(): Promise<void> {
    this.closed = true;
    const ending = this.processes.splice(0);
    for (const p of ending) p.kill();
    for (const wake of this.waiting.splice(0)) wake();
    await Promise.all(ending.map((p) => p.exited));
    if (this.dir) await fsp.rm((await this.dir).path, { recursive: true, force: true });
  }
}
