// Crash safety: the real server is killed with SIGKILL at random moments (during uploads, reading,
// OCR, extraction, indexing) over many rounds and started again; in the end every upload it
// acknowledged is one document, done, with all its pages, its original intact, one finished job, and
// exactly its pages in the search index. The seed is printed; CASEFILE_KILL_SEED=<seed> replays a run.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { faker } from '@faker-js/faker';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { documents, jobs, pages } from '../schema/tables.js';
import { startEngine } from '../search/engine.js';
import { client, INDEX_UID, type PageDoc } from '../search/pages-index.js';
import { openArchive } from '../store/archive.js';
import { tempDir } from './backends.js';
import { startServe, type RunningServer } from './cli.js';
import { textPdf } from './fixtures.js';

interface TestFile {
  name: string;
  bytes: Buffer;
  sha256: string;
  pages: number;
  /** Read by OCR (no usable text layer), so kills land during recognition too. */
  ocr: boolean;
}

const ROUNDS = 10;

/** Processes running a search engine on this database (Linux: their command lines name it). */
function enginesOn(dbPath: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').includes(dbPath);
      } catch {
        return false;
      }
    })
    .map(Number);
}
const seed = Number(process.env.CASEFILE_KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** A PDF page whose only text is too short to count as a text layer: it goes to OCR. */
async function ocrPdf(n: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.addPage([240, 90]).drawText(`Case ${n}`, { x: 24, y: 36, size: 26, font });
  return Buffer.from(await doc.save());
}

async function makeFiles(): Promise<TestFile[]> {
  const files: Array<Omit<TestFile, 'sha256'>> = [];
  for (let i = 0; i < 24; i++) {
    const pagesText = Array.from(
      { length: 1 + (i % 3) },
      (_, p) => `Protocol ${i}, sheet ${p + 1}: ${faker.lorem.sentence(12)} Marker K${i}P${p + 1}.`,
    );
    files.push({
      name: `note-${i}.txt`,
      bytes: Buffer.from(pagesText.join('\f')),
      pages: pagesText.length,
      ocr: false,
    });
  }
  for (let i = 0; i < 10; i++) {
    const pagesText = Array.from(
      { length: 1 + (i % 4) },
      (_, p) => `Register ${i}, page ${p + 1}: crossing of ${faker.person.lastName()} recorded.`,
    );
    files.push({
      name: `register-${i}.pdf`,
      bytes: textPdf(pagesText),
      pages: pagesText.length,
      ocr: false,
    });
  }
  for (let i = 0; i < 4; i++)
    files.push({ name: `scan-${i}.pdf`, bytes: await ocrPdf(100 + i), pages: 1, ocr: true });
  return files.map((f) => ({ ...f, sha256: createHash('sha256').update(f.bytes).digest('hex') }));
}

describe('kill -9 at random moments', () => {
  const work = tempDir('casefile-kill-');
  const dataDir = path.join(work, 'data');
  // Kills are deliberate here: a file is not to be given up for being in hand when they land.
  const env = {
    CASEFILE_DATA: dataDir,
    CASEFILE_CONCURRENCY: '2',
    CASEFILE_OCR_WORKERS: '1',
    CASEFILE_OCR_LANGUAGES: 'eng',
    CASEFILE_JOB_ATTEMPTS: '100',
  };
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.kill('group').catch(() => undefined);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it(`loses and duplicates nothing acknowledged (seed ${seed})`, async () => {
    process.stdout.write(`kill test seed: ${seed} (CASEFILE_KILL_SEED=${seed} replays it)\n`);
    faker.seed(seed);
    const files = await makeFiles();
    const bySha = new Map(files.map((f) => [f.sha256, f]));
    const pending = faker.helpers.shuffle([...files]);
    /** SHA-256 → document id, for every file the server acknowledged. */
    const acknowledged = new Map<string, number>();
    let token = '';

    const upload = async (base: string, batch: TestFile[]): Promise<void> => {
      const form = new FormData();
      for (const f of batch) form.append('file', new Blob([new Uint8Array(f.bytes)]), f.name);
      const res = await fetch(`${base}/api/documents`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        files: Array<{ id: number; sha256: string; status: string }>;
      };
      for (const r of body.files) {
        expect(['queued', 'duplicate']).toContain(r.status);
        acknowledged.set(r.sha256, r.id);
        const i = pending.findIndex((f) => f.sha256 === r.sha256);
        if (i >= 0) pending.splice(i, 1);
      }
    };
    // Uploads until the server dies under it; a request cut off by the kill was not acknowledged.
    const uploader = async (base: string, dead: { value: boolean }) => {
      while (!dead.value && pending.length > 0) {
        const batch = pending.slice(0, faker.number.int({ min: 1, max: 2 }));
        try {
          await upload(base, batch);
        } catch (err) {
          if (!dead.value) throw err;
        }
        // Paced, so uploads go on over several rounds and kills land mid-upload more than once.
        await new Promise((r) => setTimeout(r, faker.number.int({ min: 50, max: 700 })));
      }
    };

    for (let round = 1; round <= ROUNDS; round++) {
      const t0 = Date.now();
      server = await startServe(env, { ownGroup: true });
      if (round === 1) token = /API token: (\S+)/.exec(server.output())![1]!;
      // One search engine on the data directory's index: none left running by the server killed before.
      expect(enginesOn(path.join(dataDir, 'meili')), `round ${round}, seed ${seed}`).toHaveLength(
        1,
      );
      process.stdout.write(
        `round ${round}: started in ${Date.now() - t0} ms, ${pending.length} to upload\n`,
      );
      const dead = { value: false };
      const uploading = uploader(server.base, dead);
      // From at once (mid-upload) to a few seconds in (reading, OCR, extraction, indexing; the first
      // document after a start also pays for loading the extraction data).
      await new Promise((r) => setTimeout(r, faker.number.int({ min: 0, max: 4000 })));
      dead.value = true;
      // Sometimes the server alone, leaving its search engine orphaned, as an OOM kill would.
      await server.kill(faker.datatype.boolean() ? 'group' : 'process');
      await uploading;
    }

    // The last start: whatever is left is uploaded, and everything acknowledged is finished.
    server = await startServe(env, { ownGroup: true });
    while (pending.length > 0) await upload(server.base, pending.slice(0, 3));
    expect(acknowledged.size).toBe(files.length);
    const deadline = Date.now() + 120_000;
    for (const id of acknowledged.values()) {
      for (;;) {
        const doc = (await (
          await fetch(`${server.base}/api/documents/${id}`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).json()) as { status: string };
        if (doc.status === 'done' || doc.status === 'failed' || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    await server.stop();
    server = undefined;
    expect(enginesOn(path.join(dataDir, 'meili'))).toEqual([]);

    const archive = await openArchive(loadConfig({ data: dataDir }));
    const engine = await startEngine(dataDir);
    try {
      const docs = await archive.db.select().from(documents);
      // Exactly the acknowledged files (by content), each once.
      expect(docs.map((d) => d.sha256).sort(), `seed ${seed}`).toEqual(
        [...acknowledged.keys()].sort(),
      );
      for (const d of docs) {
        const f = bySha.get(d.sha256)!;
        expect(
          {
            id: d.id,
            status: d.status,
            error: d.error,
            pageCount: d.pageCount,
            pagesDone: d.pagesDone,
          },
          `${f.name}, seed ${seed}`,
        ).toEqual({
          id: acknowledged.get(d.sha256),
          status: 'done',
          error: null,
          pageCount: f.pages,
          pagesDone: f.pages,
        });
        // The original is there, whole and unchanged.
        expect(
          createHash('sha256')
            .update(fs.readFileSync(archive.originals.pathFor(d.sha256)))
            .digest('hex'),
        ).toBe(d.sha256);
      }
      const pageRows = await archive.db.select().from(pages);
      for (const d of docs) {
        const f = bySha.get(d.sha256)!;
        const own = pageRows.filter((p) => p.documentId === d.id).sort((a, b) => a.page - b.page);
        expect(
          own.map((p) => [p.page, p.status, p.method]),
          `${f.name}, seed ${seed}`,
        ).toEqual(
          Array.from({ length: f.pages }, (_, i) => [i + 1, 'done', f.ocr ? 'ocr' : 'text-layer']),
        );
        if (!f.ocr)
          own.forEach((p) =>
            expect(p.text).toContain(
              `${f.name.startsWith('note') ? 'Protocol' : 'Register'} ${/\d+/.exec(f.name)![0]}`,
            ),
          );
      }
      // One job per document, finished.
      const jobRows = await archive.db.select().from(jobs);
      expect(jobRows.map((j) => [j.documentId, j.status]).sort(), `seed ${seed}`).toEqual(
        docs.map((d) => [d.id, 'done']).sort(),
      );
      // No upload cut off by a kill left its partial bytes behind.
      expect(fs.readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);

      // The index holds exactly the pages of the documents: none missing, none left over, none twice.
      const index = client(engine).index<PageDoc>(INDEX_UID);
      const indexed = await index.getDocuments({
        limit: 10_000,
        fields: ['id', 'documentId', 'page', 'sha256', 'text'],
      });
      const expected = docs
        .flatMap((d) =>
          Array.from({ length: bySha.get(d.sha256)!.pages }, (_, i) => `${d.id}-${i + 1}`),
        )
        .sort();
      expect(indexed.results.map((r) => r.id).sort(), `seed ${seed}`).toEqual(expected);
      for (const r of indexed.results) {
        const row = pageRows.find((p) => p.documentId === r.documentId && p.page === r.page)!;
        expect(r.text, `${r.id}, seed ${seed}`).toBe(row.text);
      }
    } finally {
      await engine.stop();
      await archive.close();
    }
  }, 300_000);
});
