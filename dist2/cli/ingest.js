// `casefile ingest PATH...`: takes files and directories, stores and processes them, reports each.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { errorMessage } from '../core/errors.js';
import { BatchProgress, formatDuration, formatSnapshot } from './batch-progress.js';
import { intake } from '../ingest/intake/intake.js';
import { runWorkers } from '../ingest/worker.js';
import { startSearch } from '../search/service.js';
import { getDocuments, pageCounts } from '../store/documents.js';
import { pendingJobCount } from '../store/jobs.js';
/** Expands directories recursively (sorted, symbolic links to directories not followed). */
async function collectFiles(inputs) {
    const out = [];
    async function walk(p, top) {
        let stat;
        try {
            stat = top ? await fsp.stat(p) : await fsp.lstat(p);
        }
        catch (err) {
            out.push({ file: p, error: `cannot read: ${errorMessage(err)}` });
            return;
        }
        if (stat.isDirectory()) {
            const names = (await fsp.readdir(p)).sort();
            for (const name of names)
                await walk(path.join(p, name), false);
        }
        else if (stat.isFile() ||
            (stat.isSymbolicLink() && (await fsp.stat(p).catch(() => undefined))?.isFile())) {
            out.push({ file: p });
        }
    }
    for (const input of inputs)
        await walk(input, true);
    return out;
}
function failed(file, error, intake) {
    return {
        file,
        filename: intake?.filename ?? path.basename(file),
        status: 'failed',
        documentId: intake?.documentId ?? null,
        sha256: intake?.sha256 ?? null,
        size: intake?.size ?? null,
        mediaType: intake?.mediaType ?? null,
        pages: null,
        textLayerPages: 0,
        ocrPages: 0,
        needsOcrPages: 0,
        error,
    };
}
/**
 * Images are read by OCR: when the batch holds one, the OCR workers are started with the rest. (A PDF
 * may be born-digital; its OCR workers start when its first scanned page is found.)
 */
const SCANNABLE = /\.(png|jpe?g|tiff?|webp|gif|bmp|jp2|heic)$/i;
export async function ingestPaths(archive, inputs, opts) {
    const files = await collectFiles(inputs);
    const showBar = !opts.json && process.stderr.isTTY === true;
    const bar = showBar
        ? new cliProgress.SingleBar({
            format: ' {bar} {pagesDone}/{pagesTotal} pages | {rate} pages/min | {eta} left | {value}/{total} files | {stage}',
            hideCursor: true,
            clearOnComplete: true,
            stream: process.stderr,
        }, cliProgress.Presets.shades_classic)
        : undefined;
    const batch = new BatchProgress();
    const payload = () => {
        const s = batch.snapshot();
        return {
            pagesDone: s.done,
            pagesTotal: s.total,
            rate: s.perMinute ? s.perMinute.toFixed(1) : '–',
            eta: formatDuration(s.etaSeconds),
        };
    };
    let lastLine = '';
    const report = (stage) => {
        bar?.update({ ...payload(), ...(stage ? { stage } : {}) });
        if (opts.progress && !bar) {
            const line = formatSnapshot(batch.snapshot());
            // One line each time a page is done (the rate and time left change with every page).
            if (line.split(',')[0] !== lastLine.split(',')[0])
                process.stderr.write(line + '\n');
            lastLine = line;
        }
    };
    bar?.start(files.length, 0, { stage: 'storing originals', ...payload() });
    const intakes = [];
    let intakeDone = false;
    const finished = new Set();
    const ids = () => intakes.flatMap((i) => (i.result ? [i.result.documentId] : []));
    const search = archive.config.search
        ? await startSearch(archive.config.dataDir, archive.db)
        : undefined;
    const workers = runWorkers(archive, {
        concurrency: archive.config.concurrency,
        ...(search ? { search } : {}),
        pollMs: 200,
        warmOcr: files.some((f) => SCANNABLE.test(f.file)),
        stopWhenIdle: async () => intakeDone && (await pendingJobCount(archive.db, ids())) === 0,
        onProgress: (p) => {
            if (p.stage === 'pages')
                batch.update(p.documentId, p.done, p.total);
            report(`document ${p.documentId}: ${p.stage} page ${p.done}/${p.total}`);
        },
        onJobEnd: (documentId, outcome) => {
            finished.add(documentId);
            if (outcome !== 'retry')
                batch.finish(documentId);
            bar?.update(intakes.filter((i) => i.error || (i.result && (i.result.duplicate || finished.has(i.result.documentId)))).length);
            report();
        },
    });
    try {
        for (const { file, error } of files) {
            if (error) {
                intakes.push({ file, error });
                continue;
            }
            try {
                const result = await intake(archive, fs.createReadStream(file), {
                    filename: path.basename(file),
                    sourceNote: opts.note ?? null,
                    collection: opts.collection ?? null,
                });
                intakes.push({ file, result });
                if (!result.duplicate)
                    batch.setDocuments(intakes.filter((i) => i.result && !i.result.duplicate).length);
            }
            catch (err) {
                intakes.push({ file, error: errorMessage(err) });
            }
        }
    }
    finally {
        intakeDone = true;
    }
    try {
        await workers;
    }
    finally {
        await search?.stop();
    }
    bar?.stop();
    return summarize(archive, intakes);
}
async function summarize(archive, intakes) {
    const docs = new Map((await getDocuments(archive.db, intakes.flatMap((i) => (i.result ? [i.result.documentId] : [])))).map((d) => [d.id, d]));
    const results = [];
    for (const { file, result, error } of intakes) {
        if (!result) {
            results.push(failed(file, error ?? 'unknown error'));
            continue;
        }
        const doc = docs.get(result.documentId);
        if (!doc) {
            results.push(failed(file, 'document vanished from the store', result));
            continue;
        }
        const counts = await pageCounts(archive.db, doc.id);
        const base = {
            file,
            filename: result.filename,
            documentId: doc.id,
            sha256: doc.sha256,
            size: doc.size,
            mediaType: doc.mediaType,
            pages: doc.pageCount,
            textLayerPages: counts.textLayer,
            ocrPages: counts.ocr,
            needsOcrPages: counts.needsOcr,
        };
        if (result.duplicate) {
            // A duplicate is not a new failure, but if the stored copy failed the reader should know.
            results.push({
                ...base,
                status: 'duplicate',
                error: doc.status === 'failed' ? doc.error : null,
                duplicateOf: doc.filename,
            });
        }
        else if (doc.status === 'done') {
            // Done, yet some pages may have failed (OCR over its time limit, a page over the pixel limit).
            results.push({ ...base, status: 'done', error: doc.error });
        }
        else {
            results.push({
                ...base,
                status: 'failed',
                error: doc.error ?? `ended in state ${doc.status}`,
            });
        }
    }
    return results;
}
export function formatResult(r) {
    const name = r.file;
    if (r.status === 'failed')
        return `failed     ${name}: ${r.error}`;
    const pages = `${r.pages ?? 0} page${r.pages === 1 ? '' : 's'} (${r.textLayerPages} text layer, ${r.ocrPages} OCR${r.needsOcrPages ? `, ${r.needsOcrPages} awaiting OCR` : ''})`;
    if (r.status === 'duplicate') {
        const earlier = r.error ? `, which failed: ${r.error}` : '';
        return `duplicate  ${name}: already stored as ${r.duplicateOf} (document ${r.documentId}${earlier}), nothing new stored`;
    }
    return `done       ${name}: ${pages}${r.error ? `; ${r.error}` : ''}`;
}
export function formatSummary(results) {
    const n = (s) => results.filter((r) => r.status === s).length;
    return `${results.length} file${results.length === 1 ? '' : 's'}: ${n('done')} done, ${n('duplicate')} duplicate, ${n('failed')} failed`;
}
//# sourceMappingURL=ingest.js.map