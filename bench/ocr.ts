// OCR benchmark: Casefile's whole ingest against the native tesseract CLI on the same scanned and
// photographed pages of each test corpus (dev, dev-c, …), side by side in one run.
// Casefile runs the real CLI on a fresh data directory (intake, render, skew, language choice,
// recognition, second readings, page images, extraction, indexing); native tesseract reads the same
// page rasters given ready-made, one process per core with OMP_THREAD_LIMIT=1 (its best on a small
// machine), in the documents' true languages, PSM 3. Both are scored against the gold page texts.
//
//   BENCH_COMPARE_BIN=/other/checkout/bin/casefile.js  also times another build's whole ingest on the
//                                                      same pages in the same run (before/after)
//   BENCH_COMPARE_ENGINE=wasm|native                   the compared run uses this OCR engine
//                                                      (CASEFILE_OCR_ENGINE); without BENCH_COMPARE_BIN
//                                                      it is this build: engine against engine
//   BENCH_OCR_DETAIL=1                                 also the OCR pool alone on the native rasters,
//                                                      and the ingest with languages fixed to rus+eng
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { distance } from 'fastest-levenshtein';
import sharp from 'sharp';
import { loadConfig } from '../core/config.js';
import { OCR_LANGUAGES, prepareTessdata } from '../ingest/ocr/languages.js';
import { OcrPool } from '../ingest/ocr/pool.js';
import { decodeImageFrame, renderPdfPage, toPgm } from '../ingest/ocr/raster.js';
import { openPdf } from '../ingest/text/pdfjs.js';

const run = promisify(execFile);

export interface GoldDoc {
  file: string;
  render: string;
  languages: string[];
  pages: Array<{ page: number; text: string }>;
}

const LANG: Record<string, string> = {
  ru: 'rus',
  tg: 'tgk',
  uk: 'ukr',
  pl: 'pol',
  en: 'eng',
  fr: 'fra',
  de: 'deu',
  nl: 'nld',
};

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const cer = (got: string, want: string) =>
  distance(collapse(got), collapse(want)) / Math.max(1, collapse(want).length);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const ppm = (pages: number, seconds: number) => (pages / seconds) * 60;

async function hasNative(): Promise<boolean> {
  try {
    await run('tesseract', ['--version']);
    return true;
  } catch {
    return false;
  }
}

async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let t = queue.shift(); t !== undefined; t = queue.shift()) await fn(t);
    }),
  );
}

export function scannedDocs(corpus: string): GoldDoc[] {
  const gold = JSON.parse(fs.readFileSync(path.join(corpus, 'gold.json'), 'utf8')) as {
    documents: GoldDoc[];
  };
  return gold.documents.filter((d) => d.render === 'scan' || d.render === 'photo');
}

/** A fresh data directory with the language models unpacked (not timed), as a running server has them. */
async function freshData(
  bin: string,
  dir: string,
  env: NodeJS.ProcessEnv,
): Promise<NodeJS.ProcessEnv> {
  const warm = path.join(dir, 'warm-up.txt');
  await fsp.mkdir(dir, { recursive: true });
  await fsp.writeFile(
    warm,
    'A short note, ingested to unpack the language models before timing.\n',
  );
  const e = { ...env, CASEFILE_DATA: path.join(dir, 'data') };
  await run(process.execPath, [bin, 'ingest', warm], { env: e });
  return e;
}

interface CorpusFigures {
  name: string;
  pages: number;
  oursSeconds: number;
  compareSeconds?: number;
  nativeSeconds?: number;
  /** CPU seconds (user + system) of each side's processes. */
  oursCpu: number;
  compareCpu?: number;
  nativeCpu?: number;
  peak: number;
  cer: Record<string, { ours: number[]; native: number[]; compare: number[] }>;
}

export async function benchOcr(opts: {
  corpora: string[];
  bin: string;
  dpi: number;
}): Promise<void> {
  const nativeAvailable = await hasNative();
  const compareBin = process.env.BENCH_COMPARE_BIN
    ? path.resolve(process.env.BENCH_COMPARE_BIN)
    : process.env.BENCH_COMPARE_ENGINE
      ? opts.bin
      : undefined;
  const detail = Boolean(process.env.BENCH_OCR_DETAIL);
  const all: CorpusFigures[] = [];
  for (const corpus of opts.corpora)
    all.push(await benchCorpus(corpus, { ...opts, nativeAvailable, compareBin, detail }));

  console.log(
    `\nOCR throughput, whole ingest against native tesseract (${os.availableParallelism()} cores; native: ${os.availableParallelism()} processes, OMP_THREAD_LIMIT=1, true languages, rasters ready-made)`,
  );
  const head =
    'corpus'.padEnd(10) +
    'pages'.padStart(6) +
    'casefile p/min'.padStart(16) +
    (compareBin ? 'compared p/min'.padStart(16) : '') +
    'native p/min'.padStart(14) +
    'ratio'.padStart(8) +
    (compareBin ? 'compared ratio'.padStart(16) : '');
  console.log(head);
  const total = { pages: 0, ours: 0, native: 0, compare: 0 };
  for (const f of all) {
    const n = f.nativeSeconds ? ppm(f.pages, f.nativeSeconds) : NaN;
    const o = ppm(f.pages, f.oursSeconds);
    const c = f.compareSeconds ? ppm(f.pages, f.compareSeconds) : NaN;
    console.log(
      f.name.padEnd(10) +
        String(f.pages).padStart(6) +
        o.toFixed(1).padStart(16) +
        (compareBin ? c.toFixed(1).padStart(16) : '') +
        n.toFixed(1).padStart(14) +
        (o / n).toFixed(2).padStart(8) +
        (compareBin ? (c / n).toFixed(2).padStart(16) : ''),
    );
    total.pages += f.pages;
    total.ours += f.oursSeconds;
    total.native += f.nativeSeconds ?? NaN;
    total.compare += f.compareSeconds ?? NaN;
  }
  const o = ppm(total.pages, total.ours);
  const n = ppm(total.pages, total.native);
  const c = ppm(total.pages, total.compare);
  console.log(
    'all'.padEnd(10) +
      String(total.pages).padStart(6) +
      o.toFixed(1).padStart(16) +
      (compareBin ? c.toFixed(1).padStart(16) : '') +
      n.toFixed(1).padStart(14) +
      (o / n).toFixed(2).padStart(8) +
      (compareBin ? (c / n).toFixed(2).padStart(16) : ''),
  );
  console.log(
    `throughput ratio casefile/native, all scanned pages: ${(o / n).toFixed(2)}×${compareBin ? ` (compared build: ${(c / n).toFixed(2)}×)` : ''}`,
  );
  printCpu(all, Boolean(compareBin));
  console.log(
    'mean CER'.padEnd(24) +
      'casefile'.padStart(10) +
      (compareBin ? 'compared'.padStart(10) : '') +
      'native'.padStart(10),
  );
  for (const f of all) {
    for (const [render, v] of Object.entries(f.cer)) {
      console.log(
        `${f.name} ${render}`.padEnd(24) +
          mean(v.ours).toFixed(3).padStart(10) +
          (compareBin ? mean(v.compare).toFixed(3).padStart(10) : '') +
          (nativeAvailable ? mean(v.native).toFixed(3) : '–').padStart(10),
      );
    }
  }
}

/**
 * CPU seconds a page on each side and their ratio (native CPU per page / Casefile CPU per page):
 * the share of native's efficiency Casefile reaches whatever else loads the machine. Native's side
 * leaves out rendering the rasters, which Casefile's includes.
 */
function printCpu(all: CorpusFigures[], compared: boolean): void {
  console.log(
    '\nCPU seconds a page (user + system, every process of each side)\n' +
      'corpus'.padEnd(10) +
      'casefile'.padStart(10) +
      (compared ? 'compared'.padStart(10) : '') +
      'native'.padStart(10) +
      'ratio'.padStart(8),
  );
  const sum = { pages: 0, ours: 0, compare: 0, native: 0 };
  const row = (name: string, pages: number, ours: number, compare: number, native: number) =>
    console.log(
      name.padEnd(10) +
        (ours / pages).toFixed(2).padStart(10) +
        (compared ? (compare / pages).toFixed(2).padStart(10) : '') +
        (native / pages).toFixed(2).padStart(10) +
        `${(native / ours).toFixed(2)}×`.padStart(8),
    );
  for (const f of all) {
    row(f.name, f.pages, f.oursCpu, f.compareCpu ?? NaN, f.nativeCpu ?? NaN);
    sum.pages += f.pages;
    sum.ours += f.oursCpu;
    sum.compare += f.compareCpu ?? NaN;
    sum.native += f.nativeCpu ?? NaN;
  }
  row('all', sum.pages, sum.ours, sum.compare, sum.native);
}

async function benchCorpus(
  corpus: string,
  opts: {
    bin: string;
    dpi: number;
    nativeAvailable: boolean;
    compareBin: string | undefined;
    detail: boolean;
  },
): Promise<CorpusFigures> {
  const name = path.basename(corpus);
  const docs = scannedDocs(corpus);
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), `casefile-bench-ocr-${name}-`));
  try {
    const files = path.join(work, 'files');
    await fsp.mkdir(files);
    for (const d of docs)
      await fsp.copyFile(path.join(corpus, d.file), path.join(files, path.basename(d.file)));
    const pageCount = docs.reduce((s, d) => s + d.pages.length, 0);
    const base = { ...process.env, DATABASE_URL: '', CASEFILE_OCR_DPI: String(opts.dpi) };

    // Casefile: the real CLI on a fresh data directory.
    const env = await freshData(opts.bin, path.join(work, 'ours'), base);
    const t0 = performance.now();
    const c0 = childCpuSeconds();
    const peak = await spawnMeasured(opts.bin, ['ingest', '--json', files], env);
    const oursSeconds = (performance.now() - t0) / 1000;
    const oursCpu = childCpuSeconds() - c0;
    const ours = await exportedPages(opts.bin, env);

    let compare: Map<string, string[]> | undefined;
    let compareSeconds: number | undefined;
    let compareCpu: number | undefined;
    if (opts.compareBin) {
      const cenv = await freshData(opts.compareBin, path.join(work, 'compared'), {
        ...base,
        ...(process.env.BENCH_COMPARE_ENGINE
          ? { CASEFILE_OCR_ENGINE: process.env.BENCH_COMPARE_ENGINE }
          : {}),
      });
      const t1 = performance.now();
      const c1 = childCpuSeconds();
      await spawnMeasured(opts.compareBin, ['ingest', '--json', files], cenv);
      compareSeconds = (performance.now() - t1) / 1000;
      compareCpu = childCpuSeconds() - c1;
      compare = await exportedPages(opts.compareBin, cenv);
    }

    // Native: the same rasters Casefile OCRs, written as PNG first (not timed).
    const native = new Map<string, string[]>();
    let nativeSeconds: number | undefined;
    let nativeCpu: number | undefined;
    const jobs: Array<{ doc: GoldDoc; page: number; png: string }> = [];
    if (opts.nativeAvailable || opts.detail) {
      for (const d of docs) {
        const file = path.join(corpus, d.file);
        const pdf = d.file.endsWith('.pdf')
          ? await openPdf(new Uint8Array(await fsp.readFile(file)))
          : undefined;
        for (const p of d.pages) {
          const r = pdf
            ? await renderPdfPage(pdf, p.page, opts.dpi, 2e8)
            : await decodeImageFrame(file, p.page - 1, 2e8);
          const png = path.join(work, `${path.basename(d.file)}-${p.page}.png`);
          await sharp(r.data, { raw: { width: r.width, height: r.height, channels: 1 } })
            .png()
            .toFile(png);
          jobs.push({ doc: d, page: p.page, png });
        }
        await pdf?.destroy();
      }
    }
    if (opts.nativeAvailable) {
      const t2 = performance.now();
      const c2 = childCpuSeconds();
      await pool(jobs, os.availableParallelism(), async (j) => {
        const langs = j.doc.languages.map((l) => LANG[l] ?? 'eng').join('+');
        const { stdout } = await run(
          'tesseract',
          [j.png, '-', '-l', langs, '--psm', '3', '--dpi', String(opts.dpi)],
          {
            env: { ...process.env, OMP_THREAD_LIMIT: '1' },
            maxBuffer: 64 * 1024 * 1024,
          },
        );
        const list = native.get(path.basename(j.doc.file)) ?? [];
        list[j.page - 1] = stdout;
        native.set(path.basename(j.doc.file), list);
      });
      nativeSeconds = (performance.now() - t2) / 1000;
      nativeCpu = childCpuSeconds() - c2;
    }

    console.log(`\nOCR, ${name}: ${pageCount} scanned/photographed pages`);
    console.log(
      'page'.padEnd(44) +
        'casefile CER'.padStart(14) +
        (compare ? 'compared'.padStart(10) : '') +
        (opts.nativeAvailable ? 'native CER'.padStart(12) + 'diff'.padStart(8) : ''),
    );
    const byRender: CorpusFigures['cer'] = {};
    for (const d of docs) {
      const file = path.basename(d.file);
      for (const p of d.pages) {
        const o = cer(ours.get(file)?.[p.page - 1] ?? '', p.text);
        const n = opts.nativeAvailable ? cer(native.get(file)?.[p.page - 1] ?? '', p.text) : NaN;
        const c = compare ? cer(compare.get(file)?.[p.page - 1] ?? '', p.text) : NaN;
        const r = (byRender[d.render] ??= { ours: [], native: [], compare: [] });
        r.ours.push(o);
        r.native.push(n);
        r.compare.push(c);
        const flag =
          opts.nativeAvailable && o - n > 0.01 ? '  << worse than native by more than 1 point' : '';
        console.log(
          `${file} p${p.page}`.padEnd(44) +
            o.toFixed(3).padStart(14) +
            (compare ? c.toFixed(3).padStart(10) : '') +
            (opts.nativeAvailable
              ? n.toFixed(3).padStart(12) + (o - n).toFixed(3).padStart(8)
              : '') +
            flag,
        );
      }
    }
    const line = `casefile: ${ppm(pageCount, oursSeconds).toFixed(1)} pages/min (${oursSeconds.toFixed(1)} s whole ingest, peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB)`;
    console.log(
      line +
        (compareSeconds
          ? `; compared build ${ppm(pageCount, compareSeconds).toFixed(1)} pages/min (${compareSeconds.toFixed(1)} s)`
          : '') +
        (nativeSeconds
          ? `; native ${ppm(pageCount, nativeSeconds).toFixed(1)} pages/min (${nativeSeconds.toFixed(1)} s)`
          : ''),
    );
    if (!opts.nativeAvailable)
      console.log(
        'native tesseract not installed: no side-by-side figures (apt-get install tesseract-ocr tesseract-ocr-rus …)',
      );

    if (opts.detail) {
      // The same ingest with the languages fixed to rus+eng, to show what choosing them per page buys.
      const fixedEnv = {
        ...env,
        CASEFILE_DATA: path.join(work, 'data-fixed'),
        CASEFILE_OCR_LANGUAGES: 'rus+eng',
        CASEFILE_SEARCH: 'off',
      };
      await run(process.execPath, [opts.bin, 'ingest', files], {
        env: fixedEnv,
        maxBuffer: 64 * 1024 * 1024,
      }).catch(() => undefined);
      const fixed = await exportedPages(opts.bin, fixedEnv);
      for (const render of Object.keys(byRender)) {
        const pagesOf = docs
          .filter((d) => d.render === render)
          .flatMap((d) => d.pages.map((p) => ({ file: path.basename(d.file), p })));
        const rusEng = mean(
          pagesOf.map(({ file, p }) => cer(fixed.get(file)?.[p.page - 1] ?? '', p.text)),
        );
        console.log(
          `languages per page vs fixed rus+eng, ${render}: ${mean(byRender[render]!.ours).toFixed(3)} against ${rusEng.toFixed(3)}`,
        );
      }
      const engine = await engineOnly(
        jobs.map((j) => ({ png: j.png, langs: j.doc.languages.map((l) => LANG[l] ?? 'eng') })),
        env.CASEFILE_DATA!,
        opts.dpi,
      );
      const nativeNote = nativeSeconds
        ? `, ratio to native ${(ppm(pageCount, engine.seconds) / ppm(pageCount, nativeSeconds)).toFixed(2)}×`
        : '';
      console.log(
        `casefile OCR pool alone (same rasters and languages as native): ${ppm(pageCount, engine.seconds).toFixed(1)} pages/min${nativeNote}`,
      );
    }
    return {
      name,
      pages: pageCount,
      oursSeconds,
      oursCpu,
      peak,
      cer: byRender,
      ...(compareSeconds ? { compareSeconds, compareCpu } : {}),
      ...(nativeSeconds ? { nativeSeconds, nativeCpu } : {}),
    };
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}

async function exportedPages(bin: string, env: NodeJS.ProcessEnv): Promise<Map<string, string[]>> {
  const exported = await run(process.execPath, [bin, 'export'], {
    env,
    maxBuffer: 256 * 1024 * 1024,
  });
  const out = new Map<string, string[]>();
  for (const line of exported.stdout.trim().split('\n')) {
    const d = JSON.parse(line) as { filename: string; pages: Array<{ text: string }> };
    out.set(
      d.filename,
      d.pages.map((p) => p.text),
    );
  }
  return out;
}

/** Times Casefile's OCR pool on ready rasters, as native is timed: recognition only. */
async function engineOnly(
  jobs: Array<{ png: string; langs: string[] }>,
  dataDir: string,
  dpi: number,
): Promise<{ seconds: number }> {
  const config = loadConfig({ data: dataDir });
  const tessdataDir = prepareTessdata(
    path.join(dataDir, 'tessdata'),
    [...OCR_LANGUAGES, 'osd'],
    config.ocr.models,
  );
  const ocr = new OcrPool({
    size: config.ocr.workers,
    tessdataDir,
    recycleAfter: 1000,
    pageTimeoutMs: 600_000,
  });
  const inputs = await Promise.all(
    jobs.map(async (j) => {
      const { data, info } = await sharp(j.png)
        .toColourspace('b-w')
        .raw()
        .toBuffer({ resolveWithObject: true });
      return { pgm: toPgm({ data, width: info.width, height: info.height }), langs: j.langs };
    }),
  );
  // Warm-up: start the workers in the first languages, as a running server has them.
  await Promise.all(
    inputs.slice(0, config.ocr.workers).map((i) => ocr.recognize(i.pgm, i.langs, dpi)),
  );
  const t0 = performance.now();
  await Promise.all(inputs.map((i) => ocr.recognize(i.pgm, i.langs, dpi)));
  const seconds = (performance.now() - t0) / 1000;
  await ocr.close();
  return { seconds };
}

/**
 * CPU seconds (user + system) of this process's children that have ended and been waited for, from
 * the cutime and cstime fields of /proc/self/stat (Linux; clock ticks of 1/100 s, the kernel's
 * USER_HZ on every Linux architecture). The difference around a phase is the CPU time of the
 * commands it ran, grandchildren they waited for included: a figure that, unlike pages per minute,
 * holds on a machine other work is loading. NaN where /proc is absent.
 */
export function childCpuSeconds(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name in parentheses (which may hold spaces): state is field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Runs a command and returns its peak resident memory (from /proc, sampled), in bytes. The CLI is run
 * as its bin (`cmd`: bin/casefile.js), as `npx casefile` runs it, so that its first line's allocator
 * settings apply (`node bin/casefile.js` would skip them). `onLine`, when
 * given, receives each line of its standard error as it comes (otherwise standard error is passed through).
 */
export function spawnMeasured(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env,
      stdio: ['ignore', 'ignore', onLine ? 'pipe' : 'inherit'],
    });
    let peak = 0;
    let rest = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) onLine?.(l);
    });
    const timer = setInterval(() => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peak = Math.max(peak, kb * 1024);
      } catch {
        // The process has ended.
      }
    }, 100);
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(timer);
      if (rest) onLine?.(rest);
      resolve(peak);
    });
  });
}
