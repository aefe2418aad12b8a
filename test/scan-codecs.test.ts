// Scanned PDFs whose page image is JPEG 2000 (JPXDecode) or JBIG2 (JBIG2Decode), as archival
// scanners and copiers write them, made here with real tools: the JPEG 2000 page by OpenJPEG's
// opj_compress and put in a PDF by img2pdf, the JBIG2 page's MMR (CCITT Group 4) data by libtiff's
// ppm2tiff, in a JBIG2 stream (a page information segment and one generic region) built here. Each
// page is read by OCR; an image whose own header declares more pixels than the limit (whatever the
// PDF's dictionary says) is refused before it is decoded, with that reason. Debian packages:
// libopenjp2-tools, img2pdf, libtiff-tools (scripts/install-system-deps.sh).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../cli/ingest.js';
import { loadConfig } from '../core/config.js';
import { openArchive } from '../store/archive.js';
import { getDocumentByFilename, getPages } from '../store/documents.js';
import { tempDir } from './backends.js';
import { runCli } from './cli.js';
import { writeFiles } from './fixtures.js';

const work = tempDir('casefile-codecs-');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const DPI = 200;

/** A page of invented lines, as 8-bit grey pixels. */
async function scannedLines(lines: string[]) {
  const width = 1600;
  const height = 140 + lines.length * 90;
  const text = lines
    .map(
      (l, i) =>
        `<text x="80" y="${120 + i * 90}" font-family="DejaVu Sans" font-size="52">${l}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${text}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { grey: data, width: info.width, height: info.height };
}

type Grey = Awaited<ReturnType<typeof scannedLines>>;

/** A JPEG 2000 file (JP2) of the page, by opj_compress (lossless). */
function jp2Of(page: Grey, name: string): string {
  const pgm = path.join(work, `${name}.pgm`);
  fs.writeFileSync(
    pgm,
    Buffer.concat([Buffer.from(`P5\n${page.width} ${page.height}\n255\n`), page.grey]),
  );
  const out = path.join(work, `${name}.jp2`);
  execFileSync('opj_compress', ['-i', pgm, '-o', out], { stdio: 'ignore' });
  return out;
}

/** The page's MMR data (CCITT Group 4, black is 1), by ppm2tiff, taken from its one strip. */
function mmrOf(page: Grey, name: string): Buffer {
  const rowBytes = Math.ceil(page.width / 8);
  const bits = Buffer.alloc(rowBytes * page.height);
  for (let y = 0; y < page.height; y++)
    for (let x = 0; x < page.width; x++)
      if (page.grey[y * page.width + x]! < 128) bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
  const pbm = path.join(work, `${name}.pbm`);
  fs.writeFileSync(pbm, Buffer.concat([Buffer.from(`P4\n${page.width} ${page.height}\n`), bits]));
  const tif = path.join(work, `${name}.tif`);
  execFileSync('ppm2tiff', ['-c', 'g4', '-r', String(page.height), pbm, tif], { stdio: 'ignore' });
  const t = fs.readFileSync(tif);
  // Little-endian classic TIFF (libtiff writes the machine's order): StripOffsets and StripByteCounts.
  expect(t.readUInt16LE(0)).toBe(0x4949);
  const ifd = t.readUInt32LE(4);
  const tags = new Map<number, number>();
  for (let i = 0; i < t.readUInt16LE(ifd); i++) {
    const e = ifd + 2 + i * 12;
    tags.set(
      t.readUInt16LE(e),
      t.readUInt16LE(e + 2) === 3 ? t.readUInt16LE(e + 8) : t.readUInt32LE(e + 8),
    );
  }
  expect(tags.get(259)).toBe(4); // CCITT Group 4
  return t.subarray(tags.get(273)!, tags.get(273)! + tags.get(279)!);
}

/** A JBIG2 stream as a PDF embeds it: a page information segment, then an immediate generic region coded MMR. */
function jbig2Of(mmr: Buffer, width: number, height: number, declared = { width, height }): Buffer {
  const segment = (n: number, type: number, data: Buffer) => {
    const head = Buffer.alloc(11);
    head.writeUInt32BE(n, 0);
    head.writeUInt8(type, 4); // small page association, retained
    head.writeUInt8(0, 5); // refers to no segment
    head.writeUInt8(1, 6); // page 1
    head.writeUInt32BE(data.length, 7);
    return Buffer.concat([head, data]);
  };
  const info = Buffer.alloc(19);
  info.writeUInt32BE(declared.width, 0);
  info.writeUInt32BE(declared.height, 4);
  info.writeUInt32BE(Math.round(DPI / 0.0254), 8);
  info.writeUInt32BE(Math.round(DPI / 0.0254), 12);
  const region = Buffer.alloc(18);
  region.writeUInt32BE(width, 0);
  region.writeUInt32BE(height, 4);
  region.writeUInt8(0x01, 17); // MMR
  return Buffer.concat([segment(0, 48, info), segment(1, 38, Buffer.concat([region, mmr]))]);
}

/** A PDF of one page that is the image, at DPI; the dictionary says `dict` pixels. */
async function pdfOfImage(
  bytes: Buffer,
  filter: 'JBIG2Decode' | 'JPXDecode',
  dict: { width: number; height: number },
): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  const [w, h] = [(dict.width * 72) / DPI, (dict.height * 72) / DPI];
  const page = doc.addPage([w, h]);
  const image = PDFRawStream.of(
    ctx.obj({
      Type: 'XObject',
      Subtype: 'Image',
      Width: dict.width,
      Height: dict.height,
      ...(filter === 'JBIG2Decode' ? { ColorSpace: 'DeviceGray', BitsPerComponent: 1 } : {}),
      Filter: filter,
      Length: bytes.length,
    }),
    bytes,
  );
  page.node.set(
    PDFName.of('Resources'),
    ctx.obj({ XObject: ctx.obj({ Im1: ctx.register(image) }) }),
  );
  page.node.set(
    PDFName.of('Contents'),
    ctx.register(ctx.flateStream(Buffer.from(`q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q\n`))),
  );
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A JPEG 2000 file with its declared size (SIZ marker and JP2 header) set to `side` × `side`. */
function declaringJpx(jp2: Buffer, side: number): Buffer {
  const out = Buffer.from(jp2);
  const siz = out.indexOf(Buffer.from([0xff, 0x4f, 0xff, 0x51]));
  expect(siz).toBeGreaterThan(-1);
  out.writeUInt32BE(side, siz + 8); // Xsiz
  out.writeUInt32BE(side, siz + 12); // Ysiz
  const ihdr = out.indexOf(Buffer.from('ihdr'));
  if (ihdr > 0) {
    out.writeUInt32BE(side, ihdr + 4);
    out.writeUInt32BE(side, ihdr + 8);
  }
  return out;
}

describe('scanned pages in JPEG 2000 and JBIG2', () => {
  const byName = new Map<string, FileResult>();
  const texts = new Map<string, string[]>();
  const errors = new Map<string, Array<string | null>>();

  beforeAll(async () => {
    const lines = {
      jpx: ['Register of the Quillmark depot', 'Entry 44: crates received on 14 May 2011'],
      jbig2: ['Ledger of the Farrowdale office', 'Item 27: parcels sent on 9 June 2013'],
    };
    const jpxPage = await scannedLines(lines.jpx);
    const jbig2Page = await scannedLines(lines.jbig2);
    const jp2 = jp2Of(jpxPage, 'jpx-page');
    const pdfByImg2pdf = path.join(work, 'jpx-img2pdf.pdf');
    execFileSync('img2pdf', ['--imgsize', `${DPI}dpi`, jp2, '-o', pdfByImg2pdf], {
      stdio: 'ignore',
    });
    const mmr = mmrOf(jbig2Page, 'jbig2-page');
    const size = { width: jbig2Page.width, height: jbig2Page.height };
    const small = { width: 400, height: 300 };
    const dir = path.join(work, 'in');
    writeFiles(dir, {
      'jpx-scan.pdf': fs.readFileSync(pdfByImg2pdf),
      'jbig2-scan.pdf': await pdfOfImage(
        jbig2Of(mmr, size.width, size.height),
        'JBIG2Decode',
        size,
      ),
      // The dictionaries say 400×300; the images' own headers say 60000×60000 (3.6 billion pixels).
      'jpx-huge.pdf': await pdfOfImage(
        declaringJpx(fs.readFileSync(jp2), 60_000),
        'JPXDecode',
        small,
      ),
      'jbig2-huge.pdf': await pdfOfImage(
        jbig2Of(mmr, size.width, size.height, { width: 60_000, height: 60_000 }),
        'JBIG2Decode',
        small,
      ),
    });
    const env = {
      CASEFILE_DATA: path.join(work, 'data'),
      CASEFILE_SEARCH: 'off',
      CASEFILE_OCR_LANGUAGES: 'eng',
      CASEFILE_OCR_WORKERS: '1',
    };
    const run = await runCli(['ingest', dir, '--json'], env);
    for (const r of run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as FileResult))
      byName.set(r.filename, r);
    const archive = await openArchive({
      ...loadConfig({ data: env.CASEFILE_DATA }),
      search: false,
    });
    try {
      for (const name of byName.keys()) {
        const doc = await getDocumentByFilename(archive.db, name);
        const pages = doc ? await getPages(archive.db, doc.id) : [];
        texts.set(
          name,
          pages.map((p) => p.text ?? ''),
        );
        errors.set(
          name,
          pages.map((p) => p.error),
        );
      }
    } finally {
      await archive.close();
    }
  }, 400_000);

  it('reads a JPEG 2000 page (made by opj_compress, put in a PDF by img2pdf) by OCR', () => {
    expect(byName.get('jpx-scan.pdf')).toMatchObject({ status: 'done', ocrPages: 1 });
    expect(texts.get('jpx-scan.pdf')![0]).toMatch(/Quillmark/);
    expect(texts.get('jpx-scan.pdf')![0]).toMatch(/14 May 2011/);
  });

  it('reads a JBIG2 page (MMR coded by ppm2tiff) by OCR', () => {
    expect(byName.get('jbig2-scan.pdf')).toMatchObject({ status: 'done', ocrPages: 1 });
    expect(texts.get('jbig2-scan.pdf')![0]).toMatch(/Farrowdale/);
    expect(texts.get('jbig2-scan.pdf')![0]).toMatch(/9 June 2013/);
  });

  it('refuses a JPEG 2000 or JBIG2 image whose own header declares more pixels than the limit, before decoding it', () => {
    for (const name of ['jpx-huge.pdf', 'jbig2-huge.pdf'])
      expect(byName.get(name), name).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(
          /^page 1: an image of 60000×60000 pixels is (over the limit|more than a PDF thread)/,
        ),
      });
  });
});
