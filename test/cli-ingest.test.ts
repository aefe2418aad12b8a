// The foundation slice through the real CLI, on both backends: ingest, duplicates, bad files, export, score.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, tempDir } from './backends.js';
import { runCli, runNode } from './cli.js';
import { corpusFiles, gold, goldPath, scorer, textPdf, writeFiles } from './fixtures.js';
import type { FileResult } from '../cli/ingest.js';

const list = await backends();
const textDocs = gold()
  .documents.filter((d) => d.render === 'born-digital' || d.render === 'text')
  .map((d) => path.join(corpusFiles, path.basename(d.file)));

function parseJsonLines(out: string): FileResult[] {
  return out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FileResult);
}

describe.each(list)('casefile ingest and export on $name', (backend) => {
  let env: Record<string, string | undefined>;
  let cleanup: () => Promise<void>;
  let work: string;

  beforeAll(async () => {
    const created = await backend.create();
    cleanup = created.cleanup;
    env = { CASEFILE_DATA: created.dataDir, DATABASE_URL: created.databaseUrl };
    work = tempDir('casefile-input-');
  });
  afterAll(async () => {
    await cleanup?.();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('ingests the born-digital and text documents, and the export scores CER ≤ 0.5% on them', async () => {
    const input = path.join(work, 'corpus');
    fs.mkdirSync(path.join(input, 'nested'), { recursive: true });
    // A directory with a nested folder, to show recursion.
    for (const [i, file] of textDocs.entries()) {
      fs.copyFileSync(file, path.join(input, i % 2 ? 'nested' : '', path.basename(file)));
    }
    const run = await runCli(['ingest', '--json', input], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const results = parseJsonLines(run.stdout);
    expect(results).toHaveLength(textDocs.length);
    expect(results.every((r) => r.status === 'done')).toBe(true);
    const charge = results.find((r) => r.filename === '02-charge-ibrohimov.pdf');
    expect(charge).toMatchObject({
      pages: 2,
      textLayerPages: 2,
      ocrPages: 0,
      mediaType: 'application/pdf',
    });
    expect(charge?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const out = path.join(work, 'export.jsonl');
    const exported = await runCli(['export', '--out', out], env);
    expect(exported.code).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(textDocs.length);
    const first = JSON.parse(lines[0] ?? '{}');
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(['sha256', 'filename', 'pages', 'entities']),
    );

    const scored = await runNode(scorer, [out, goldPath, '--json']);
    const figures = JSON.parse(scored.stdout.trim().split('\n').pop() ?? '{}');
    expect(figures.cer['born-digital'].micro).toBeLessThanOrEqual(0.005);
    expect(figures.cer.text.micro).toBeLessThanOrEqual(0.005);
  });

  it('stores nothing new when the same files are ingested again, under any name', async () => {
    const again = path.join(work, 'again');
    fs.mkdirSync(again);
    const source = textDocs[0] ?? '';
    fs.copyFileSync(source, path.join(again, 'renamed-copy.pdf'));
    const before = fs.readdirSync(path.join(env.CASEFILE_DATA ?? '', 'originals'), {
      recursive: true,
    }).length;
    const run = await runCli(['ingest', path.join(work, 'corpus'), again], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `${textDocs.length + 1} files: 0 done, ${textDocs.length + 1} duplicate, 0 failed`,
      ),
    );
    expect(run.stdout).toMatch(
      /duplicate {2}.*renamed-copy\.pdf: already stored as .*nothing new stored/,
    );
    const after = fs.readdirSync(path.join(env.CASEFILE_DATA ?? '', 'originals'), {
      recursive: true,
    }).length;
    expect(after).toBe(before);
    const exported = await runCli(['export'], env);
    expect(exported.stdout.trim().split('\n')).toHaveLength(textDocs.length);
  });

  it('records a clear error for a corrupt PDF and an empty file while the rest succeed, and exits non-zero', async () => {
    const bad = path.join(work, 'bad');
    const good = fs.readFileSync(path.join(corpusFiles, '12-news-przemysl-ruling.pdf'));
    writeFiles(bad, {
      'corrupt.pdf': good.subarray(0, Math.floor(good.length / 3)),
      'empty.txt': Buffer.alloc(0),
      'random.pdf': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)),
      'letter.txt': 'Письмо из СИЗО № 1, 14.10.2019.\n',
      'made.pdf': textPdf([
        'Decision of the Regional Court in Przemysl',
        'Second page of the decision',
      ]),
    });
    const run = await runCli(['ingest', '--json', bad], env);
    expect(run.code).toBe(1);
    const byName = new Map(parseJsonLines(run.stdout).map((r) => [r.filename, r]));
    expect(byName.get('corrupt.pdf')).toMatchObject({ status: 'failed' });
    expect(byName.get('corrupt.pdf')?.error).toMatch(/corrupt|truncated|unreadable/i);
    expect(byName.get('empty.txt')).toMatchObject({
      status: 'failed',
      error: 'empty file (0 bytes)',
    });
    expect(byName.get('random.pdf')).toMatchObject({
      status: 'failed',
      error: 'unsupported file type: unrecognised binary data',
    });
    expect(byName.get('letter.txt')).toMatchObject({ status: 'done', pages: 1, textLayerPages: 1 });
    expect(byName.get('made.pdf')).toMatchObject({ status: 'done', pages: 2, textLayerPages: 2 });

    // The errors are stored against the files, and shown in the export.
    const exported = await runCli(['export'], env);
    const docs = exported.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            filename: string;
            status: string;
            error: string | null;
            pages: Array<{ text: string }>;
          },
      );
    const corrupt = docs.find((d) => d.filename === 'corrupt.pdf');
    expect(corrupt).toMatchObject({ status: 'failed' });
    expect(corrupt?.error).toMatch(/corrupt|truncated|unreadable/i);
    expect(docs.find((d) => d.filename === 'made.pdf')?.pages.map((p) => p.text)).toEqual([
      'Decision of the Regional Court in Przemysl',
      'Second page of the decision',
    ]);
  });

  it('prints a readable summary with reasons when not in --json mode', async () => {
    const dir = path.join(work, 'summary');
    writeFiles(dir, {
      'broken.pdf': '%PDF-1.7\nnot really a PDF\n',
      'note.txt': 'Kharkiv, 17 January 2018.',
    });
    const run = await runCli(['ingest', dir], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/failed {5}.*broken\.pdf: (corrupt|unreadable)/);
    expect(run.stdout).toMatch(/done {7}.*note\.txt: 1 page \(1 text layer, 0 OCR\)/);
    expect(run.stdout).toMatch(/2 files: 1 done, 0 duplicate, 1 failed/);
  });
});
