// The size an image in a PDF declares in its own header, for the codecs whose decoder trusts that
// header over the PDF's dictionary: JPEG 2000 (JPXDecode: the codestream's SIZ marker and a JP2
// file's image header box) and JBIG2 (JBIG2Decode: the page information segment and each region's
// information field, and a pattern dictionary's collective bitmap). pdfjs allocates what those say,
// so a few bytes declaring 60000×60000 pixels ask for gigabytes; they are read here, bytes only,
// nothing decoded. References: ITU-T T.800 (JPEG 2000 part 1) A.5.1 and I.5.3.1; ITU-T T.88 (JBIG2)
// 7.2 (segment header), 7.4.1 (region segment information), 7.4.4 (pattern dictionary), 7.4.8
// (page information).
const larger = (a, b) => !a || b.width * b.height > a.width * a.height ? b : a;
/** The largest size a JPEG 2000 codestream or JP2 file declares; undefined when it declares none readable. */
export function jpxDeclaredSize(bytes) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let out;
    // The codestream: SOC (FF4F) then SIZ (FF51): Lsiz, Rsiz, Xsiz, Ysiz, XOsiz, YOsiz.
    const soc = b.indexOf(Buffer.from([0xff, 0x4f, 0xff, 0x51]));
    if (soc >= 0 && soc + 24 <= b.length) {
        const [x, y, xo, yo] = [8, 12, 16, 20].map((o) => b.readUInt32BE(soc + o));
        out = larger(out, { width: Math.max(0, x - xo), height: Math.max(0, y - yo) });
    }
    // A JP2 file's image header box: HEIGHT, WIDTH.
    const ihdr = b.indexOf(Buffer.from('ihdr'));
    if (ihdr >= 0 && ihdr + 12 <= b.length)
        out = larger(out, { width: b.readUInt32BE(ihdr + 8), height: b.readUInt32BE(ihdr + 4) });
    return out;
}
/** Segment types whose data begins with a region segment information field (T.88 7.3). */
const REGION_TYPES = new Set([4, 6, 7, 20, 22, 23, 36, 38, 39, 40, 42, 43]);
const PAGE_INFORMATION = 48;
const PATTERN_DICTIONARY = 16;
/**
 * The largest bitmap JBIG2 data (embedded streams, as a PDF holds them: the global segments, then
 * the page's) declares: a page, a region or a pattern dictionary's collective bitmap. A page of
 * unknown height (striped) counts as tall as its regions reach. Undefined when no segment is readable.
 */
export function jbig2DeclaredSize(streams) {
    let out;
    let page;
    let reach = 0;
    for (const bytes of streams) {
        const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        let at = 0;
        while (at + 11 <= b.length) {
            const number = b.readUInt32BE(at);
            const flags = b.readUInt8(at + 4);
            const type = flags & 0x3f;
            let p = at + 5;
            const refByte = b.readUInt8(p);
            let referred = refByte >> 5;
            if (referred === 7) {
                if (p + 4 > b.length)
                    break;
                referred = b.readUInt32BE(p) & 0x1fffffff;
                p += 4 + Math.ceil((referred + 1) / 8);
            }
            else
                p += 1;
            p += referred * (number <= 256 ? 1 : number <= 65536 ? 2 : 4);
            p += flags & 0x40 ? 4 : 1;
            if (p + 4 > b.length)
                break;
            const length = b.readUInt32BE(p);
            const data = p + 4;
            if (type === PAGE_INFORMATION && data + 8 <= b.length) {
                page = { width: b.readUInt32BE(data), height: b.readUInt32BE(data + 4) };
                if (page.height !== 0xffffffff)
                    out = larger(out, page);
            }
            else if (REGION_TYPES.has(type) && data + 16 <= b.length) {
                const region = { width: b.readUInt32BE(data), height: b.readUInt32BE(data + 4) };
                out = larger(out, region);
                reach = Math.max(reach, b.readUInt32BE(data + 12) + region.height);
            }
            else if (type === PATTERN_DICTIONARY && data + 7 <= b.length) {
                // HDPW and HDPH (one byte each), GRAYMAX: a bitmap of (GRAYMAX + 1) patterns side by side.
                const [w, h] = [b.readUInt8(data + 1), b.readUInt8(data + 2)];
                out = larger(out, { width: (b.readUInt32BE(data + 3) + 1) * w, height: h });
            }
            // An immediate generic region of unknown length runs to the end of the data.
            if (length === 0xffffffff)
                break;
            at = data + length;
        }
    }
    if (page?.height === 0xffffffff)
        out = larger(out, { width: page.width, height: reach });
    return out;
}
//# sourceMappingURL=image-headers.js.map