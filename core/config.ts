// Configuration: command-line flags win over environment variables, which win over defaults.
import path from 'node:path';
import os from 'node:os';

export interface Limits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Documents with more pages than this fail with a clear error instead of tying up a worker. */
  maxPages: number;
}

export interface Config {
  /** Data directory: originals, page images, the embedded database. */
  dataDir: string;
  /** PostgreSQL URL; when absent the embedded PGlite database in the data directory is used. */
  databaseUrl: string | undefined;
  /** Concurrent ingest jobs in one process. */
  concurrency: number;
  limits: Limits;
}

export interface ConfigFlags {
  data?: string | undefined;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

export function loadConfig(flags: ConfigFlags = {}): Config {
  const dataDir = path.resolve(flags.data ?? process.env.CASEFILE_DATA ?? './casefile-data');
  return {
    dataDir,
    databaseUrl: process.env.DATABASE_URL || undefined,
    concurrency: intFromEnv('CASEFILE_CONCURRENCY', Math.max(1, os.availableParallelism())),
    limits: {
      maxFileBytes: intFromEnv('CASEFILE_MAX_FILE_BYTES', 512 * 1024 * 1024),
      maxPages: intFromEnv('CASEFILE_MAX_PAGES', 5000),
    },
  };
}
