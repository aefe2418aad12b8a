// The configurable limits, each tested as a limit: upload size (413, nothing kept), pages per document,
// pixels per image, OCR time per page, jobs at once, OCR workers recycled; and a 2,000-page document
// under the default page limit, stored and searchable page by page.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, PDFRawStream, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { intake } from '../ingest/intake/intake.js';
import { prepareTessdata } from '../ingest/ocr/languages.js';
import { OcrPool } from '../ingest/ocr/pool.js';
import { toPgm } from '../ingest/ocr/raster.js';
import { runWorkers } from '../ingest/worker.js';
import { startEngine } from '../search/engine.js';
import { client, INDEX_UID } from '../search/pages-index.js';
import { searchPages } from '../search/query.js';
import { openArchive } from '../store/archive.js';
import { getDocumentByFilename, getPages, listDocuments, pageList } from '../store/documents.js';
import { jobCount, pendingJobCount } from '../store/jobs.js';
import type { FileResult } from '../cli/ingest.js';
import { seedPglite, tempDir } from './backends.js';
import { runCli, startServe } from './cli.js';
import { registerPdf, textPdf, writeFiles } from './fixtures.js';

const work = tempDir('casefile-limits-');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const results = (out: string) =>
  new Map(
    out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as FileResult)
      .map((r) => [r.filename, r]),
  );

/** Uploads over a served archive's API with its printed token, and waits for a document to settle. */
function apiOf(server: { base: string; output: () => string }) {
  const token = /API token: (\S+)/.exec(server.output())![1]!;
  const headers = { authorization: `Bearer ${token}` };
  const upload = async (name: string, content: Uint8Array | string) => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([typeof content === 'string' ? content : new Uint8Array(content)]),
      name,
    );
    const res = await fetch(`${server.base}/api/documents`, {
      method: 'POST',
      body: form,
      headers,
    });
    return ((await res.json()) as { files: Array<{ id: number }> }).files[0]!.id;
  };
  const settled = async (id: number) => {
    for (;;) {
      const doc = (await (
        await fetch(`${server.base}/api/documents/${id}`, { headers })
      ).json()) as { status: string; error: string | null };
      if (doc.status === 'done' || doc.status === 'failed') return doc;
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  return { headers, upload, settled };
}

/** Page 1 has a text layer; page 2 only a few letters, so it goes to OCR. */
async function mixedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc
    .addPage([400, 200])
    .drawText('The first page has a text layer long enough to be read as it is.', {
      x: 20,
      y: 100,
      size: 10,
      font,
    });
  doc.addPage([200, 100]).drawText('Case 7', { x: 20, y: 40, size: 24, font });
  return Buffer.from(await doc.save());
}

describe('limits', () => {
  it('refuses documents over the page limit, images over the pixel limit, and stops OCR of a page over its time limit', async () => {
    const input = path.join(work, 'limits-input');
    writeFiles(input, {
      'six-pages.pdf': await registerPdf(6),
      'five-pages.pdf': await registerPdf(5),
      'large.png': await sharp({
        create: { width: 1200, height: 1000, channels: 3, background: '#ffffff' },
      })
        .png()
        .toBuffer(),
      'small.png': await sharp({
        create: { width: 300, height: 200, channels: 3, background: '#ffffff' },
      })
        .png()
        .toBuffer(),
      'mixed.pdf': await mixedPdf(),
      'note.txt': 'A note that is read while the OCR of another file is stopped.',
    });
    const data = path.join(work, 'limits-data');
    const env = {
      CASEFILE_DATA: data,
      CASEFILE_SEARCH: 'off',
      CASEFILE_MAX_PAGES: '5',
      CASEFILE_MAX_PIXELS: '1000000',
      CASEFILE_OCR_PAGE_TIMEOUT_MS: '1',
      CASEFILE_OCR_LANGUAGES: 'eng',
      CASEFILE_OCR_WORKERS: '1',
    };
    const run = await runCli(['ingest', input, '--json'], env);
    expect(run.code).toBe(1);
    const r = results(run.stdout);
    expect(r.get('six-pages.pdf')).toMatchObject({
      status: 'failed',
      error: 'document has 6 pages, more than the limit of 5',
    });
    expect(r.get('five-pages.pdf')).toMatchObject({ status: 'done', pages: 5, error: null });
    expect(r.get('large.png')).toMatchObject({
      status: 'failed',
      error:
        'image is 1200×1000 pixels (1,200,000), over the limit of 1,000,000 pixels (a decompression bomb?)',
    });
    expect(r.get('small.png')).toMatchObject({ status: 'done', pages: 1 });
    expect(r.get('note.txt')).toMatchObject({ status: 'done', pages: 1, error: null });
    // The page over the OCR time limit is failed with its reason; the document's other page is read.
    expect(r.get('mixed.pdf')).toMatchObject({
      status: 'done',
      pages: 2,
      textLayerPages: 1,
      error: "1 page could not be read by OCR (see the pages' errors)",
    });
    const archive = await openArchive(loadConfig({ data }));
    try {
      const mixed = await getDocumentByFilename(archive.db, 'mixed.pdf');
      const rows = await getPages(archive.db, mixed!.id);
      expect(rows.map((p) => [p.page, p.status, p.method, p.error])).toEqual([
        [1, 'done', 'text-layer', null],
        [2, 'failed', null, 'OCR of the page took longer than the limit of 1 ms and was stopped'],
      ]);
    } finally {
      await archive.close();
    }
  }, 180_000);

  it('answers an upload over the size limit with 413 and keeps nothing of that file', async () => {
    const data = path.join(work, 'upload-data');
    const server = await startServe({
      CASEFILE_DATA: data,
      CASEFILE_SEARCH: 'off',
      CASEFILE_MAX_FILE_BYTES: '4096',
    });
    try {
      const token = /API token: (\S+)/.exec(server.output())![1]!;
      const big = Buffer.alloc(10_000, 'a');
      const form = new FormData();
      form.append('file', new Blob(['A small note under the limit.']), 'small.txt');
      form.append('file', new Blob([new Uint8Array(big)]), 'big.txt');
      const res = await fetch(`${server.base}/api/documents`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(413);
      const body = (await res.json()) as {
        error: string;
        files: Array<{ filename: string; status: string; error?: string }>;
      };
      expect(body.error).toBe('a file is larger than the limit of 4096 bytes');
      expect(body.files.map((f) => [f.filename, f.status, f.error])).toEqual([
        ['small.txt', 'queued', undefined],
        ['big.txt', 'failed', 'file is larger than the limit of 4096 bytes'],
      ]);
      const bigSha = createHash('sha256').update(big).digest('hex');
      expect(
        fs.existsSync(path.join(data, 'originals', bigSha.slice(0, 2), bigSha.slice(2, 4), bigSha)),
      ).toBe(false);
      expect(fs.readdirSync(path.join(data, 'tmp'))).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('fails a PDF whose page content decompresses past CASEFILE_MAX_CONTENT_BYTES, and reads one under it', async () => {
    // A page whose FlateDecode content stream is a few kilobytes that inflate to 8 MiB (of spaces);
    // the limit is 1 MiB, as the default 128 MiB is to a stream of gigabytes.
    const bomb = await PDFDocument.create();
    const page = bomb.addPage([400, 200]);
    page.node.set(
      PDFName.of('Contents'),
      bomb.context.register(bomb.context.flateStream(Buffer.alloc(8 * 1024 * 1024, ' '))),
    );
    const dir = path.join(work, 'bomb');
    writeFiles(dir, {
      'inflated.pdf': Buffer.from(await bomb.save({ useObjectStreams: false })),
      'ordinary.pdf': textPdf([
        'An ordinary page with a text layer long enough to be read as it is.',
      ]),
    });
    const run = await runCli(['ingest', dir, '--json'], {
      CASEFILE_DATA: path.join(work, 'bomb-data'),
      CASEFILE_SEARCH: 'off',
      CASEFILE_MAX_CONTENT_BYTES: String(1024 * 1024),
    });
    const byName = results(run.stdout);
    expect(byName.get('inflated.pdf')).toMatchObject({
      status: 'failed',
      error:
        'page 1: its content and fonts decompress to more than 1 MiB, over the limit (a decompression bomb?)',
    });
    expect(byName.get('ordinary.pdf')).toMatchObject({ status: 'done' });
  }, 120_000);

  it('fails a PDF whose embedded font decompresses past CASEFILE_MAX_CONTENT_BYTES, or whose image is too large to decode in CASEFILE_PDF_MEMORY_MB', async () => {
    // pdfjs holds a font program and a decoded image outside the JS heap the threads' memory limit
    // counts: a 1 MB file with a font inflating to 1 GiB took 3 GB. Scaled down here: a font of a
    // few kilobytes inflating to 8 MiB against a 1 MiB limit, and an image of 4000×4000 pixels (a few
    // kilobytes of zeros) against the images a 160 MB thread may decode.
    const withFont = async (fontBytes: number) => {
      const doc = await PDFDocument.create();
      const ctx = doc.context;
      const page = doc.addPage([400, 200]);
      const descriptor = ctx.obj({
        Type: 'FontDescriptor',
        FontName: 'Invented',
        Flags: 32,
        FontBBox: [0, 0, 1000, 1000],
        ItalicAngle: 0,
        Ascent: 800,
        Descent: -200,
        CapHeight: 700,
        StemV: 80,
        FontFile2: ctx.register(ctx.flateStream(Buffer.alloc(fontBytes))),
      });
      const font = ctx.obj({
        Type: 'Font',
        Subtype: 'TrueType',
        BaseFont: 'Invented',
        FirstChar: 32,
        LastChar: 126,
        Widths: Array<number>(95).fill(500),
        FontDescriptor: ctx.register(descriptor),
      });
      page.node.set(
        PDFName.of('Resources'),
        ctx.obj({ Font: ctx.obj({ F1: ctx.register(font) }) }),
      );
      page.node.set(
        PDFName.of('Contents'),
        ctx.register(
          ctx.flateStream(Buffer.from('BT /F1 12 Tf 10 50 Td (A line of text) Tj ET\n')),
        ),
      );
      return Buffer.from(await doc.save({ useObjectStreams: false }));
    };
    const withImage = async (side: number) => {
      const doc = await PDFDocument.create();
      const ctx = doc.context;
      const page = doc.addPage([400, 200]);
      const image = ctx.flateStream(Buffer.alloc(side * side), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: side,
        Height: side,
        ColorSpace: 'DeviceGray',
        BitsPerComponent: 8,
      });
      page.node.set(
        PDFName.of('Resources'),
        ctx.obj({ XObject: ctx.obj({ Im1: ctx.register(image) }) }),
      );
      page.node.set(
        PDFName.of('Contents'),
        ctx.register(ctx.flateStream(Buffer.from('q 100 0 0 100 10 10 cm /Im1 Do Q\n'))),
      );
      return Buffer.from(await doc.save({ useObjectStreams: false }));
    };
    // A JPEG whose dictionary says 100×100 pixels while the JPEG itself is 4000×4000: pdfjs decodes
    // the JPEG's own size.
    const withJpeg = async (side: number) => {
      const doc = await PDFDocument.create();
      const ctx = doc.context;
      const page = doc.addPage([400, 200]);
      const jpeg = await sharp({
        create: { width: side, height: side, channels: 3, background: '#ffffff' },
      })
        .jpeg({ quality: 10 })
        .toBuffer();
      const image = PDFRawStream.of(
        ctx.obj({
          Type: 'XObject',
          Subtype: 'Image',
          Width: 100,
          Height: 100,
          ColorSpace: 'DeviceRGB',
          BitsPerComponent: 8,
          Filter: 'DCTDecode',
          Length: jpeg.length,
        }),
        jpeg,
      );
      page.node.set(
        PDFName.of('Resources'),
        ctx.obj({ XObject: ctx.obj({ Im1: ctx.register(image) }) }),
      );
      page.node.set(
        PDFName.of('Contents'),
        ctx.register(ctx.flateStream(Buffer.from('q 100 0 0 100 10 10 cm /Im1 Do Q\n'))),
      );
      return Buffer.from(await doc.save({ useObjectStreams: false }));
    };
    const dir = path.join(work, 'native');
    writeFiles(dir, {
      'font-inflated.pdf': await withFont(8 * 1024 * 1024),
      'font-ordinary.pdf': await withFont(64 * 1024),
      'image-large.pdf': await withImage(4000),
      'image-ordinary.pdf': await withImage(800),
      'jpeg-large.pdf': await withJpeg(4000),
      'jpeg-ordinary.pdf': await withJpeg(800),
      // A page of 1300 points square with a few letters: OCR would render it at 300 dpi, 29 million
      // pixels of canvas, more than such a thread may hold.
      'page-large.pdf': await (async () => {
        const doc = await PDFDocument.create();
        const font = await doc.embedFont(StandardFonts.Helvetica);
        doc.addPage([1300, 1300]).drawText('Case 7', { x: 20, y: 40, size: 24, font });
        return Buffer.from(await doc.save());
      })(),
    });
    const run = await runCli(['ingest', dir, '--json'], {
      CASEFILE_DATA: path.join(work, 'native-data'),
      CASEFILE_SEARCH: 'off',
      CASEFILE_OCR_LANGUAGES: 'eng',
      CASEFILE_OCR_WORKERS: '1',
      CASEFILE_MAX_CONTENT_BYTES: String(1024 * 1024),
      CASEFILE_PDF_MEMORY_MB: '160',
    });
    const byName = results(run.stdout);
    expect(byName.get('font-inflated.pdf')).toMatchObject({
      status: 'failed',
      error:
        'page 1: its content and fonts decompress to more than 1 MiB, over the limit (a decompression bomb?)',
    });
    expect(byName.get('image-large.pdf')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(
        /^page 1: an image of 4000×4000 pixels is more than a PDF thread of 160 MB can decode \(at most [\d,]+ pixels; CASEFILE_PDF_MEMORY_MB\)/,
      ),
    });
    expect(byName.get('jpeg-large.pdf')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(
        /^page 1: an image of 4000×4000 pixels is more than a PDF thread/,
      ),
    });
    expect(byName.get('jpeg-ordinary.pdf')).toMatchObject({ status: 'done' });
    expect(byName.get('page-large.pdf')).toMatchObject({
      status: 'done',
      error: "1 page could not be read by OCR (see the pages' errors)",
    });
    expect(byName.get('font-ordinary.pdf')).toMatchObject({ status: 'done' });
    expect(byName.get('image-ordinary.pdf')).toMatchObject({ status: 'done' });
  }, 180_000);

  it('parses and renders a PDF too heavy to render in a thread with a memory limit: its page fails, its page image answers 422, the server keeps serving', async () => {
    // A page whose content stream is 24 MiB of line drawing (under the content limit, a few kilobytes
    // in the file): reading its text layer goes through, rendering it needs more than the PDF threads' heap.
    const heavy = await PDFDocument.create();
    const page = heavy.addPage([400, 200]);
    const op = Buffer.from('1 1 m 2 2 l S\n');
    const content = Buffer.alloc(24 * 1024 * 1024);
    for (let i = 0; i + op.length <= content.length; i += op.length) op.copy(content, i);
    page.node.set(
      PDFName.of('Contents'),
      heavy.context.register(heavy.context.flateStream(content)),
    );
    const data = path.join(work, 'heavy-data');
    const server = await startServe({
      CASEFILE_DATA: data,
      CASEFILE_SEARCH: 'off',
      CASEFILE_PDF_MEMORY_MB: '160',
      CASEFILE_OCR_LANGUAGES: 'eng',
      CASEFILE_OCR_WORKERS: '1',
    });
    try {
      const { headers, upload, settled } = apiOf(server);
      const id = await upload('heavy.pdf', await heavy.save({ useObjectStreams: false }));
      // The page's text layer is read (empty), its OCR rendering fails alone with the thread's reason.
      expect(await settled(id)).toMatchObject({
        status: 'done',
        error: "1 page could not be read by OCR (see the pages' errors)",
      });
      const image = await fetch(`${server.base}/api/documents/${id}/pages/1/image`, { headers });
      expect(image.status).toBe(422);
      expect(((await image.json()) as { error: string }).error).toMatch(
        /^page 1: parsing or rendering (needed more than 160 MB of memory|took longer than \d+ s) and was stopped/,
      );
      expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
      // The next upload is read, by the same server process.
      const note = await upload(
        'after.pdf',
        textPdf(['A page uploaded after the heavy one, long enough to be read as its text layer.']),
      );
      expect(await settled(note)).toMatchObject({ status: 'done', error: null });
      // Peak memory of the server process (its threads included) stayed bounded.
      const peakKb = Number(
        /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1],
      );
      expect(peakKb).toBeLessThan(1.5 * 1024 * 1024);
    } finally {
      await server.stop();
    }
  }, 240_000);

  it('extracts entities in a thread with a memory limit: a document over it fails alone with that reason, the server keeps serving', async () => {
    // At 32 MB no extraction fits (the extractors' tables alone need more): each document's thread
    // ends at its limit, the document fails with the reason, and the next one gets a fresh thread.
    const data = path.join(work, 'extract-memory-data');
    const server = await startServe({
      CASEFILE_DATA: data,
      CASEFILE_SEARCH: 'off',
      CASEFILE_EXTRACT_MEMORY_MB: '32',
    });
    try {
      const { headers, upload, settled } = apiOf(server);
      const reason =
        'extracting entities needed more than 32 MB of memory and was stopped (CASEFILE_EXTRACT_MEMORY_MB)';
      const first = await upload('ferry-log.txt', 'Marisol Quenby boarded the ferry at Tarnwick.');
      expect(await settled(first)).toEqual(
        expect.objectContaining({ status: 'failed', error: reason }),
      );
      expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
      const second = await upload(
        'mill-note.txt',
        'Idris Pellworth signed for the mill at Holtbury.',
      );
      expect(await settled(second)).toEqual(
        expect.objectContaining({ status: 'failed', error: reason }),
      );
      // The same server process answers, and serves what the failed document kept (its original).
      expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
      const original = await fetch(`${server.base}/api/documents/${first}/original`, { headers });
      expect(original.status).toBe(200);
      expect(await original.text()).toContain('Marisol Quenby');
      expect(fs.existsSync(`/proc/${server.pid}`)).toBe(true);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('never runs more jobs at once than CASEFILE_CONCURRENCY', async () => {
    const data = path.join(work, 'concurrency-data');
    seedPglite(data);
    const archive = await openArchive({
      ...loadConfig({ data }),
      concurrency: 2,
      search: false,
    });
    try {
      for (let i = 0; i < 8; i++)
        await intake(
          archive,
          Readable.from([Buffer.from(`Note ${i}: the crossing at Medyka on ${i + 1} March 2018.`)]),
          { filename: `note-${i}.txt` },
        );
      let running = 0;
      let most = 0;
      const started: number[] = [];
      await runWorkers(archive, {
        concurrency: archive.config.concurrency,
        pollMs: 50,
        stopWhenIdle: async () => (await pendingJobCount(archive.db)) === 0,
        onJobStart: (id) => {
          started.push(id);
          most = Math.max(most, ++running);
        },
        onJobEnd: () => running--,
      });
      expect(started.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      // Both slots worked side by side, and never a third.
      expect(most).toBe(2);
      expect(await jobCount(archive.db, 'done', 1)).toBe(8);
    } finally {
      await archive.close();
    }
  });

  it('replaces an OCR worker after CASEFILE_OCR_RECYCLE_AFTER pages', async () => {
    const tessdataDir = prepareTessdata(path.join(work, 'tessdata'), ['eng'], 'npm');
    const pool = new OcrPool({ size: 1, tessdataDir, recycleAfter: 2, pageTimeoutMs: 60_000 });
    try {
      const raster = await sharp({
        create: { width: 200, height: 60, channels: 3, background: '#ffffff' },
      })
        .greyscale()
        .raw()
        .toBuffer();
      for (let i = 0; i < 5; i++)
        await pool.recognize(toPgm({ data: raster, width: 200, height: 60 }), ['eng']);
      // Five pages, two per worker: the first worker and two that replaced a worker after its two pages.
      expect(pool.stats).toEqual({ started: 3, recycled: 2 });
    } finally {
      await pool.close();
    }
  });

  it('stores and indexes every page of a 2,000-page document', async () => {
    const data = path.join(work, 'register-data');
    writeFiles(path.join(work, 'register'), { 'register-2000.pdf': await registerPdf(2000) });
    const run = await runCli(['ingest', path.join(work, 'register'), '--json'], {
      CASEFILE_DATA: data,
    });
    expect(results(run.stdout).get('register-2000.pdf')).toMatchObject({
      status: 'done',
      pages: 2000,
      textLayerPages: 2000,
      error: null,
    });
    const archive = await openArchive(loadConfig({ data }));
    const engine = await startEngine(data);
    try {
      const {
        documents: [doc],
      } = await listDocuments(archive.db);
      const rows = await pageList(archive.db, doc!.id);
      expect(
        rows
          .filter((p) => p.status === 'done')
          .map((p) => p.page)
          .sort((a, b) => a - b),
      ).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
      const meili = client(engine);
      expect(
        (await meili.index(INDEX_UID).getDocuments({ filter: `documentId = ${doc!.id}`, limit: 1 }))
          .total,
      ).toBe(2000);
      const found = await searchPages(meili, { q: 'crossing number 1999' });
      expect(found.hits[0]).toMatchObject({ documentId: doc!.id, page: 1999 });
    } finally {
      await engine.stop();
      await archive.close();
    }
  }, 240_000);
});
