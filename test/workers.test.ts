// Scale-out: two `casefile worker` processes against one PostgreSQL (and one shared data directory)
// process a batch together, and no job is taken twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { intake } from '../ingest/intake/intake.js';
import { jobs } from '../schema/tables.js';
import { openArchive } from '../store/archive.js';
import { pendingJobCount } from '../store/jobs.js';
import { backends } from './backends.js';
import { binPath } from './cli.js';

const postgres = (await backends()).find((b) => b.name === 'postgres');

describe.skipIf(!postgres)('two workers on one PostgreSQL', () => {
  const children: ChildProcess[] = [];
  let cleanup: (() => Promise<void>) | undefined;
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await cleanup?.();
  });

  it('share a batch and never take the same job', async () => {
    const created = await postgres!.create();
    cleanup = created.cleanup;
    const config = { ...loadConfig({ data: created.dataDir }), databaseUrl: created.databaseUrl };
    const archive = await openArchive(config);
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) {
      const text = `Протокол № ${i}: Турсунова Гулноз находилась в г. Харькове ${(i % 28) + 1}.01.2018.\n`;
      ids.push(
        (await intake(archive, Readable.from([Buffer.from(text)]), { filename: `note-${i}.txt` }))
          .documentId,
      );
    }
    const env = {
      ...process.env,
      DATABASE_URL: created.databaseUrl,
      CASEFILE_DATA: created.dataDir,
      CASEFILE_SEARCH: 'off',
      CASEFILE_CONCURRENCY: '2',
    };
    const outputs = ['', ''];
    for (const n of [0, 1]) {
      const child = spawn(process.execPath, [binPath, 'worker'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d: Buffer) => (outputs[n] += d.toString()));
      children.push(child);
    }
    const deadline = Date.now() + 120_000;
    while ((await pendingJobCount(archive.db, ids)) > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    expect(await pendingJobCount(archive.db, ids)).toBe(0);
    for (const c of children) {
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGTERM');
      await exited;
    }
    const processed = outputs.map((o) =>
      [...o.matchAll(/^document (\d+) done$/gm)].map((m) => Number(m[1])),
    );
    // Every document done once, by one worker or the other, never by both.
    expect([...processed[0]!, ...processed[1]!].sort((a, b) => a - b)).toEqual(ids);
    expect(processed[0]!.filter((id) => processed[1]!.includes(id))).toEqual([]);
    expect(processed[0]!.length).toBeGreaterThan(0);
    expect(processed[1]!.length).toBeGreaterThan(0);
    const rows = await archive.db.select().from(jobs);
    expect(rows.every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
    await archive.close();
  }, 180_000);
});
