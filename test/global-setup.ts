// Runs once before all test files: initialises one PGlite data directory (PostgreSQL's initdb, a few
// seconds of CPU each time) that the tests copy into every fresh data directory instead of running
// initdb again in each (test/backends.ts, seedPglite). The copy is the very directory PGlite leaves
// after its own initdb; Casefile's migrations still run on it at every first open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite data directory just after initdb, to copy (never to open). */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-pglite-template-'));
  const dir = path.join(root, 'pglite');
  const db = await PGlite.create(dir);
  await db.close();
  project.provide('pgliteTemplate', dir);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
