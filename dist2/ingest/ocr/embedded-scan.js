// Scanned PDF pages as the scanner wrote them: a page whose content is nothing but one JPEG image
// covering the page is handed to sharp (libjpeg-turbo) as it is, instead of having pdfjs decode the
// JPEG in JavaScript and paint it onto a canvas. Measured on the dev scans: ~40 ms a page against
// ~700 ms, and none of pdfjs's garbage on the main thread, which feeds the OCR workers.
// pdf-lib parses the file and gives the raw image stream (pdfjs's API only hands out decoded
// pixels). Anything less plain (other drawing, masks, decode arrays, CMYK, JPEG 2000, fax images,
// flipped or sheared placement) returns undefined and the page is rendered by pdfjs as before.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, decodePDFRawStream, } from 'pdf-lib';
/** A full-page image may overhang or fall short of the page by this share of its size. */
const COVER_TOLERANCE = 0.01;
export class EmbeddedScans {
    doc;
    constructor(doc) {
        this.doc = doc;
    }
    /** Parses the PDF; undefined when pdf-lib cannot (pdfjs will then render every page). */
    static async open(bytes) {
        try {
            const doc = await PDFDocument.load(bytes, {
                ignoreEncryption: true,
                updateMetadata: false,
                throwOnInvalidObject: false,
            });
            // Streams of an encrypted file are ciphertext.
            return doc.isEncrypted ? undefined : new EmbeddedScans(doc);
        }
        catch {
            return undefined;
        }
    }
    /** The page's scan when the page is just that; undefined otherwise. */
    find(pageNumber) {
        try {
            const page = this.doc.getPages()[pageNumber - 1];
            return page ? scanOf(this.doc, page) : undefined;
        }
        catch {
            return undefined;
        }
    }
}
function scanOf(doc, page) {
    const angle = ((page.getRotation().angle % 360) + 360) % 360;
    if (angle % 90 !== 0)
        return undefined;
    const ops = contentOperators(doc, page);
    if (!ops)
        return undefined;
    const placement = singleImagePlacement(ops);
    if (!placement)
        return undefined;
    const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    const image = xobjects?.lookup(PDFName.of(placement.name));
    if (!(image instanceof PDFRawStream) || !isPlainJpeg(doc, image.dict))
        return undefined;
    const width = numberOf(image.dict.get(PDFName.of('Width')));
    const height = numberOf(image.dict.get(PDFName.of('Height')));
    if (!width || !height)
        return undefined;
    // The visible page is the crop box within the media box, as pdfjs shows it.
    const box = page.getCropBox();
    const [x, y, w, h] = placement.rect;
    const off = (a, b, size) => Math.abs(a - b) > COVER_TOLERANCE * size;
    if (off(x, box.x, box.width) ||
        off(y, box.y, box.height) ||
        off(w, box.width, box.width) ||
        off(h, box.height, box.height))
        return undefined;
    return {
        jpeg: image.contents,
        width,
        height,
        pageWidth: box.width,
        pageHeight: box.height,
        rotate: angle,
    };
}
function numberOf(obj) {
    return obj instanceof PDFNumber ? obj.asNumber() : undefined;
}
/** DCT-encoded, 8 bits, grey or RGB, drawn as it is (no mask, no decode array). */
function isPlainJpeg(doc, dict) {
    const get = (key) => {
        const v = dict.get(PDFName.of(key));
        return v instanceof PDFRef ? doc.context.lookup(v) : v;
    };
    if (get('Subtype') !== PDFName.of('Image'))
        return false;
    const filter = get('Filter');
    const filters = filter instanceof PDFArray ? filter.asArray() : [filter];
    if (filters.length !== 1 || filters[0] !== PDFName.of('DCTDecode'))
        return false;
    if (numberOf(get('BitsPerComponent')) !== 8)
        return false;
    for (const key of ['SMask', 'Mask', 'Decode', 'ImageMask', 'SMaskInData'])
        if (get(key) !== undefined)
            return false;
    const space = get('ColorSpace');
    if (space === PDFName.of('DeviceGray') || space === PDFName.of('DeviceRGB'))
        return true;
    // [/ICCBased stream] with 1 or 3 components.
    if (space instanceof PDFArray && space.size() === 2 && space.get(0) === PDFName.of('ICCBased')) {
        const profile = space.lookup(1);
        const n = profile instanceof PDFRawStream ? numberOf(profile.dict.get(PDFName.of('N'))) : undefined;
        return n === 1 || n === 3;
    }
    return false;
}
/** The page's content as operators and operands; undefined when it holds anything but numbers, names and operators. */
function contentOperators(doc, page) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray
        ? contents.asArray().map((r) => doc.context.lookup(r))
        : [contents];
    let text = '';
    for (const s of streams) {
        if (!(s instanceof PDFRawStream))
            return undefined;
        text += Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') + '\n';
    }
    const tokens = [];
    // Written here: pdf-lib writes content streams but does not parse them. Strings, arrays,
    // dictionaries and inline images are refused, so this grammar is all that a plain page needs.
    for (const m of text
        .replace(/%[^\r\n]*/g, ' ')
        .matchAll(/\/([^\s/[\]()<>{}%]+)|([+-]?(?:\d+\.?\d*|\.\d+))|([A-Za-z'"*]+)|(\S)/g)) {
        if (m[1] !== undefined)
            tokens.push({ kind: 'name', value: m[1] });
        else if (m[2] !== undefined)
            tokens.push({ kind: 'number', value: Number(m[2]) });
        else if (m[3] !== undefined)
            tokens.push({ kind: 'op', value: m[3] });
        else
            return undefined;
    }
    return tokens;
}
const multiply = (m, n) => [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
];
/**
 * When the operators only save/restore state, set transforms and draw one XObject, returns its name
 * and the rectangle it fills [x, y, width, height] (upright: no rotation, shear or flip).
 */
function singleImagePlacement(tokens) {
    let ctm = [1, 0, 0, 1, 0, 0];
    const stack = [];
    let operands = [];
    let drawn;
    for (const t of tokens) {
        if (t.kind !== 'op') {
            operands.push(t);
            continue;
        }
        if (t.value === 'q' && operands.length === 0)
            stack.push(ctm);
        else if (t.value === 'Q' && operands.length === 0)
            ctm = stack.pop() ?? ctm;
        else if (t.value === 'cm' &&
            operands.length === 6 &&
            operands.every((o) => o.kind === 'number')) {
            ctm = multiply(operands.map((o) => o.value), ctm);
        }
        else if (t.value === 'Do' &&
            operands.length === 1 &&
            operands[0].kind === 'name' &&
            !drawn) {
            const [a, b, c, d, e, f] = ctm;
            if (b !== 0 || c !== 0 || a <= 0 || d <= 0)
                return undefined;
            drawn = { name: operands[0].value, rect: [e, f, a, d] };
        }
        else
            return undefined;
        operands = [];
    }
    return operands.length === 0 ? drawn : undefined;
}
//# sourceMappingURL=embedded-scan.js.map