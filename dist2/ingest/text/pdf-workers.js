// The threads that parse and render PDFs. A hostile PDF can make pdfjs or pdf-lib take gigabytes
// or minutes (a content stream of millions of operators, deep forms, huge images); on the server's
// own thread that stalled every request and could end the process. Here each task runs in a piscina
// worker thread with a heap limit (CASEFILE_PDF_MEMORY_MB) and a time limit per page
// (CASEFILE_PDF_PAGE_TIMEOUT_MS): a thread over either is ended, its page (or file) fails with that
// reason as an InputError, and the next task gets a fresh thread. Idle threads exit, and the memory
// of a document with them.
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pLimit, {} from 'p-limit';
import { Piscina } from 'piscina';
import { InputError } from '../../core/errors.js';
import * as inThread from './pdf-worker.js';
/** Idle threads exit after this long, giving back the memory of the documents they held. */
const IDLE_MS = 5_000;
/** A thread ended at its time or memory limit on one task: a fault of the file's page. */
export class ThreadLimitError extends InputError {
    name = 'ThreadLimitError';
}
const workerFile = fileURLToPath(new URL('./pdf-worker.js', import.meta.url));
export class PdfWorkers {
    limits;
    pool;
    /** Tasks handed to piscina at once: no more than its threads, so a task's time limit starts when it runs. */
    running;
    constructor(limits) {
        this.limits = limits;
        const threads = Math.max(1, os.availableParallelism());
        this.running = pLimit(threads);
        // Under the test runner the modules are TypeScript sources a thread cannot load: the tasks then
        // run on this thread (unisolated); the built program always has the compiled worker.
        if (!fs.existsSync(workerFile))
            return;
        this.pool = new Piscina({
            filename: workerFile,
            minThreads: 0,
            maxThreads: threads,
            idleTimeout: IDLE_MS,
            resourceLimits: {
                maxOldGenerationSizeMb: limits.pdfMemoryMb,
                maxYoungGenerationSizeMb: Math.min(64, Math.max(8, limits.pdfMemoryMb / 16)),
            },
        });
    }
    /** Pages and attachments of the PDF at `file` (refused when a page's content is a decompression bomb). */
    inspect(file) {
        return this.run('inspect', this.fileTask(file), 'reading the file');
    }
    textPage(file, page) {
        return this.run('textPage', { ...this.fileTask(file), page }, `page ${page}`);
    }
    pageWords(file, page) {
        return this.run('pageWords', { ...this.fileTask(file), page }, `page ${page}`);
    }
    /** A page's raster for OCR: its embedded scan when it is just one, else rendered by pdfjs. */
    raster(file, page, dpi) {
        return this.run('raster', this.renderTask(file, page, dpi), `page ${page}`);
    }
    /** Renders a page and writes it as the viewer's JPEG at `out`. */
    async viewerImage(file, page, dpi, out) {
        await this.run('viewerImage', { ...this.renderTask(file, page, dpi), out }, `page ${page}`);
    }
    /** Threads alive now (CASEFILE_DEBUG_MEMORY). */
    get threads() {
        return this.pool?.threads.length ?? 0;
    }
    /** Lets go of the document kept for `file` when tasks run on this thread (threads let go when idle). */
    async release(file) {
        if (!this.pool)
            await inThread.forget(file);
    }
    async close() {
        await this.pool?.close({ force: true });
    }
    fileTask(file) {
        return {
            file,
            maxContentBytes: this.limits.maxContentBytes,
            imageLimit: imageLimit(this.limits),
        };
    }
    renderTask(file, page, dpi) {
        return { ...this.fileTask(file), page, dpi, maxPixels: renderPixelLimit(this.limits) };
    }
    async run(name, task, what) {
        const result = await this.running(async () => {
            if (!this.pool) {
                const fn = inThread[name];
                return fn(task);
            }
            try {
                return (await this.pool.run(task, {
                    name,
                    signal: AbortSignal.timeout(this.limits.pdfPageTimeoutMs),
                }));
            }
            catch (err) {
                throw this.threadFault(err, what);
            }
        });
        if (result.ok)
            return result.value;
        throw result.input ? new InputError(result.message) : new Error(result.message);
    }
    /** What ended a thread, said against the file: its time limit or its memory limit. */
    threadFault(err, what) {
        const e = err;
        if (e.name === 'AbortError' || e.name === 'TimeoutError') {
            return new ThreadLimitError(`${what}: parsing or rendering took longer than ${Math.round(this.limits.pdfPageTimeoutMs / 1000)} s and was stopped (CASEFILE_PDF_PAGE_TIMEOUT_MS)`);
        }
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
            return new ThreadLimitError(`${what}: parsing or rendering needed more than ${this.limits.pdfMemoryMb} MB of memory and was stopped (CASEFILE_PDF_MEMORY_MB)`);
        }
        return err instanceof Error ? err : new Error(String(err));
    }
}
/**
 * Bytes a thread needs per pixel of an image pdfjs decodes and draws: the decoded samples, their RGBA
 * copy and the scaled copies drawing makes, all ArrayBuffers or canvas memory outside the JS heap
 * (measured: a 12000×12000 RGB image drawn on a page took 2.5 GB).
 */
const BYTES_PER_IMAGE_PIXEL = 18;
/**
 * The largest image a PDF thread may decode: as many pixels as CASEFILE_PDF_MEMORY_MB holds at
 * BYTES_PER_IMAGE_PIXEL (60 million at the default 1024 MB: a 600 dpi A4 colour scan is 35 million),
 * and never more than CASEFILE_MAX_PIXELS. The threads' heap limit does not count that memory, so
 * the images are measured before pdfjs decodes them (content-size.ts).
 */
function imageLimit(limits) {
    const byMemory = Math.floor((limits.pdfMemoryMb * 1024 * 1024) / BYTES_PER_IMAGE_PIXEL);
    const n = (x) => x.toLocaleString('en');
    return byMemory < limits.maxPixels
        ? {
            pixels: byMemory,
            reason: `more than a PDF thread of ${limits.pdfMemoryMb} MB can decode (at most ${n(byMemory)} pixels; CASEFILE_PDF_MEMORY_MB)`,
        }
        : {
            pixels: limits.maxPixels,
            reason: `over the limit of ${n(limits.maxPixels)} pixels (CASEFILE_MAX_PIXELS; a decompression bomb?)`,
        };
}
/** Bytes a thread needs per pixel of a page it renders: the canvas, its pixels read back, the grey raster (measured: 146 million pixels took 1.8 GB). */
const BYTES_PER_RENDERED_PIXEL = 13;
/** The largest page a PDF thread may render: what CASEFILE_PDF_MEMORY_MB holds (82 million pixels at 1024 MB), and never more than CASEFILE_MAX_PIXELS. */
function renderPixelLimit(limits) {
    return Math.min(limits.maxPixels, Math.floor((limits.pdfMemoryMb * 1024 * 1024) / BYTES_PER_RENDERED_PIXEL));
}
let shared;
/** The process's PDF threads, started on first use with the limits of the first caller's configuration. */
export function pdfWorkers(limits) {
    shared ??= new PdfWorkers(limits);
    return shared;
}
//# sourceMappingURL=pdf-workers.js.map