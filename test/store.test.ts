// The store on both backends: migrations, content-addressed originals, duplicates, the job queue, the lock.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { intake } from '../ingest/intake/intake.js';
import { openArchive } from '../store/archive.js';
import { claimJob, completeJob, failJob, pendingJobCount } from '../store/jobs.js';
import { receipts } from '../schema/tables.js';
import { archivesOn, backends, tempDir } from './backends.js';
import { runCli } from './cli.js';

const list = await backends();

describe.each(list)('store on $name', (backend) => {
  const open = archivesOn(backend);

  it('stores an original once, read-only, under its SHA-256, and records every receipt', async () => {
    const archive = await open();
    const bytes = Buffer.from('Турсунова Гулноз Давроновна, 27.08.1990 года рождения');
    const a = await intake(archive, Readable.from([bytes]), { filename: 'a.txt' });
    const b = await intake(archive, Readable.from([bytes]), {
      filename: 'other-name.txt',
      sourceNote: 'second source',
    });
    expect(a.duplicate).toBe(false);
    expect(b).toMatchObject({ duplicate: true, documentId: a.documentId, sha256: a.sha256 });
    const stored = archive.originals.pathFor(a.sha256);
    expect(fs.readFileSync(stored)).toEqual(bytes);
    expect(fs.statSync(stored).mode & 0o222).toBe(0);
    expect(path.relative(archive.originals.root, stored)).toBe(
      `${a.sha256.slice(0, 2)}/${a.sha256.slice(2, 4)}/${a.sha256}`,
    );
    const rows = await archive.db.select().from(receipts);
    expect(rows.map((r) => [r.filename, r.duplicate])).toEqual([
      ['a.txt', false],
      ['other-name.txt', true],
    ]);
    expect(await pendingJobCount(archive.db)).toBe(1);
  });

  it('gives each job to one worker, retries with back-off, and fails for good after the last attempt', async () => {
    const archive = await open();
    const a = await intake(archive, Readable.from([Buffer.from('first')]), { filename: 'a.txt' });
    const b = await intake(archive, Readable.from([Buffer.from('second')]), { filename: 'b.txt' });
    const [j1, j2, j3] = await Promise.all([
      claimJob(archive.db, 'w1', 60_000),
      claimJob(archive.db, 'w2', 60_000),
      claimJob(archive.db, 'w3', 60_000),
    ]);
    const claimed = [j1, j2, j3].filter((j) => j !== undefined);
    expect(claimed.map((j) => j.documentId).sort()).toEqual([a.documentId, b.documentId].sort());
    const job = claimed[0]!;
    const owner = [j1, j2, j3].indexOf(job) + 1;
    // Another worker cannot complete a job it does not hold.
    expect(await completeJob(archive.db, job.id, 'intruder')).toBe(false);
    expect(await failJob(archive.db, job, `w${owner}`, 'temporary', true)).toBe('retry');
    // Back-off: not claimable right away.
    expect(await claimJob(archive.db, 'w4', 60_000)).toBeUndefined();
    expect(
      await failJob(
        archive.db,
        { ...job, attempts: job.maxAttempts },
        `w${owner}`,
        'still failing',
        true,
      ),
    ).toBe('failed');
  });

  it('re-claims a job whose worker died (lease expired)', async () => {
    const archive = await open();
    await intake(archive, Readable.from([Buffer.from('orphan')]), { filename: 'o.txt' });
    const first = await claimJob(archive.db, 'dead-worker', 1);
    expect(first).toBeDefined();
    await new Promise((r) => setTimeout(r, 20));
    const again = await claimJob(archive.db, 'live-worker', 60_000);
    expect(again).toMatchObject({ id: first?.id, attempts: 2 });
  });

  it('applies migrations again at every start without harm', async () => {
    const created = await backend.create();
    const config = { ...loadConfig({ data: created.dataDir }), databaseUrl: created.databaseUrl };
    const one = await openArchive(config);
    await intake(one, Readable.from([Buffer.from('kept')]), { filename: 'k.txt' });
    await one.close();
    const two = await openArchive(config);
    expect(await pendingJobCount(two.db)).toBe(1);
    await two.close();
    await created.cleanup();
  });
});

describe('embedded database lock', () => {
  it('makes a second process fail at once with a clear message', async () => {
    const dataDir = tempDir();
    const archive = await openArchive(loadConfig({ data: dataDir }));
    try {
      const started = Date.now();
      const run = await runCli(['export'], { CASEFILE_DATA: dataDir });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/data directory .* is in use by process \d+/);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await archive.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('takes over the lock of a process that died', async () => {
    const dataDir = tempDir();
    // A lock left by a process that no longer exists (pid far above any live one).
    fs.writeFileSync(
      path.join(dataDir, 'casefile.lock'),
      JSON.stringify({
        pid: 2 ** 22 + 7,
        host: (await import('node:os')).hostname(),
        since: 'then',
      }),
    );
    const run = await runCli(['export'], { CASEFILE_DATA: dataDir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
