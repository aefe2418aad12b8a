import { degrees, PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdf } from '../text/pdfjs.js';
import { EmbeddedScans } from './embedded-scan.js';
import { decodeEmbeddedScan, renderPdfPage } from './raster.js';

// A 4×2 inch "scan" at 150 dpi: white with a black bar in its top left quarter, so turns show.
async function scanImage(format: 'jpeg' | 'png'): Promise<Buffer> {
  const bar = await sharp({
    create: { width: 300, height: 150, channels: 3, background: '#000000' },
  })
    .png()
    .toBuffer();
  const page = sharp({
    create: { width: 600, height: 300, channels: 3, background: '#ffffff' },
  }).composite([{ input: bar, left: 0, top: 0 }]);
  return format === 'jpeg' ? page.jpeg({ quality: 95 }).toBuffer() : page.png().toBuffer();
}

describe('embedded scans', () => {
  let bytes: Uint8Array;

  beforeAll(async () => {
    const doc = await PDFDocument.create();
    const jpeg = await doc.embedJpg(await scanImage('jpeg'));
    const png = await doc.embedPng(await scanImage('png'));
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const size: [number, number] = [288, 144];
    // 1: the plain case. 2: the same, shown turned 90°. 3: a JPEG with text drawn over it.
    // 4: a PNG (Flate) image. 5: a JPEG covering half the page. 6: a JPEG drawn upside down.
    doc.addPage(size).drawImage(jpeg, { x: 0, y: 0, width: 288, height: 144 });
    const turned = doc.addPage(size);
    turned.drawImage(jpeg, { x: 0, y: 0, width: 288, height: 144 });
    turned.setRotation(degrees(90));
    const annotated = doc.addPage(size);
    annotated.drawImage(jpeg, { x: 0, y: 0, width: 288, height: 144 });
    annotated.drawText('note', { x: 10, y: 10, size: 12, font, color: rgb(1, 0, 0) });
    doc.addPage(size).drawImage(png, { x: 0, y: 0, width: 288, height: 144 });
    doc.addPage(size).drawImage(jpeg, { x: 0, y: 0, width: 144, height: 144 });
    doc
      .addPage(size)
      .drawImage(jpeg, { x: 288, y: 144, width: 288, height: 144, rotate: degrees(180) });
    bytes = await doc.save();
  });

  it('finds pages that are one full-page JPEG and nothing else', async () => {
    const scans = (await EmbeddedScans.open(bytes))!;
    expect(scans.find(1)).toMatchObject({
      width: 600,
      height: 300,
      pageWidth: 288,
      pageHeight: 144,
      rotate: 0,
    });
    expect(scans.find(2)).toMatchObject({ width: 600, height: 300, rotate: 90 });
    expect([3, 4, 5, 6, 7].map((n) => scans.find(n))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('decodes them to the raster pdfjs renders, at the scan resolution, turned as the page is shown', async () => {
    const scans = (await EmbeddedScans.open(bytes))!;
    const pdf = await openPdf(bytes.slice());
    try {
      for (const n of [1, 2]) {
        const fast = await decodeEmbeddedScan(scans.find(n)!, n, 1e8);
        const rendered = await renderPdfPage(pdf, n, 300, 1e8);
        expect({ width: fast.width, height: fast.height, dpi: fast.dpi }).toEqual({
          width: rendered.width,
          height: rendered.height,
          dpi: 150,
        });
        let diff = 0;
        for (let i = 0; i < fast.data.length; i++)
          diff += Math.abs(fast.data[i]! - rendered.data[i]!);
        expect(diff / fast.data.length).toBeLessThan(2);
      }
      // Turned 90° clockwise: the bar, top left in the image, is now top right.
      const turned = await decodeEmbeddedScan(scans.find(2)!, 2, 1e8);
      expect([turned.width, turned.height]).toEqual([300, 600]);
      expect(turned.data[10 * turned.width + 290]).toBeLessThan(50);
      expect(turned.data[10 * turned.width + 10]).toBeGreaterThan(200);
    } finally {
      await pdf.destroy();
    }
  });

  it('refuses a page over the pixel limit before decoding it', async () => {
    const scans = (await EmbeddedScans.open(bytes))!;
    await expect(decodeEmbeddedScan(scans.find(1)!, 1, 10_000)).rejects.toThrow(
      'page 1 would render to 600×300 pixels, over the limit of 10000',
    );
  });

  it('leaves files pdf-lib cannot make sense of to pdfjs', async () => {
    const scans = await EmbeddedScans.open(new TextEncoder().encode('%PDF-1.4 not really'));
    expect(scans?.find(1)).toBeUndefined();
  });
});
