// Configuration: command-line flags win over environment variables, which win over defaults.
import path from 'node:path';
import os from 'node:os';
function parseLanguages(raw) {
    if (raw.trim() === '' || raw.trim() === 'auto')
        return 'auto';
    const langs = raw.split(/[+,\s]+/).filter(Boolean);
    for (const l of langs)
        if (!/^[a-z]{3}$/.test(l))
            throw new Error(`OCR language "${l}" is not a tesseract language code (e.g. rus, eng)`);
    return langs;
}
function intFromEnv(name, fallback) {
    const raw = process.env[name];
    if (raw === undefined || raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0)
        throw new Error(`${name} must be a positive whole number, got "${raw}"`);
    return value;
}
function publicUrlFromEnv() {
    const raw = process.env.CASEFILE_PUBLIC_URL;
    if (raw === undefined || raw === '')
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new Error(`CASEFILE_PUBLIC_URL must be an http(s) URL, got "${raw}"`);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') ||
        url.search ||
        url.hash ||
        url.username ||
        url.password) {
        throw new Error(`CASEFILE_PUBLIC_URL must be an http(s) URL without query, fragment or credentials, got "${raw}"`);
    }
    return url.href.replace(/\/$/, '');
}
function defaultAccessFromEnv() {
    const raw = process.env.CASEFILE_DEFAULT_COLLECTION_ACCESS;
    if (raw === undefined || raw === '')
        return 'upload';
    if (raw === 'none' || raw === 'read' || raw === 'upload')
        return raw;
    throw new Error(`CASEFILE_DEFAULT_COLLECTION_ACCESS is one of none, read, upload, got "${raw}"`);
}
export function loadConfig(flags = {}) {
    const dataDir = path.resolve(flags.data ?? process.env.CASEFILE_DATA ?? './casefile-data');
    return {
        dataDir,
        databaseUrl: process.env.DATABASE_URL || undefined,
        // Documents in flight: more than the cores, so that while some are in extraction or indexing,
        // the OCR workers have pages of others (pages in work are bounded apart, see OcrService).
        concurrency: intFromEnv('CASEFILE_CONCURRENCY', Math.max(1, os.availableParallelism()) + 2),
        jobAttempts: intFromEnv('CASEFILE_JOB_ATTEMPTS', 3),
        limits: {
            maxFileBytes: intFromEnv('CASEFILE_MAX_FILE_BYTES', 512 * 1024 * 1024),
            maxPages: intFromEnv('CASEFILE_MAX_PAGES', 5000),
            maxPixels: intFromEnv('CASEFILE_MAX_PIXELS', 150_000_000),
            ocrPageTimeoutMs: intFromEnv('CASEFILE_OCR_PAGE_TIMEOUT_MS', 180_000),
            maxContentBytes: intFromEnv('CASEFILE_MAX_CONTENT_BYTES', 128 * 1024 * 1024),
            pdfMemoryMb: intFromEnv('CASEFILE_PDF_MEMORY_MB', 1024),
            pdfPageTimeoutMs: intFromEnv('CASEFILE_PDF_PAGE_TIMEOUT_MS', 60_000),
        },
        search: process.env.CASEFILE_SEARCH !== 'off',
        publicUrl: publicUrlFromEnv(),
        defaultAccess: defaultAccessFromEnv(),
        ocr: {
            languages: parseLanguages(flags.ocrLanguages ?? process.env.CASEFILE_OCR_LANGUAGES ?? 'auto'),
            dpi: intFromEnv('CASEFILE_OCR_DPI', 300),
            workers: intFromEnv('CASEFILE_OCR_WORKERS', Math.max(1, os.availableParallelism())),
            recycleAfter: intFromEnv('CASEFILE_OCR_RECYCLE_AFTER', 50),
            models: process.env.CASEFILE_OCR_MODELS === 'system' ? 'system' : 'npm',
            engine: ocrEngineFromEnv(process.env.CASEFILE_OCR_ENGINE),
        },
    };
}
/** CASEFILE_OCR_ENGINE: `native`, `wasm`, or `auto` (unset or empty); anything else is an error. */
function ocrEngineFromEnv(value) {
    if (!value || value === 'auto')
        return 'auto';
    if (value === 'native' || value === 'wasm')
        return value;
    throw new Error(`CASEFILE_OCR_ENGINE must be auto, native or wasm, not ${JSON.stringify(value)}`);
}
//# sourceMappingURL=config.js.map