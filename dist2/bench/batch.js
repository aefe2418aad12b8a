// A long scanned batch (opt-in: BENCH_BATCH=1000 npm run bench, or `npm run bench -- batch`): the
// scanned pages of the test corpora, repeated to N pages and split into image-only PDFs of 50 pages,
// ingested in one run of the real CLI. Reports the pages per minute of the first and the last hundred
// pages (from the CLI's progress lines), the CPU seconds a page, and the process's peak resident memory
// (the OCR workers are threads in it; the Meilisearch it starts is a process of its own, not counted).
// Also which corpus scans the pages are, by corpus and language (the mix is the same for every N to
// within a page of each scan, and photographs are never in it).
//
//   BENCH_COMPARE_BIN=/other/checkout/bin/casefile.js  also ingests the same PDFs with another build,
//                                                      after this one, and prints both (before/after)
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
async function corpusScans(corpora) {
    const out = [];
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
                out.push({
                    jpeg: await sharp(r.data, { raw: { width: r.width, height: r.height, channels: 1 } })
                        .jpeg({ quality: 80 })
                        .toBuffer(),
                    source: `${path.basename(corpus)} ${d.languages.join('+')}`,
                });
            }
            await pdf?.destroy();
        }
    }
    return out;
}
/**
 * The scan each page of an N-page batch shows: document n (from 1) of 50 pages starts at another
 * scan, so no two documents are byte-identical (duplicates are not read again). Indices into the scans.
 */
function batchPages(pages, scans) {
    const docs = [];
    for (let first = 0, n = 1; first < pages; first += PAGES_PER_DOCUMENT, n++) {
        const doc = [];
        for (let i = first; i < Math.min(pages, first + PAGES_PER_DOCUMENT); i++)
            doc.push((i + n) % scans);
        docs.push(doc);
    }
    return docs;
}
/** One run of the CLI (`bin ingest --progress files`) on a fresh data directory. */
async function ingestBatch(bin, files, data) {
    const env = { ...process.env, CASEFILE_DATA: data, DATABASE_URL: '' };
    const done = [];
    const t0 = performance.now();
    const c0 = childCpuSeconds();
    const peak = await spawnMeasured(bin, ['ingest', '--progress', files], env, (line) => {
        const m = /^pages (\d+)\//.exec(line);
        if (m)
            while (done.length < Number(m[1]))
                done.push((performance.now() - t0) / 1000);
        // CASEFILE_DEBUG_MEMORY / CASEFILE_DEBUG_OCR lines, passed on.
        else if (line.startsWith('['))
            process.stderr.write(`${line}\n`);
    });
    return {
        done,
        seconds: (performance.now() - t0) / 1000,
        cpu: childCpuSeconds() - c0,
        peak,
    };
}
function printRun(label, r) {
    const { done } = r;
    const rate = (from, to) => ((to - from) / ((done[to - 1] ?? NaN) - (from === 0 ? 0 : (done[from - 1] ?? NaN)))) * 60;
    const hundred = Math.min(100, Math.floor(done.length / 2));
    const first = rate(0, hundred);
    const last = rate(done.length - hundred, done.length);
    console.log(`${label}: ${done.length} pages read in ${r.seconds.toFixed(0)} s: ${((done.length / r.seconds) * 60).toFixed(1)} pages/min`);
    console.log(`  first ${hundred} pages ${first.toFixed(1)} pages/min (from the start, models and search engine included), last ${hundred} pages ${last.toFixed(1)} pages/min (${((last / first - 1) * 100).toFixed(0)}%)`);
    console.log(`  CPU ${r.cpu.toFixed(0)} s (user + system, the CLI and the search engine it starts): ${(r.cpu / Math.max(1, done.length)).toFixed(2)} s a page`);
    console.log(`  peak RSS ${(r.peak / 1024 / 1024).toFixed(0)} MB (limit 1536 MB)`);
}
export async function benchBatch(opts) {
    const compareBin = process.env.BENCH_COMPARE_BIN
        ? path.resolve(process.env.BENCH_COMPARE_BIN)
        : undefined;
    const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'casefile-bench-batch-'));
    try {
        const scans = await corpusScans(opts.corpora);
        const files = path.join(work, 'files');
        await fsp.mkdir(files);
        const layout = batchPages(opts.pages, scans.length);
        for (const [d, pages] of layout.entries()) {
            const doc = await PDFDocument.create();
            const images = await Promise.all(scans.map((s) => doc.embedJpg(s.jpeg)));
            for (const i of pages) {
                const page = doc.addPage([595, 842]);
                page.drawImage(images[i], { x: 0, y: 0, width: 595, height: 842 });
            }
            await fsp.writeFile(path.join(files, `batch-${String(d + 1).padStart(3, '0')}.pdf`), await doc.save());
        }
        const mix = new Map();
        for (const i of layout.flat())
            mix.set(scans[i].source, (mix.get(scans[i].source) ?? 0) + 1);
        const ours = await ingestBatch(opts.bin, files, path.join(work, 'data'));
        const compared = compareBin
            ? await ingestBatch(compareBin, files, path.join(work, 'data-compared'))
            : undefined;
        console.log(`\nBatch: ${opts.pages} scanned pages in ${layout.length} PDFs (${scans.length} corpus scans repeated)`);
        console.log(`  pages by source: ${[...mix]
            .sort((a, b) => a[0].localeCompare(b[0]))
            .map(([s, n]) => `${s} ${n}`)
            .join(', ')}`);
        printRun('This build', ours);
        if (compared)
            printRun(`Compared build (${compareBin})`, compared);
    }
    finally {
        await fsp.rm(work, { recursive: true, force: true });
    }
}
//# sourceMappingURL=batch.js.map