// A long scanned batch (opt-in: BENCH_BATCH=1000 npm run bench, or `npm run bench -- batch`): the
// scanned pages of the test corpora, repeated to N pages and split into image-only PDFs of 50 pages,
// ingested in one run of the real CLI. Reports the pages per minute of the first and the last hundred
// pages (from the CLI's progress lines) and the process's peak resident memory (the OCR workers are
// threads in it; the Meilisearch it starts is a process of its own, not counted).
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { decodeImageFrame, renderPdfPage } from '../ingest/ocr/raster.js';
import { openPdf } from '../ingest/text/pdfjs.js';
import { childCpuSeconds, scannedDocs, spawnMeasured } from './ocr.js';

const PAGES_PER_DOCUMENT = 50;

/** JPEGs of every scanned page of the corpora, at 200 dpi (a scanner's usual resolution). */
async function corpusScans(corpora: string[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const corpus of corpora) {
    for (const d of scannedDocs(corpus).filter((x) => x.render === 'scan')) {
      const file = path.join(corpus, d.file);
      const pdf = d.file.endsWith('.pdf')
        ? await openPdf(new Uint8Array(await fsp.readFile(file)))
        : undefined;
      for (const p of d.pages) {
        const r = pdf
          ? await renderPdfPage(pdf, p.page, 200, 1e9)
          : await decodeImageFrame(file, p.page - 1, 1e9);
        out.push(
          await sharp(r.data, { raw: { width: r.width, height: r.height, channels: 1 } })
            .jpeg({ quality: 80 })
            .toBuffer(),
        );
      }
      await pdf?.destroy();
    }
  }
  return out;
}

export async function benchBatch(opts: {
  corpora: string[];
  bin: string;
  pages: number;
}): Promise<void> {
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'casefile-bench-batch-'));
  try {
    const scans = await corpusScans(opts.corpora);
    const files = path.join(work, 'files');
    await fsp.mkdir(files);
    for (let first = 0, n = 1; first < opts.pages; first += PAGES_PER_DOCUMENT, n++) {
      const doc = await PDFDocument.create();
      // Each document starts at another scan, so no two documents are byte-identical (duplicates are not read again).
      const images = await Promise.all(scans.map((s) => doc.embedJpg(s)));
      for (let i = first; i < Math.min(opts.pages, first + PAGES_PER_DOCUMENT); i++) {
        const image = images[(i + n) % images.length]!;
        const page = doc.addPage([595, 842]);
        page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
      }
      await fsp.writeFile(
        path.join(files, `batch-${String(n).padStart(3, '0')}.pdf`),
        await doc.save(),
      );
    }

    const env = { ...process.env, CASEFILE_DATA: path.join(work, 'data'), DATABASE_URL: '' };
    const done: number[] = [];
    const t0 = performance.now();
    const c0 = childCpuSeconds();
    const peak = await spawnMeasured(opts.bin, ['ingest', '--progress', files], env, (line) => {
      const m = /^pages (\d+)\//.exec(line);
      if (m) while (done.length < Number(m[1])) done.push((performance.now() - t0) / 1000);
      // CASEFILE_DEBUG_MEMORY / CASEFILE_DEBUG_OCR lines, passed on.
      else if (line.startsWith('[')) process.stderr.write(`${line}\n`);
    });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = childCpuSeconds() - c0;
    const rate = (from: number, to: number) =>
      ((to - from) / ((done[to - 1] ?? NaN) - (from === 0 ? 0 : (done[from - 1] ?? NaN)))) * 60;
    const hundred = Math.min(100, Math.floor(done.length / 2));
    const first = rate(0, hundred);
    const last = rate(done.length - hundred, done.length);
    console.log(
      `\nBatch: ${opts.pages} scanned pages in ${Math.ceil(opts.pages / PAGES_PER_DOCUMENT)} PDFs (${scans.length} corpus scans repeated), ${done.length} pages read in ${seconds.toFixed(0)} s: ${((done.length / seconds) * 60).toFixed(1)} pages/min`,
    );
    console.log(
      `  first ${hundred} pages ${first.toFixed(1)} pages/min (from the start, models and search engine included), last ${hundred} pages ${last.toFixed(1)} pages/min (${((last / first - 1) * 100).toFixed(0)}%)`,
    );
    console.log(
      `  CPU ${cpu.toFixed(0)} s (user + system, the CLI and the search engine it starts): ${(cpu / Math.max(1, done.length)).toFixed(2)} s a page`,
    );
    console.log(`  peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (limit 1536 MB)`);
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}
