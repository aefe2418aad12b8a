// Reads a PDF's text layer page by page. Pages without a plausible text layer are marked for OCR.
import { createHash } from 'node:crypto';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import fsp from 'node:fs/promises';
import { Util, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { Attachment } from '../../schema/tables.js';
import { safeFilename } from '../intake/filename.js';
import { placeRuns, runsToText, type PlacedWord, type TextRun } from './layout.js';
import { assessTextLayer } from './plausible.js';
import { openPdf, pdfError } from './pdfjs.js';
import { checkContentSize } from './content-size.js';
import type { Limits } from '../../core/config.js';
import type { Archive } from '../../store/archive.js';
import type { OpenedDocument, ReadPage, Reader } from './readers.js';

function isTextItem(item: unknown): item is TextItem {
  return typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

/** Embedded files: their names (hostile like any file name), sizes and hashes. Never opened. */
async function listAttachments(doc: PDFDocumentProxy): Promise<Attachment[]> {
  const found = ((await doc.getAttachments()) ?? {}) as Record<
    string,
    { filename?: string; rawFilename?: string; content?: Uint8Array }
  >;
  return Object.values(found).map((a) => ({
    name: safeFilename(a.rawFilename || a.filename || 'unnamed'),
    size: a.content?.length ?? 0,
    sha256: createHash('sha256')
      .update(a.content ?? new Uint8Array())
      .digest('hex'),
  }));
}

/** A page's text runs in viewport space at scale 1 (PDF points, origin top-left, rotation applied). */
async function pageRuns(page: PDFPageProxy): Promise<TextRun[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!isTextItem(item) || item.str.length === 0) continue;
    const m = Util.transform(viewport.transform, item.transform) as number[];
    const size = Math.hypot(m[2] ?? 0, m[3] ?? 0);
    runs.push({
      str: item.str,
      x: m[4] ?? 0,
      y: m[5] ?? 0,
      width: item.width * (viewport.scale || 1),
      size,
    });
  }
  return runs;
}

let measurer: SKRSContext2D | undefined;
/**
 * A string's advance in a sans-serif face (0 where no font is found): shares a run's width out
 * among its words closer to the PDF's own glyphs than counting characters (spaces are narrow).
 */
function advance(s: string): number {
  measurer ??= createCanvas(1, 1).getContext('2d');
  measurer.font = '100px sans-serif';
  return measurer.measureText(s).width;
}

/**
 * The words of one page's text layer with their boxes (PDF points, as the page's stored width and
 * height) and offsets in its text, for the viewer's outlines on a born-digital page. Null when the
 * page's text layer no longer gives `text` (the page was read by OCR, or the reading changed), so
 * no box is ever drawn at the wrong words. Throws what opening the PDF throws.
 */
export async function textLayerWords(
  archive: Archive,
  sha256: string,
  pageNo: number,
  text: string,
): Promise<PlacedWord[] | null> {
  const data = new Uint8Array(await fsp.readFile(archive.originals.pathFor(sha256)));
  await checkContentSize(data, archive.config.limits.maxContentBytes);
  const doc = await openPdf(data);
  try {
    if (pageNo < 1 || pageNo > doc.numPages) return null;
    const placed = placeRuns(await pageRuns(await doc.getPage(pageNo)), advance);
    return placed.text === text ? placed.words : null;
  } finally {
    await doc.destroy();
  }
}

export const pdfReader: Reader = {
  name: 'pdf',
  mediaTypes: ['application/pdf'],
  async open(file: string, limits: Limits): Promise<OpenedDocument> {
    const data = new Uint8Array(await fsp.readFile(file));
    await checkContentSize(data, limits.maxContentBytes);
    const doc = await openPdf(data);
    let attachments: Attachment[];
    try {
      attachments = await listAttachments(doc);
    } catch (err) {
      await doc.destroy();
      throw pdfError(err);
    }
    return {
      pageCount: doc.numPages,
      attachments,
      async *pages(): AsyncIterable<ReadPage> {
        for (let n = 1; n <= doc.numPages; n++) {
          try {
            const page = await doc.getPage(n);
            const viewport = page.getViewport({ scale: 1 });
            const runs = await pageRuns(page);
            const text = runsToText(runs);
            const verdict = assessTextLayer(text);
            yield {
              page: n,
              status: verdict.usable ? 'done' : 'needs-ocr',
              method: verdict.usable ? 'text-layer' : null,
              decision: verdict.reason,
              text: verdict.usable ? text : '',
              confidence: null,
              width: viewport.width,
              height: viewport.height,
            };
            page.cleanup();
          } catch (err) {
            throw pdfError(err);
          }
        }
      },
      close: () => doc.destroy(),
    };
  },
};
