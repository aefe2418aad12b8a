// Framed regions: rubber stamps (border-crossing marks in a passport, a notary's seal box), each in a
// frame of its own, set at its own small angle and often in its own language. Read as part of the page,
// their frames split lines into junk and tesseract reads each stamp in the page's models, or skips it as
// a picture. So each frame is found, erased, its contents turned level by the frame's own angle and read
// apart; the reading in the models that read it most confidently replaces the page's words inside it.
// Measured on the dev passport's stamp page: CER 0.35 → see README.
// Frames are found by connected components on the small copy of the page: no image library on npm
// labels components of an 8-bit raster without a native build, and the test is simple.
import sharp from 'sharp';
import type { OcrLanguage } from './languages.js';
import type { OcrPool, OcrResult } from './pool.js';
import { toPgm, type Raster } from './raster.js';
import { orderWords, type OcrWord } from './reading-order.js';

export interface Frame {
  /** Bounding box on the small copy. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The frame's pixels on the small copy (indexes into its data). */
  pixels: Int32Array;
  /** Clockwise tilt of the frame's top and bottom edges, in degrees. */
  angle: number;
}

/** Size of a frame relative to the page: smaller is a letter, larger a page border or a table. */
const MIN_WIDTH = 0.08;
const MIN_HEIGHT = 0.03;
const MAX_WIDTH = 0.6;
const MAX_HEIGHT = 0.5;
/** A frame is thin: ink over at most this share of its box, and none in the middle half. */
const MAX_FILL = 0.15;
/** A region read this confidently is not read again in other models. */
const CONFIDENT = 0.9;
/** Nor is a reading kept that is less sure than this. */
const MIN_CONFIDENCE = 0.5;
const MAX_FRAMES = 30;
/** White margin around a region handed to tesseract, in pixels. */
const PAD = 20;

/** Global threshold between ink and paper (Otsu's method on the grey histogram). */
export function inkThreshold(data: Buffer): number {
  const hist = new Float64Array(256);
  for (const v of data) hist[v]!++;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = -1;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    const wF = data.length - wB;
    if (wB === 0) continue;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** Finds frames on a small grey copy of the page. */
export function findFrames(small: Raster): Frame[] {
  const { data, width: W, height: H } = small;
  const threshold = inkThreshold(data);
  const seen = new Uint8Array(W * H);
  // Pixels of the component being filled, in order: one buffer for all components.
  const pixels = new Int32Array(W * H);
  const frames: Frame[] = [];
  for (let s = 0; s < W * H; s++) {
    if (seen[s] || data[s]! > threshold) continue;
    let n = 0;
    let head = 0;
    pixels[n++] = s;
    seen[s] = 1;
    let x0 = W;
    let y0 = H;
    let x1 = 0;
    let y1 = 0;
    while (head < n) {
      const p = pixels[head++]!;
      const x = p % W;
      const y = (p - x) / W;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= H) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= W) continue;
          const q = yy * W + xx;
          if (!seen[q] && data[q]! <= threshold) {
            seen[q] = 1;
            pixels[n++] = q;
          }
        }
      }
    }
    const w = x1 - x0 + 1;
    const h = y1 - y0 + 1;
    if (w < MIN_WIDTH * W || h < MIN_HEIGHT * H || w > MAX_WIDTH * W || h > MAX_HEIGHT * H)
      continue;
    // Thin, closed-ish (at least its perimeter's worth of ink), and empty in the middle.
    if (n / (w * h) > MAX_FILL || n < 1.2 * (w + h)) continue;
    const own = pixels.slice(0, n);
    const inMiddle = own.some((p) => {
      const x = p % W;
      const y = (p - x) / W;
      return x > x0 + w / 4 && x < x1 - w / 4 && y > y0 + h / 4 && y < y1 - h / 4;
    });
    if (inMiddle) continue;
    frames.push({ x0, y0, x1, y1, pixels: own, angle: frameAngle(own, W, x0, w) });
    if (frames.length > MAX_FRAMES) return [];
  }
  return frames;
}

/** Mean tilt of the frame's top and bottom edges (least squares over the middle 60% of its width). */
function frameAngle(pixels: Int32Array, W: number, x0: number, w: number): number {
  const top = new Map<number, number>();
  const bottom = new Map<number, number>();
  for (const p of pixels) {
    const x = p % W;
    const y = (p - x) / W;
    if (x < x0 + 0.2 * w || x > x0 + 0.8 * w) continue;
    if (!top.has(x) || y < top.get(x)!) top.set(x, y);
    if (!bottom.has(x) || y > bottom.get(x)!) bottom.set(x, y);
  }
  const slope = (edge: Map<number, number>) => {
    const xs = [...edge.keys()];
    const ys = [...edge.values()];
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    let num = 0;
    let den = 0;
    xs.forEach((x, i) => {
      num += (x - mx) * (ys[i]! - my);
      den += (x - mx) ** 2;
    });
    return den > 0 ? num / den : 0;
  };
  return ((Math.atan(slope(top)) + Math.atan(slope(bottom))) / 2) * (180 / Math.PI);
}

interface Region {
  /** Box on the page raster. */
  box: { x0: number; y0: number; x1: number; y1: number };
  image: Raster;
  /** Maps a point of `image` back onto the page raster. */
  toPage: (x: number, y: number) => [number, number];
}

/** Cuts a frame's contents out of the page: frame erased, turned level, white margin around. */
async function cutRegion(page: Raster, small: Raster, frame: Frame): Promise<Region> {
  const k = page.width / small.width;
  const grow = Math.ceil(k) + 2;
  const X0 = Math.max(0, Math.floor(frame.x0 * k) - grow);
  const Y0 = Math.max(0, Math.floor(frame.y0 * k) - grow);
  const X1 = Math.min(page.width, Math.ceil((frame.x1 + 1) * k) + grow);
  const Y1 = Math.min(page.height, Math.ceil((frame.y1 + 1) * k) + grow);
  const cw = X1 - X0;
  const ch = Y1 - Y0;
  const crop = Buffer.alloc(cw * ch);
  for (let y = 0; y < ch; y++)
    page.data.copy(crop, y * cw, (Y0 + y) * page.width + X0, (Y0 + y) * page.width + X1);
  // Erase the frame: each of its small-copy pixels covers k×k page pixels, grown by a pixel or two.
  const reach = Math.ceil(k / 2) + 2;
  for (const p of frame.pixels) {
    const sx = p % small.width;
    const cx = Math.round((sx + 0.5) * k) - X0;
    const cy = Math.round(((p - sx) / small.width + 0.5) * k) - Y0;
    for (let y = Math.max(0, cy - reach); y <= Math.min(ch - 1, cy + reach); y++)
      crop.fill(255, y * cw + Math.max(0, cx - reach), y * cw + Math.min(cw, cx + reach + 1));
  }
  const { data, info } = await sharp(crop, { raw: { width: cw, height: ch, channels: 1 } })
    .rotate(-frame.angle, { background: '#ffffff' })
    .extend({ top: PAD, bottom: PAD, left: PAD, right: PAD, background: '#ffffff' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  // sharp turns about the centre and grows the canvas to hold the turned crop.
  const a = (frame.angle * Math.PI) / 180;
  const toPage = (x: number, y: number): [number, number] => {
    const dx = x - PAD - (info.width - 2 * PAD) / 2;
    const dy = y - PAD - (info.height - 2 * PAD) / 2;
    return [
      X0 + cw / 2 + dx * Math.cos(a) - dy * Math.sin(a),
      Y0 + ch / 2 + dx * Math.sin(a) + dy * Math.cos(a),
    ];
  };
  return {
    box: { x0: X0, y0: Y0, x1: X1, y1: Y1 },
    image: { data, width: info.width, height: info.height },
    toPage,
  };
}

/**
 * Stamps are set in capitals, and in capitals в, з, и, к, ї look like their small forms, so a model
 * reads a capital word of them in small letters ("в'їзд" for "В'ЇЗД"). In a region whose other words
 * are all capitals, such a word is one too.
 */
function capitalizeLikeTheRest(words: OcrWord[]): OcrWord[] {
  const lettered = words.filter((w) => (w.text.match(/\p{L}/gu) ?? []).length >= 2);
  const upper = lettered.filter((w) => w.text === w.text.toUpperCase());
  if (upper.length < 2) return words;
  return words.map((w) =>
    lettered.includes(w) &&
    w.text === w.text.toLowerCase() &&
    lettered.length - upper.length <= upper.length / 2
      ? { ...w, text: w.text.toUpperCase() }
      : w,
  );
}

function toPageWords(region: Region, words: OcrWord[], lineBase: number): OcrWord[] {
  return words.map((w) => {
    const corners = [
      region.toPage(w.x0, w.y0),
      region.toPage(w.x1, w.y0),
      region.toPage(w.x0, w.y1),
      region.toPage(w.x1, w.y1),
    ];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    return {
      ...w,
      x0: Math.max(region.box.x0, Math.round(Math.min(...xs))),
      y0: Math.max(region.box.y0, Math.round(Math.min(...ys))),
      x1: Math.min(region.box.x1, Math.round(Math.max(...xs))),
      y1: Math.min(region.box.y1, Math.round(Math.max(...ys))),
      line: lineBase + w.line,
    };
  });
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const inside = (w: OcrWord, b: Region['box']) => {
  const cx = (w.x0 + w.x1) / 2;
  const cy = (w.y0 + w.y1) / 2;
  return cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1;
};

/**
 * Reads the framed regions of a page apart and puts their readings in place of the page's words inside
 * them. `candidates` are the model sets to try, the page's own first; a region stops at the first
 * reading that is confident. Returns the page reading unchanged when it has no frames.
 */
export async function readFramedRegions(
  pool: OcrPool,
  page: Raster,
  small: Raster,
  dpi: number,
  candidates: OcrLanguage[][],
  result: OcrResult,
): Promise<{ result: OcrResult; regions: number }> {
  const frames = findFrames(small);
  if (frames.length === 0) return { result, regions: 0 };
  const regions = await Promise.all(frames.map((f) => cutRegion(page, small, f)));
  const best: Array<OcrResult | undefined> = regions.map(() => undefined);
  // Model set by model set, so workers switch models as seldom as possible.
  for (const langs of candidates) {
    const todo = regions.flatMap((r, i) => ((best[i]?.confidence ?? 0) >= CONFIDENT ? [] : [i]));
    if (todo.length === 0) break;
    // All of them in one call: the native engine reads them in one process (one model load).
    const readings = await pool.recognizeEach(
      todo.map((i) => toPgm(regions[i]!.image)),
      langs,
      dpi,
    );
    todo.forEach((i, k) => {
      const reading = readings[k]!;
      if (reading.lines.length > 0 && reading.confidence > (best[i]?.confidence ?? 0))
        best[i] = reading;
    });
  }
  // Every region's words stay together, as read apart or, when that reading is no better, as read
  // with the page.
  let outside = result.lines;
  let replaced = 0;
  const blocks = regions.map((region, i) => {
    const before = outside.filter((w) => inside(w, region.box));
    outside = outside.filter((w) => !inside(w, region.box));
    const reading = best[i];
    if (
      !reading ||
      reading.confidence < MIN_CONFIDENCE ||
      (before.length > 0 && reading.confidence < mean(before.map((w) => w.confidence)))
    )
      return before;
    replaced++;
    return toPageWords(region, capitalizeLikeTheRest(reading.lines), 1_000_000 * (i + 1));
  });
  const ordered = orderWords(outside, blocks);
  const all = [...outside, ...blocks.flat()];
  return {
    result: {
      text: ordered.text,
      words: ordered.words,
      lines: all,
      confidence: Math.round(mean(all.map((w) => w.confidence)) * 1000) / 1000,
    },
    regions: replaced,
  };
}
