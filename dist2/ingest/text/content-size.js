// Decompression bombs in PDF content: a page whose content stream is a small FlateDecode stream that
// inflates to gigabytes made pdfjs decode all of it (gigabytes of memory, a minute per rendering).
// Before pdfjs sees a page, each content stream of the page and of the forms it draws is inflated
// here with a ceiling on its output (zlib stops at the ceiling: nothing larger is ever held), and a
// page over it fails the document with that reason.
import zlib from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, } from 'pdf-lib';
import sharp from 'sharp';
import { InputError } from '../../core/errors.js';
import { jbig2DeclaredSize, jpxDeclaredSize } from './image-headers.js';
const mib = (n) => `${Math.round(n / (1024 * 1024))} MiB`;
const NO_IMAGE_LIMIT = { pixels: Infinity, reason: '' };
/** Decoded bytes of a stream through its leading FlateDecode filters; Infinity when over `limit`. */
function inflatedSize(stream, limit) {
    const filter = stream.dict.get(PDFName.of('Filter'));
    const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
    let bytes = stream.contents;
    for (const f of filters) {
        if (!(f instanceof PDFName) || (f.asString() !== '/FlateDecode' && f.asString() !== '/Fl'))
            break;
        try {
            bytes = zlib.inflateSync(bytes, {
                maxOutputLength: limit + 1,
                finishFlush: zlib.constants.Z_SYNC_FLUSH,
            });
        }
        catch (err) {
            if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
                return Infinity;
            // Corrupt data: pdfjs reads what it can of it, which is never more than it holds.
            break;
        }
    }
    return bytes.length;
}
/**
 * Throws an InputError naming the first page whose content (its streams and the forms it draws) and
 * fonts (every stream a font it uses holds: its program, ToUnicode, CMaps, a Type 3 font's glyph
 * procedures), summed, inflate to more than `maxBytes`, or that draws an image (or an image's mask)
 * of more pixels than `imageLimit`. pdfjs holds a font program and a decoded image in ArrayBuffers, outside
 * the JS heap a thread's memory limit counts, so these are checked here, before pdfjs sees them. A file
 * pdf-lib cannot parse, or an encrypted one (its streams are ciphertext here), is left to pdfjs
 * unchecked (pdfjs then skips images over the limit itself: see pdfjs.ts).
 */
export async function checkContentSize(data, maxBytes, imageLimit = NO_IMAGE_LIMIT) {
    let doc;
    try {
        doc = await PDFDocument.load(data, {
            ignoreEncryption: true,
            updateMetadata: false,
            throwOnInvalidObject: false,
        });
    }
    catch {
        return;
    }
    if (doc.isEncrypted)
        return;
    let pages;
    try {
        // A file without a page tree (a broken or truncated PDF) is pdfjs's to refuse, with its reason.
        pages = doc.getPages();
    }
    catch {
        return;
    }
    const lookup = (obj) => obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
    for (let i = 0; i < pages.length; i++) {
        let total = 0;
        const seen = new Set();
        const images = new Set();
        const count = (stream) => {
            total += inflatedSize(stream, maxBytes - total);
        };
        /** A content stream (or an array of them), and what its resources hold. */
        const visit = (obj, depth) => {
            const value = lookup(obj);
            if (!value || seen.has(value) || depth > 8 || total > maxBytes)
                return;
            seen.add(value);
            if (value instanceof PDFArray) {
                for (const item of value.asArray())
                    visit(item, depth);
                return;
            }
            if (!(value instanceof PDFRawStream))
                return;
            count(value);
            visitResources(value.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), depth + 1);
        };
        const visitResources = (resources, depth) => {
            if (!resources || depth > 8)
                return;
            // Forms drawn carry content of their own; images are decoded whole.
            const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
            for (const [, x] of xobjects?.entries() ?? []) {
                const value = lookup(x);
                if (!(value instanceof PDFRawStream))
                    continue;
                const subtype = value.dict.get(PDFName.of('Subtype'));
                if (subtype === PDFName.of('Form'))
                    visit(value, depth);
                else if (subtype === PDFName.of('Image'))
                    images.add(value);
            }
            const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
            for (const [, f] of fonts?.entries() ?? [])
                visitFont(f, depth);
        };
        /** Every stream a font holds, however deep (a Type 0 font's descendant's descriptor's program). */
        const visitFont = (obj, depth) => {
            const value = lookup(obj);
            if (!value || seen.has(value) || depth > 12 || total > maxBytes)
                return;
            seen.add(value);
            if (value instanceof PDFArray)
                for (const item of value.asArray())
                    visitFont(item, depth + 1);
            else if (value instanceof PDFRawStream)
                count(value);
            else if (value instanceof PDFDict)
                for (const [name, item] of value.entries()) {
                    // A font's resources (Type 3) are content: their forms and images as above.
                    if (name === PDFName.of('Resources')) {
                        const res = lookup(item);
                        if (res instanceof PDFDict)
                            visitResources(res, depth + 1);
                    }
                    else
                        visitFont(item, depth + 1);
                }
        };
        const page = pages[i];
        visit(page.node.get(PDFName.of('Contents')), 0);
        visitResources(page.node.Resources(), 1);
        for (const image of images)
            await checkImage(image, i + 1, imageLimit, lookup);
        if (total > maxBytes) {
            throw new InputError(`page ${i + 1}: its content and fonts decompress to more than ${mib(maxBytes)}, over the limit (a decompression bomb?)`);
        }
    }
}
/**
 * Refuses an image (or its mask) pdfjs would decode into more pixels than the limit: by its
 * dictionary's size, and for a JPEG, a JPEG 2000 or a JBIG2 image by the size its own header
 * declares (pdfjs decodes that, whatever the dictionary says; only headers are read here).
 */
async function checkImage(image, page, limit, lookup) {
    for (const stream of [
        image,
        lookup(image.dict.get(PDFName.of('SMask'))),
        lookup(image.dict.get(PDFName.of('Mask'))),
    ]) {
        if (!(stream instanceof PDFRawStream))
            continue;
        const size = (key) => {
            const v = lookup(stream.dict.get(PDFName.of(key)));
            return v instanceof PDFNumber ? Math.abs(v.asNumber()) : 0;
        };
        let [w, h] = [size('Width'), size('Height')];
        const own = (d) => {
            if (d?.width && d.height && d.width * d.height > w * h)
                [w, h] = [d.width, d.height];
        };
        const filter = firstFilter(stream);
        if (filter === 'DCTDecode' || filter === 'DCT')
            own(await sharp(stream.contents, { limitInputPixels: false })
                .metadata()
                .catch(() => undefined));
        // JPEG 2000 and JBIG2 decoders allocate what the image's own header declares.
        else if (filter === 'JPXDecode')
            own(jpxDeclaredSize(stream.contents));
        else if (filter === 'JBIG2Decode') {
            const parms = lookup(stream.dict.get(PDFName.of('DecodeParms')));
            const globals = parms instanceof PDFDict ? lookup(parms.get(PDFName.of('JBIG2Globals'))) : undefined;
            own(jbig2DeclaredSize([
                ...(globals instanceof PDFRawStream ? [globals.contents] : []),
                stream.contents,
            ]));
        }
        if (w * h > limit.pixels)
            throw new InputError(`page ${page}: an image of ${w}×${h} pixels is ${limit.reason}`);
    }
}
/** The name of a stream's first filter, without the slash. */
function firstFilter(stream) {
    const filter = stream.dict.get(PDFName.of('Filter'));
    const first = filter instanceof PDFArray ? filter.asArray()[0] : filter;
    return first instanceof PDFName ? first.asString().slice(1) : undefined;
}
//# sourceMappingURL=content-size.js.map