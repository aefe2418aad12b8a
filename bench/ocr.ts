// OCR benchmark: Casefile's OCR pipeline against the native tesseract CLI on the same dev-corpus pages.
// Casefile runs the whole ingest of the scanned and photographed files (render, OSD, language choice,
// recognition, storage); native tesseract reads the same page rasters, one process per core with
// OMP_THREAD_LIMIT=1 (its best on a small machine), in the documents' languages, PSM 3.
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

interface GoldDoc {
  file: string;
  render: string;
  languages: string[];
  pages: Array<{ page: number; text: string }>;
}

const LANG: Record<string, string> = { ru: 'rus', tg: 'tgk', uk: 'ukr', pl: 'pol', en: 'eng', fr: 'fra', de: 'deu', nl: 'nld' };

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
export const cer = (got: string, want: string) => distance(collapse(got), collapse(want)) / Math.max(1, collapse(want).length);

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
  await Promise.all(Array.from({ length: n }, async () => {
    for (let t = queue.shift(); t !== undefined; t = queue.shift()) await fn(t);
  }));
}

export async function benchOcr(opts: { corpus: string; bin: string; dpi: number; extraEnv?: Record<string, string> }): Promise<void> {
  const gold = JSON.parse(fs.readFileSync(path.join(opts.corpus, 'gold.json'), 'utf8')) as { documents: GoldDoc[] };
  const docs = gold.documents.filter((d) => d.render === 'scan' || d.render === 'photo');
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'casefile-bench-ocr-'));
  const files = path.join(work, 'files');
  await fsp.mkdir(files);
  for (const d of docs) await fsp.copyFile(path.join(opts.corpus, d.file), path.join(files, path.basename(d.file)));
  const pageCount = docs.reduce((s, d) => s + d.pages.length, 0);

  // Casefile: the real CLI, a fresh data directory (the language models are unpacked before timing).
  const data = path.join(work, 'data');
  const env = { ...process.env, CASEFILE_DATA: data, DATABASE_URL: '', CASEFILE_OCR_DPI: String(opts.dpi), ...opts.extraEnv };
  await run(process.execPath, [opts.bin, 'ingest', path.join(opts.corpus, 'files', '10-letter-sizo-rahmonzoda.txt')], { env });
  const t0 = performance.now();
  const peak = await spawnMeasured(process.execPath, [opts.bin, 'ingest', '--json', files], env);
  const oursSeconds = (performance.now() - t0) / 1000;
  const ours = await exportedPages(opts.bin, env);

  // The same ingest with the languages fixed to rus+eng, to show what choosing them per page buys.
  const fixedEnv = { ...env, CASEFILE_DATA: path.join(work, 'data-fixed'), CASEFILE_OCR_LANGUAGES: 'rus+eng', CASEFILE_SEARCH: 'off' };
  await run(process.execPath, [opts.bin, 'ingest', files], { env: fixedEnv, maxBuffer: 64 * 1024 * 1024 }).catch(() => undefined);
  const fixed = await exportedPages(opts.bin, fixedEnv);

  // Native: the same rasters Casefile OCRs, written as PNG first (not timed).
  const native = new Map<string, string[]>();
  let engine: { seconds: number } | undefined;
  const nativeAvailable = await hasNative();
  let nativeSeconds = 0;
  if (nativeAvailable) {
    const jobs: Array<{ doc: GoldDoc; page: number; png: string }> = [];
    for (const d of docs) {
      const file = path.join(opts.corpus, d.file);
      const pdf = d.file.endsWith('.pdf') ? await openPdf(new Uint8Array(await fsp.readFile(file))) : undefined;
      for (const p of d.pages) {
        const r = pdf ? await renderPdfPage(pdf, p.page, opts.dpi, 2e8) : await decodeImageFrame(file, p.page - 1, 2e8);
        const png = path.join(work, `${path.basename(d.file)}-${p.page}.png`);
        await sharp(r.data, { raw: { width: r.width, height: r.height, channels: 1 } }).png().toFile(png);
        jobs.push({ doc: d, page: p.page, png });
      }
      await pdf?.destroy();
    }
    // The engine alone: Casefile's tesseract.js pool on the same rasters, in the same languages.
    engine = await engineOnly(jobs.map((j) => ({ png: j.png, langs: j.doc.languages.map((l) => LANG[l] ?? 'eng') })), data, opts.dpi);
    const t1 = performance.now();
    await pool(jobs, os.availableParallelism(), async (j) => {
      const langs = j.doc.languages.map((l) => LANG[l] ?? 'eng').join('+');
      const { stdout } = await run('tesseract', [j.png, '-', '-l', langs, '--psm', '3', '--dpi', String(opts.dpi)], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
      const name = path.basename(j.doc.file);
      const list = native.get(name) ?? [];
      list[j.page - 1] = stdout;
      native.set(name, list);
    });
    nativeSeconds = (performance.now() - t1) / 1000;
  }

  console.log(`\nOCR: ${pageCount} scanned/photographed pages of the dev corpus (PDF scans rendered at their own resolution, other pages at ${opts.dpi} dpi)`);
  console.log('page'.padEnd(40) + 'casefile CER'.padStart(14) + (nativeAvailable ? 'native CER'.padStart(12) + 'diff'.padStart(8) : ''));
  const sums = { ours: 0, native: 0, chars: 0, oursEdits: 0, nativeEdits: 0 };
  const byRender: Record<string, { ours: number[]; native: number[] }> = {};
  for (const d of docs) {
    const name = path.basename(d.file);
    for (const p of d.pages) {
      const o = cer(ours.get(name)?.[p.page - 1] ?? '', p.text);
      const n = nativeAvailable ? cer(native.get(name)?.[p.page - 1] ?? '', p.text) : NaN;
      (byRender[d.render] ??= { ours: [], native: [] }).ours.push(o);
      byRender[d.render]!.native.push(n);
      const flag = nativeAvailable && o - n > 0.01 ? '  << worse than native by more than 1 point' : '';
      console.log(`${name} p${p.page}`.padEnd(40) + o.toFixed(3).padStart(14) + (nativeAvailable ? n.toFixed(3).padStart(12) + (o - n).toFixed(3).padStart(8) : '') + flag);
      sums.ours += o;
      sums.native += n;
    }
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  for (const [render, v] of Object.entries(byRender)) {
    console.log(`mean CER ${render}`.padEnd(40) + mean(v.ours).toFixed(3).padStart(14) + (nativeAvailable ? mean(v.native).toFixed(3).padStart(12) : ''));
  }
  for (const render of ['scan', 'photo']) {
    const pagesOf = docs.filter((d) => d.render === render).flatMap((d) => d.pages.map((p) => ({ name: path.basename(d.file), p })));
    const auto = mean(pagesOf.map(({ name, p }) => cer(ours.get(name)?.[p.page - 1] ?? '', p.text)));
    const rusEng = mean(pagesOf.map(({ name, p }) => cer(fixed.get(name)?.[p.page - 1] ?? '', p.text)));
    console.log(`languages per page vs fixed rus+eng, ${render}`.padEnd(40) + auto.toFixed(3).padStart(14) + rusEng.toFixed(3).padStart(12) + '  (chosen, fixed)');
  }
  const oursPpm = (pageCount / oursSeconds) * 60;
  console.log(`casefile: ${oursPpm.toFixed(1)} pages/min (${oursSeconds.toFixed(1)} s, whole ingest incl. rendering; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB)`);
  if (nativeAvailable) {
    const nativePpm = (pageCount / nativeSeconds) * 60;
    console.log(`native tesseract: ${nativePpm.toFixed(1)} pages/min (${nativeSeconds.toFixed(1)} s, ${os.availableParallelism()} processes, OMP_THREAD_LIMIT=1, document languages given, same rasters given ready-made)`);
    console.log(`throughput ratio casefile/native: ${(oursPpm / nativePpm).toFixed(2)}× (whole ingest against recognition alone)`);
    if (engine) {
      const enginePpm = (pageCount / engine.seconds) * 60;
      console.log(`casefile OCR pool alone (same rasters and languages as native): ${enginePpm.toFixed(1)} pages/min, ratio ${(enginePpm / nativePpm).toFixed(2)}×`);
    }
  } else {
    console.log('native tesseract not installed: no side-by-side figures (apt-get install tesseract-ocr tesseract-ocr-rus …)');
  }
  await fsp.rm(work, { recursive: true, force: true });
}

async function exportedPages(bin: string, env: NodeJS.ProcessEnv): Promise<Map<string, string[]>> {
  const exported = await run(process.execPath, [bin, 'export'], { env, maxBuffer: 256 * 1024 * 1024 });
  const out = new Map<string, string[]>();
  for (const line of exported.stdout.trim().split('\n')) {
    const d = JSON.parse(line) as { filename: string; pages: Array<{ text: string }> };
    out.set(d.filename, d.pages.map((p) => p.text));
  }
  return out;
}

/** Times Casefile's OCR pool on ready rasters, as native is timed: recognition only. */
async function engineOnly(jobs: Array<{ png: string; langs: string[] }>, dataDir: string, dpi: number): Promise<{ seconds: number }> {
  const config = loadConfig({ data: dataDir });
  const tessdataDir = prepareTessdata(path.join(dataDir, 'tessdata'), [...OCR_LANGUAGES, 'osd'], config.ocr.models);
  const ocr = new OcrPool({ size: config.ocr.workers, tessdataDir, recycleAfter: 1000, pageTimeoutMs: 600_000 });
  const inputs = await Promise.all(
    jobs.map(async (j) => {
      const { data, info } = await sharp(j.png).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
      return { pgm: toPgm({ data, width: info.width, height: info.height }), langs: j.langs };
    }),
  );
  // Warm-up: start the workers in the first languages, as a running server has them.
  await Promise.all(inputs.slice(0, config.ocr.workers).map((i) => ocr.recognize(i.pgm, i.langs, dpi)));
  const t0 = performance.now();
  await Promise.all(inputs.map((i) => ocr.recognize(i.pgm, i.langs, dpi)));
  const seconds = (performance.now() - t0) / 1000;
  await ocr.close();
  return { seconds };
}

/** Runs a command and returns its peak resident memory (from /proc, sampled), in bytes. */
export function spawnMeasured(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
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
      resolve(peak);
    });
  });
}
