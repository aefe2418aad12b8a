// Configuration: command-line flags win over environment variables, which win over defaults.
import path from 'node:path';
import os from 'node:os';

export interface Limits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Documents with more pages than this fail with a clear error instead of tying up a worker. */
  maxPages: number;
  /** Largest image (or rendered page) in pixels; larger ones are refused as decompression bombs. */
  maxPixels: number;
  /** OCR of one page is abandoned after this long. */
  ocrPageTimeoutMs: number;
  /** A PDF page whose content streams decompress to more than this fails its document (decompression bombs). */
  maxContentBytes: number;
  /** Heap of each thread that parses and renders PDFs; a file that needs more fails alone. */
  pdfMemoryMb: number;
  /** Parsing, reading or rendering one PDF page in a PDF thread is stopped after this long. */
  pdfPageTimeoutMs: number;
  /** Heap of each thread that extracts entities and reads claims; a document that needs more fails alone. */
  extractMemoryMb: number;
}

interface OcrConfig {
  /** Fixed models (e.g. ["rus", "eng"]) or "auto": chosen per page by script and a first pass. */
  languages: 'auto' | string[];
  /** Resolution PDF pages are rendered at for OCR. */
  dpi: number;
  /** tesseract.js workers in the pool. */
  workers: number;
  /** A worker is replaced after this many pages (its WASM memory never shrinks). */
  recycleAfter: number;
  /** Which installed models are preferred: npm's best_int (default) or the system's (Debian: fast). */
  models: 'npm' | 'system';
  /**
   * Which engine reads pages (CASEFILE_OCR_ENGINE): `native` (the tesseract CLI, ≥ 5), `wasm`
   * (tesseract.js), or `auto` (default): native when a tesseract ≥ 5 is on PATH, else tesseract.js.
   */
  engine: 'auto' | 'native' | 'wasm';
}

export interface Config {
  /** Data directory: originals, page images, the embedded database. */
  dataDir: string;
  /** PostgreSQL URL; when absent the embedded PGlite database in the data directory is used. */
  databaseUrl: string | undefined;
  /** Concurrent ingest jobs in one process. */
  concurrency: number;
  /**
   * Tries of one document before it is failed: retryable errors count, and so does the process dying
   * while the document was in hand (a file that crashes or exhausts the worker each time is given up).
   */
  jobAttempts: number;
  limits: Limits;
  ocr: OcrConfig;
  /** Index pages for search while ingesting (CASEFILE_SEARCH=off ingests without it). */
  search: boolean;
  /**
   * The address readers reach the server at (CASEFILE_PUBLIC_URL), for citation permalinks; unset,
   * `casefile serve` uses the address it is bound to. Never taken from a request's headers.
   */
  publicUrl: string | undefined;
  /**
   * What every user may do in the default collection (documents given no collection) without a grant
   * on it (CASEFILE_DEFAULT_COLLECTION_ACCESS): `upload` (read, and upload with a role that uploads),
   * `read`, or `none` (grants only).
   */
  defaultAccess: 'none' | 'read' | 'upload';
}

export interface ConfigFlags {
  data?: string | undefined;
  ocrLanguages?: string | undefined;
}

function parseLanguages(raw: string): 'auto' | string[] {
  if (raw.trim() === '' || raw.trim() === 'auto') return 'auto';
  const langs = raw.split(/[+,\s]+/).filter(Boolean);
  for (const l of langs)
    if (!/^[a-z]{3}$/.test(l))
      throw new Error(`OCR language "${l}" is not a tesseract language code (e.g. rus, eng)`);
  return langs;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

function publicUrlFromEnv(): string | undefined {
  const raw = process.env.CASEFILE_PUBLIC_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`CASEFILE_PUBLIC_URL must be an http(s) URL, got "${raw}"`);
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.search ||
    url.hash ||
    url.username ||
    url.password
  ) {
    throw new Error(
      `CASEFILE_PUBLIC_URL must be an http(s) URL without query, fragment or credentials, got "${raw}"`,
    );
  }
  return url.href.replace(/\/$/, '');
}

function defaultAccessFromEnv(): 'none' | 'read' | 'upload' {
  const raw = process.env.CASEFILE_DEFAULT_COLLECTION_ACCESS;
  if (raw === undefined || raw === '') return 'upload';
  if (raw === 'none' || raw === 'read' || raw === 'upload') return raw;
  throw new Error(`CASEFILE_DEFAULT_COLLECTION_ACCESS is one of none, read, upload, got "${raw}"`);
}

export function loadConfig(flags: ConfigFlags = {}): Config {
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
      extractMemoryMb: intFromEnv('CASEFILE_EXTRACT_MEMORY_MB', 1024),
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
function ocrEngineFromEnv(value: string | undefined): 'auto' | 'native' | 'wasm' {
  if (!value || value === 'auto') return 'auto';
  if (value === 'native' || value === 'wasm') return value;
  throw new Error(`CASEFILE_OCR_ENGINE must be auto, native or wasm, not ${JSON.stringify(value)}`);
}
