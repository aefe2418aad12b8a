// The two database backends every store test runs against: embedded PGlite, and a real PostgreSQL
// (CASEFILE_TEST_PG, by default the CI server at 127.0.0.1:5432, database `test`). Each test gets a
// fresh data directory and, on PostgreSQL, a fresh database that is dropped afterwards.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, inject } from 'vitest';
import { loadConfig, type Config } from '../core/config.js';
import { openArchive, type Archive } from '../store/archive.js';

const PG_ADMIN_URL = process.env.CASEFILE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Backend {
  name: 'pglite' | 'postgres';
  /** Creates a data directory (and database); returns the env for the CLI and a cleanup. */
  create(): Promise<{ dataDir: string; databaseUrl: string | undefined; cleanup(): Promise<void> }>;
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export function tempDir(prefix = 'casefile-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Gives a data directory that has no PGlite database yet the one test/global-setup.ts initialised
 * (a copy of the directory PGlite's initdb leaves), so the first open runs Casefile's migrations on
 * it without running initdb again. Does nothing when the directory already has a database, outside
 * vitest's run (no template provided), or with CASEFILE_TEST_INITDB=1 (every data directory then
 * runs its own initdb, as before).
 */
export function seedPglite(dataDir: string): void {
  const target = path.join(dataDir, 'pglite');
  if (process.env.CASEFILE_TEST_INITDB === '1' || fs.existsSync(target)) return;
  let template: string | undefined;
  try {
    template = inject('pgliteTemplate');
  } catch {
    return;
  }
  if (!template) return;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.cpSync(template, target, { recursive: true });
}

const pglite: Backend = {
  name: 'pglite',
  async create() {
    const dataDir = tempDir();
    seedPglite(dataDir);
    return {
      dataDir,
      databaseUrl: undefined,
      cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  },
};

const postgres: Backend = {
  name: 'postgres',
  async create() {
    const dataDir = tempDir();
    const name = `casefile_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    return {
      dataDir,
      databaseUrl: url.toString(),
      async cleanup() {
        fs.rmSync(dataDir, { recursive: true, force: true });
        const c = new pg.Client({ connectionString: PG_ADMIN_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  },
};

/**
 * The backends to test. PostgreSQL is required in CI (a missing server fails the run); on a developer
 * machine without it those tests are reported as skipped.
 */
export async function backends(): Promise<Backend[]> {
  if (await postgresReachable()) return [pglite, postgres];
  if (process.env.CI)
    throw new Error(
      `PostgreSQL is not reachable at ${PG_ADMIN_URL}; CI must run the PostgreSQL tests`,
    );
  return [pglite];
}

/**
 * Opens archives on `backend` for the tests of a describe block, each on a fresh data directory (and
 * database), closed and removed after each test. `config` is laid over the defaults.
 */
export function archivesOn(backend: Backend, config: Partial<Config> = {}): () => Promise<Archive> {
  const opened: Array<{ archive: Archive; cleanup: () => Promise<void> }> = [];
  afterEach(async () => {
    for (const o of opened.splice(0)) {
      await o.archive.close();
      await o.cleanup();
    }
  });
  return async () => {
    const created = await backend.create();
    const archive = await openArchive({
      ...loadConfig({ data: created.dataDir }),
      databaseUrl: created.databaseUrl,
      ...config,
    });
    opened.push({ archive, cleanup: created.cleanup });
    return archive;
  };
}
