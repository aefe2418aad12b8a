// Decompression bombs in PDF content: a page whose content stream is a small FlateDecode stream that
// inflates to gigabytes made pdfjs decode all of it (gigabytes of memory, a minute per rendering).
// Before pdfjs sees a page, each content stream of the page and of the forms it draws is inflated
// here with a ceiling on its output (zlib stops at the ceiling: nothing larger is ever held), and a
// page over it fails the document with that reason.
import zlib from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';
import { InputError } from '../../core/errors.js';

const mib = (n: number) => `${Math.round(n / (1024 * 1024))} MiB`;

/** Decoded bytes of a stream through its leading FlateDecode filters; Infinity when over `limit`. */
function inflatedSize(stream: PDFRawStream, limit: number): number {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  let bytes: Uint8Array = stream.contents;
  for (const f of filters) {
    if (!(f instanceof PDFName) || (f.asString() !== '/FlateDecode' && f.asString() !== '/Fl'))
      break;
    try {
      bytes = zlib.inflateSync(bytes, {
        maxOutputLength: limit + 1,
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
        return Infinity;
      // Corrupt data: pdfjs reads what it can of it, which is never more than it holds.
      break;
    }
  }
  return bytes.length;
}

/**
 * Throws an InputError naming the first page whose content (its streams and the forms it draws,
 * summed) inflates to more than `maxBytes`. A file pdf-lib cannot parse, or an encrypted one (its
 * streams are ciphertext here), is left to pdfjs unchecked.
 */
export async function checkContentSize(data: Uint8Array, maxBytes: number): Promise<void> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(data, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
  } catch {
    return;
  }
  if (doc.isEncrypted) return;
  let pages: ReturnType<PDFDocument['getPages']>;
  try {
    // A file without a page tree (a broken or truncated PDF) is pdfjs's to refuse, with its reason.
    pages = doc.getPages();
  } catch {
    return;
  }
  for (let i = 0; i < pages.length; i++) {
    let total = 0;
    const seen = new Set<PDFObject>();
    const visit = (obj: PDFObject | undefined, depth: number): void => {
      const value = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
      if (!value || seen.has(value) || depth > 8 || total > maxBytes) return;
      seen.add(value);
      if (value instanceof PDFArray) {
        for (const item of value.asArray()) visit(item, depth);
        return;
      }
      if (!(value instanceof PDFRawStream)) return;
      total += inflatedSize(value, maxBytes - total);
      // Forms drawn by this content carry content of their own.
      const xobjects = value.dict
        .lookupMaybe(PDFName.of('Resources'), PDFDict)
        ?.lookupMaybe(PDFName.of('XObject'), PDFDict);
      for (const [, x] of xobjects?.entries() ?? []) visitForm(x, depth + 1);
    };
    const visitForm = (obj: PDFObject, depth: number): void => {
      const value = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
      if (
        value instanceof PDFRawStream &&
        value.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')
      )
        visit(value, depth);
    };
    const page = pages[i]!;
    visit(page.node.get(PDFName.of('Contents')), 0);
    const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, x] of xobjects?.entries() ?? []) visitForm(x, 1);
    if (total > maxBytes) {
      throw new InputError(
        `page ${i + 1}: its content decompresses to more than ${mib(maxBytes)}, over the limit (a decompression bomb?)`,
      );
    }
  }
}
