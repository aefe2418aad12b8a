// The process's one OCR scheduler: a pool of tesseract.js workers (LSTM engine) sized to the cores.
// Written here rather than using tesseract.js's createScheduler because that scheduler hands a job to
// any idle worker: it cannot keep a worker on the languages it has loaded (reloading a model costs
// ~0.3 s), nor retire a worker after N pages (a worker's WASM memory never shrinks), nor abandon a
// page that exceeds its time limit. Orientation and script detection (OSD) needs the legacy engine,
// so it runs on one separate worker.
import { hasCyrillic } from '../../core/text/scripts.js';
import { createWorker, OEM, PSM, } from 'tesseract.js';
import { correctWords } from './corrections.js';
import { cropPgm, meanTextConfidence, NativeTesseract, parseTsv, } from './native-engine.js';
import { orderWords } from './reading-order.js';
// PSM 3, fully automatic page segmentation: parity with the tesseract CLI. Tesseract's own
// diagnostics ("Estimating resolution as …") would otherwise be printed on our output.
const WORKER_PARAMETERS = { tessedit_pageseg_mode: PSM.AUTO, debug_file: '/dev/null' };
/** CASEFILE_DEBUG_OCR=1 prints timings of the pool's work on standard error (never any text). */
const debug = process.env.CASEFILE_DEBUG_OCR
    ? (msg) => process.stderr.write(`[ocr ${Math.round(performance.now())}] ${msg}\n`)
    : () => undefined;
class OcrTimeoutError extends Error {
    name = 'OcrTimeoutError';
}
/** A waiter passed over this often is served next whatever it wants, so none waits for ever. */
const MAX_PASSED = 2;
export class OcrPool {
    opts;
    slots = [];
    /** Callers waiting for a worker, in order, with the models they want. */
    waiting = [];
    osd;
    osdChain = Promise.resolve();
    closed = false;
    /** Workers started, and how many of them replaced a worker that had read its share of pages. */
    stats = { started: 0, recycled: 0 };
    native;
    constructor(opts) {
        this.opts = opts;
        this.native = opts.native
            ? new NativeTesseract({
                binary: opts.native.path,
                tessdataDir: opts.tessdataDir,
                size: opts.size,
                pageTimeoutMs: opts.pageTimeoutMs,
            })
            : undefined;
    }
    get size() {
        return this.opts.size;
    }
    /** Which engine reads pages: `native` (tesseract CLI processes) or `wasm` (tesseract.js). */
    get engine() {
        return this.native ? 'native' : 'wasm';
    }
    /** Workers alive, busy, and callers waiting for one (CASEFILE_DEBUG_MEMORY). */
    describe() {
        if (this.native)
            return `OCR native tesseract processes ${this.native.busy} running (${this.native.started} started), OSD worker ${this.osd ? 1 : 0}`;
        const busy = this.slots.filter((s) => s.busy).length;
        return `OCR workers ${this.slots.length + (this.osd ? 1 : 0)} (${busy} busy), ${this.waiting.length} waiting; started ${this.stats.started}`;
    }
    async recognize(image, langs, dpi = 300) {
        const key = langs.join('+');
        const t0 = performance.now();
        if (this.native) {
            // The same parameters as the workers': PSM 3, the page's resolution.
            const tsv = await this.native.read(image, { languages: langs, psm: PSM_AUTO, dpi });
            debug(`recognize native ${key} ${pgmSize(image)} in ${Math.round(performance.now() - t0)} ms`);
            return fromWords(parseTsv(tsv));
        }
        const slot = await this.acquire(key);
        const t1 = performance.now();
        try {
            // Unknown keys are passed to tesseract as parameters. Telling it the resolution matters: left to
            // guess, it misjudges text size on sparse pages (measured: CER 0.044 → 0.006 on a notice).
            const options = { user_defined_dpi: String(dpi) };
            const result = await this.withTimeout(slot, slot.worker.recognize(image, options, { text: true, blocks: true }));
            slot.pages++;
            debug(`recognize ${key} ${pgmSize(image)}: waited ${Math.round(t1 - t0)} ms, read in ${Math.round(performance.now() - t1)} ms`);
            return toOcrResult(result.data);
        }
        finally {
            this.release(slot);
        }
    }
    /**
     * Starts the workers in the given models, and the OSD worker, ahead of the first page, so that
     * loading them overlaps the first page's rendering instead of following it. Failures surface when
     * a page asks for a worker.
     */
    warm(langs) {
        const key = langs.join('+');
        // The OSD worker measures every page's skew before its reading: start it too.
        if (!this.osd)
            void this.onOsdWorker(async () => undefined).catch(() => undefined);
        // Native processes start per reading: nothing to warm.
        if (this.native)
            return;
        while (this.slots.length < this.opts.size) {
            const slot = {
                worker: undefined,
                langs: key,
                pages: 0,
                busy: true,
            };
            this.slots.push(slot);
            this.createWorker(key).then((worker) => {
                slot.worker = worker;
                if (this.closed)
                    void worker.terminate().catch(() => undefined);
                else
                    this.release(slot);
            }, () => this.drop(slot));
        }
    }
    /** Reads one line of the image (a rectangle) in the given models (English by default), optionally with only some characters allowed. */
    async recognizeLine(image, rectangle, how, dpi = 300) {
        // A rectangle reaching past the image makes leptonica print errors on standard error: clamp it.
        const size = pgmDimensions(image);
        if (size) {
            const left = Math.min(Math.max(0, rectangle.left), size.width - 1);
            const top = Math.min(Math.max(0, rectangle.top), size.height - 1);
            rectangle = {
                left,
                top,
                width: Math.max(1, Math.min(rectangle.width, size.width - left)),
                height: Math.max(1, Math.min(rectangle.height, size.height - top)),
            };
        }
        const t0 = performance.now();
        if (this.native) {
            // The CLI has no rectangle option: the line is cut out (the same pixels tesseract.js's
            // rectangle reads), and read as one text line with the same whitelist.
            const tsv = await this.native.read(cropPgm(image, rectangle) ?? image, {
                languages: how.languages ?? ['eng'],
                psm: PSM_SINGLE_LINE,
                dpi,
                parameters: how.whitelist ? { tessedit_char_whitelist: how.whitelist } : {},
            });
            const words = parseTsv(tsv);
            debug(`line native ${how.languages?.join('+') ?? 'eng'} in ${Math.round(performance.now() - t0)} ms`);
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
            };
            const result = await this.withTimeout(slot, slot.worker.recognize(image, options, { text: true }));
            slot.pages++;
            return { text: result.data.text.trim(), confidence: round(result.data.confidence / 100) };
        }
        finally {
            this.release(slot);
        }
    }
    /** Detects orientation and script on the one OSD worker. */
    detect(image) {
        return this.onOsdWorker(async (worker) => {
            const t0 = performance.now();
            const { data } = await worker.detect(image);
            const degrees = data.orientation_degrees ?? 0;
            debug(`osd ${pgmSize(image)} in ${Math.round(performance.now() - t0)} ms`);
            return {
                // tesseract.js reports the clockwise turn that makes the page upright (a page scanned 90°
                // clockwise comes back as 270).
                rotate: (degrees % 360),
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
    measureSkew(image) {
        return this.onOsdWorker(async (worker) => {
            const t0 = performance.now();
            const layoutOnly = {
                text: false,
                blocks: false,
                hocr: false,
                tsv: false,
            };
            const skew = (await worker.recognize(image, { rotateAuto: true }, layoutOnly)).data.rotateRadians ?? 0;
            debug(`skew ${pgmSize(image)} in ${Math.round(performance.now() - t0)} ms`);
            return skew;
        });
    }
    /** Runs work on the OSD worker, one call at a time, recycling it like the others. */
    onOsdWorker(work) {
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
            if (this.osd.pages === 0)
                await worker.setParameters({ debug_file: '/dev/null' });
            this.osd.pages++;
            return work(worker);
        });
        this.osdChain = run.catch(() => undefined);
        return run;
    }
    async close() {
        this.closed = true;
        this.native?.close();
        // A worker still starting has none yet; warm() ends it when it arrives.
        const workers = this.slots.splice(0).flatMap((s) => (s.worker ? [s.worker.terminate()] : []));
        if (this.osd)
            workers.push((await this.osd.worker).terminate());
        this.osd = undefined;
        await Promise.allSettled(workers);
    }
    async acquire(langs) {
        for (;;) {
            if (this.closed)
                throw new Error('OCR pool is closed');
            const same = this.slots.find((s) => !s.busy && s.langs === langs && s.pages < this.opts.recycleAfter);
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
                    }
                    else {
                        const t0 = performance.now();
                        await idle.worker.reinitialize(langs, OEM.LSTM_ONLY);
                        debug(`reinitialize ${idle.langs} -> ${langs} in ${Math.round(performance.now() - t0)} ms`);
                        // Re-initialising resets tesseract's parameters (PSM falls back to a single block).
                        await idle.worker.setParameters(WORKER_PARAMETERS);
                    }
                    idle.langs = langs;
                    return idle;
                }
                catch (err) {
                    this.drop(idle);
                    throw err;
                }
            }
            if (this.slots.length < this.opts.size) {
                const slot = { worker: undefined, langs, pages: 0, busy: true };
                this.slots.push(slot);
                try {
                    slot.worker = await this.createWorker(langs);
                }
                catch (err) {
                    this.drop(slot);
                    throw err;
                }
                return slot;
            }
            await new Promise((resolve) => this.waiting.push({ langs, wake: resolve, passed: 0 }));
        }
    }
    release(slot) {
        slot.busy = false;
        this.wakeNext(slot.langs);
    }
    /**
     * Wakes the first waiter that wants the freed worker's models, else the first in line: switching a
     * worker's models costs up to a second, and pages of several documents in several languages wait
     * together. A waiter passed over MAX_PASSED times goes first.
     */
    wakeNext(langs) {
        if (this.waiting.length === 0)
            return;
        let i = langs === undefined ? 0 : this.waiting.findIndex((w) => w.langs === langs);
        if (i < 0 || this.waiting[0].passed >= MAX_PASSED)
            i = 0;
        for (let j = 0; j < i; j++)
            this.waiting[j].passed++;
        this.waiting.splice(i, 1)[0].wake();
    }
    drop(slot) {
        const i = this.slots.indexOf(slot);
        if (i >= 0)
            this.slots.splice(i, 1);
        slot.worker?.terminate().catch(() => undefined);
        this.wakeNext();
    }
    async createWorker(langs) {
        const t0 = performance.now();
        try {
            return await this.startWorker(langs);
        }
        finally {
            debug(`new worker ${langs} in ${Math.round(performance.now() - t0)} ms`);
        }
    }
    async startWorker(langs) {
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
    async withTimeout(slot, work) {
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => {
                // The only way to stop a page in tesseract.js is to end its worker; a fresh one replaces it.
                this.drop(slot);
                reject(new OcrTimeoutError(`OCR of the page took longer than the limit of ${this.opts.pageTimeoutMs} ms and was stopped`));
            }, this.opts.pageTimeoutMs);
        });
        try {
            return await Promise.race([work, timeout]);
        }
        finally {
            clearTimeout(timer);
        }
    }
}
/** tesseract's page segmentation modes, as numbers for the CLI's --psm. */
const PSM_AUTO = Number(PSM.AUTO);
const PSM_SINGLE_LINE = Number(PSM.SINGLE_LINE);
function toOcrResult(page) {
    const words = [];
    let line = 0;
    for (const block of (page.blocks ?? [])) {
        for (const para of block.paragraphs) {
            for (const l of para.lines) {
                line++;
                for (const w of l.words) {
                    const text = w.text.normalize('NFC').trim();
                    if (!text)
                        continue;
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
function fromWords(words) {
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
const round = (n) => Math.round(n * 1000) / 1000;
function pgmDimensions(image) {
    const m = /^P5\s+(\d+)\s+(\d+)/.exec(image.subarray(0, 32).toString('latin1'));
    return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined;
}
function pgmSize(image) {
    return (/^P5\s+(\d+)\s+(\d+)/.exec(image.subarray(0, 32).toString('latin1'))?.slice(1, 3).join('×') ??
        '?');
}
//# sourceMappingURL=pool.js.map