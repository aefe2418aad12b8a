// Page rasters for OCR: PDF pages rendered with pdfjs-dist onto @napi-rs/canvas, image frames decoded
// with sharp (its pixel limit refuses decompression bombs), all turned into 8-bit grey pixels.
// The OCR workers get them as binary PGM: raw pixels behind a 15-byte header, no PNG to encode or decode.
import { createCanvas } from '@napi-rs/canvas';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { InputError } from '../../core/errors.js';
/** Resolution OCR aims at; lower-resolution images are upscaled to it. */
const TARGET_DPI = 300;
/** Without a trustworthy density, a page image whose long side is below this is upscaled. */
const MIN_LONG_SIDE = 2400;
/** Images claiming less than this density are assumed to carry a bogus value (72 is the usual default). */
const MIN_PLAUSIBLE_DPI = 100;
/** Rendering resolutions allowed when following a scan's own resolution. */
const MIN_SCAN_DPI = 150;
const MAX_SCAN_DPI = 400;
/**
 * The resolution of the scan a page carries: a page that is one large image (a scanner's or a fax's
 * output) is rendered at that image's own resolution, neither blurring it by upsampling nor losing
 * detail. Measured on the dev scans (200–220 dpi): CER 0.067 rendered at their resolution against
 * 0.089 at a fixed 300 dpi, and faster. Pages without such an image use `fallback`.
 */
async function scanDpi(page, fallback) {
    const ops = await page.getOperatorList();
    const [, , widthPt = 0, heightPt = 0] = page.view;
    const pageInches = { w: Math.abs(widthPt) / 72, h: Math.abs(heightPt) / 72 };
    let best = 0;
    let bestPixels = 0;
    ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.paintImageXObject && fn !== OPS.paintInlineImageXObject)
            return;
        const args = ops.argsArray[i];
        const img = fn === OPS.paintImageXObject
            ? { w: Number(args[1]), h: Number(args[2]) }
            : args[0];
        const w = 'w' in img ? img.w : img.width;
        const h = 'h' in img ? img.h : img.height;
        // Only an image shaped like the page counts as the page's scan.
        const aspect = w / h / (pageInches.w / pageInches.h);
        if (!(aspect > 0.85 && aspect < 1.18) && !(aspect > 1 / 1.18 && aspect < 1 / 0.85))
            return;
        if (w * h > bestPixels) {
            bestPixels = w * h;
            best = Math.max(w / pageInches.w, h / pageInches.h);
        }
    });
    return best === 0 ? fallback : clampScanDpi(best);
}
function clampScanDpi(dpi) {
    return Math.round(Math.min(MAX_SCAN_DPI, Math.max(MIN_SCAN_DPI, dpi)));
}
/**
 * The raster of a page that is one full-page JPEG (see embedded-scan.ts): the image itself at its own
 * resolution, as renderPdfPage would render it, scaled only when that resolution is outside 150–400 dpi.
 */
export async function decodeEmbeddedScan(scan, pageNumber, maxPixels) {
    const own = Math.max(scan.width / (scan.pageWidth / 72), scan.height / (scan.pageHeight / 72));
    const dpi = clampScanDpi(own);
    const scale = Math.abs(dpi / own - 1) > 0.01 ? dpi / own : 1;
    const width = Math.round(scan.width * scale);
    const height = Math.round(scan.height * scale);
    if (width * height > maxPixels || scan.width * scan.height > maxPixels) {
        throw new InputError(`page ${pageNumber} would render to ${width}×${height} pixels, over the limit of ${maxPixels}`);
    }
    let pipeline = sharp(scan.jpeg, { limitInputPixels: maxPixels, failOn: 'truncated' });
    const meta = await pipeline.metadata();
    // The dictionary's size must be the JPEG's, and CMYK JPEGs (inverted by some writers) are left to pdfjs.
    if (meta.width !== scan.width ||
        meta.height !== scan.height ||
        (meta.channels !== 1 && meta.channels !== 3)) {
        throw new Error('embedded JPEG does not match its image dictionary');
    }
    if (scale !== 1)
        pipeline = pipeline.resize(width, height, { kernel: 'lanczos3' });
    if (scan.rotate)
        pipeline = pipeline.rotate(scan.rotate);
    return { ...(await toGrey(pipeline)), dpi };
}
/** Renders a page for OCR; returns the raster and the resolution it was rendered at. */
export async function renderPdfPage(doc, pageNumber, fallbackDpi, maxPixels) {
    const page = await doc.getPage(pageNumber);
    try {
        const dpi = await scanDpi(page, fallbackDpi);
        const viewport = page.getViewport({ scale: dpi / 72 });
        const width = Math.ceil(viewport.width);
        const height = Math.ceil(viewport.height);
        if (width * height > maxPixels) {
            throw new InputError(`page ${pageNumber} would render to ${width}×${height} pixels, over the limit of ${maxPixels}`);
        }
        const canvas = createCanvas(width, height);
        const ctx = canvas.getContext('2d');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, width, height);
        // pdfjs is typed against the DOM canvas; @napi-rs/canvas implements the same API.
        const params = { canvasContext: ctx, viewport, canvas };
        await page.render(params).promise;
        const rgba = ctx.getImageData(0, 0, width, height).data;
        const grey = await toGrey(sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), {
            raw: { width, height, channels: 4 },
        }));
        return { ...grey, dpi };
    }
    finally {
        page.cleanup();
    }
}
/** Reads an image's header only; refuses images over the pixel limit before decoding them. */
export async function imageInfo(file, maxPixels) {
    let meta;
    try {
        meta = await sharp(file, { limitInputPixels: false }).metadata();
    }
    catch (err) {
        throw new InputError(`unreadable image: ${err.message}`);
    }
    const width = meta.width ?? 0;
    const height = meta.height ?? 0;
    if (width * height > maxPixels) {
        const n = (v) => v.toLocaleString('en-US');
        throw new InputError(`image is ${width}×${height} pixels (${n(width * height)}), over the limit of ${n(maxPixels)} pixels (a decompression bomb?)`);
    }
    if (width === 0 || height === 0)
        throw new InputError('image has no pixels');
    return { frames: meta.pages ?? 1, width, height };
}
/** Decodes one frame (page) of an image, upright by its EXIF orientation, upscaled when low-resolution. */
export async function decodeImageFrame(file, frame, maxPixels) {
    try {
        const img = sharp(file, {
            page: frame,
            limitInputPixels: maxPixels,
            failOn: 'truncated',
        }).rotate();
        const meta = await img.metadata();
        const grey = await toGrey(img);
        const factor = upscaleFactor(grey.width, grey.height, meta.density);
        const raster = factor > 1.05
            ? await resize(grey, Math.round(grey.width * factor), Math.round(grey.height * factor))
            : grey;
        return {
            ...raster,
            dpi: Math.round(imageDpi(grey.width, grey.height, meta.density) * (factor > 1.05 ? factor : 1)),
        };
    }
    catch (err) {
        if (err instanceof InputError)
            throw err;
        throw new InputError(`unreadable image (frame ${frame + 1}): ${err.message}`);
    }
}
/** Scale factor that brings an image to ~300 dpi, from its density or, failing that, its size. */
function upscaleFactor(width, height, density) {
    const longSide = Math.max(width, height);
    if (density && density >= MIN_PLAUSIBLE_DPI) {
        return density < TARGET_DPI * 0.8 ? Math.min(3, TARGET_DPI / density) : 1;
    }
    return longSide < MIN_LONG_SIDE ? Math.min(3, MIN_LONG_SIDE / longSide) : 1;
}
/** An image's resolution: its density when plausible, else as if its long side spanned an A4 page. */
function imageDpi(width, height, density) {
    if (density && density >= MIN_PLAUSIBLE_DPI)
        return density;
    return Math.max(width, height) / 11.69;
}
/** Ends a sharp pipeline in 8-bit grey pixels (sharp otherwise converts to sRGB on the way). */
async function toGrey(pipeline) {
    const { data, info } = await pipeline
        .toColourspace('b-w')
        .raw()
        .toBuffer({ resolveWithObject: true });
    if (info.channels !== 1)
        throw new Error(`expected grey pixels, got ${info.channels} channels`);
    return { data, width: info.width, height: info.height };
}
function fromRaster(r) {
    return sharp(r.data, { raw: { width: r.width, height: r.height, channels: 1 } });
}
export async function resize(r, width, height) {
    return toGrey(fromRaster(r).resize(width, height, { kernel: 'lanczos3' }));
}
/**
 * Straightens a page by a small angle (degrees, clockwise positive), filling the corners with white.
 * The canvas grows to hold the turned page; the viewer image is this raster, so word boxes line up.
 */
export async function deskew(r, degrees) {
    if (degrees === 0)
        return r;
    return toGrey(fromRaster(r).rotate(degrees, { background: '#ffffff' }));
}
/** Rotates by a multiple of 90 degrees, clockwise. */
export async function rotate(r, degrees) {
    if (degrees === 0)
        return r;
    return toGrey(fromRaster(r).rotate(degrees));
}
export function toPgm(r) {
    return Buffer.concat([Buffer.from(`P5\n${r.width} ${r.height}\n255\n`, 'latin1'), r.data]);
}
/** The page image kept for the viewer: same pixel grid as the word boxes, JPEG to keep it small. */
export async function writeViewerImage(r, file) {
    await fromRaster(r).jpeg({ quality: 70, mozjpeg: true }).toFile(file);
}
//# sourceMappingURL=raster.js.map