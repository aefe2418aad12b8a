// Memory over a long scanned document: builds a 200-page image-only PDF from dev-corpus scans and
// ingests it with the real CLI, sampling the process's resident memory (workers are threads in it).
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { renderPdfPage } from '../ingest/ocr/raster.js';
import { openPdf } from '../ingest/text/pdfjs.js';
import { spawnMeasured } from './ocr.js';
export async function benchMemory(opts) {
    const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'casefile-bench-mem-'));
    const sources = [];
    // The corpus's first three PDFs, up to three pages each: page images of real case files.
    const pdfs = (await fsp.readdir(path.join(opts.corpus, 'files')))
        .filter((f) => f.toLowerCase().endsWith('.pdf'))
        .sort()
        .slice(0, 3);
    for (const file of pdfs) {
        const pdf = await openPdf(new Uint8Array(await fsp.readFile(path.join(opts.corpus, 'files', file))));
        for (let p = 1; p <= Math.min(3, pdf.numPages); p++) {
            const r = await renderPdfPage(pdf, p, 200, 1e9);
            sources.push(await sharp(r.data, { raw: { width: r.width, height: r.height, channels: 1 } })
                .jpeg({ quality: 80 })
                .toBuffer());
        }
        await pdf.destroy();
    }
    const doc = await PDFDocument.create();
    const images = await Promise.all(sources.map((s) => doc.embedJpg(s)));
    for (let i = 0; i < opts.pages; i++) {
        const page = doc.addPage([595, 842]);
        page.drawImage(images[i % images.length], { x: 0, y: 0, width: 595, height: 842 });
    }
    const file = path.join(work, `scanned-${opts.pages}-pages.pdf`);
    await fsp.writeFile(file, await doc.save());
    const env = { ...process.env, CASEFILE_DATA: path.join(work, 'data'), DATABASE_URL: '' };
    const t0 = performance.now();
    const peak = await spawnMeasured(opts.bin, ['ingest', file], env);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`\nMemory: ${opts.pages}-page scanned PDF ingested in ${seconds.toFixed(0)} s (${((opts.pages / seconds) * 60).toFixed(1)} pages/min), peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (limit 1536 MB)`);
    await fsp.rm(work, { recursive: true, force: true });
}
//# sourceMappingURL=memory.js.map