// A page chosen to need several models of one script (tgk+rus, ukr+rus; see read-page.ts for why
// not rus+eng) is read once in full in its main model alone, and only the lines that reading is
// unsure of (a word read unsurely, or a word of another script) are read again, in all its models. Given several models, tesseract reads each
// word in the first and tries the others on the words it does not accept, which costs about a second
// reading of the whole page; here the doubtful lines of the page are cut out, stacked into one small
// image and read in one call, each with its whole line as context, as in the page.
//
// The main model's reading also keeps a language's own letters: read together, a Russian model
// outvotes the Tajik or Ukrainian one on them ("ҳ" read "х"), so a word read again whose reading
// differs only in those letters keeps the main model's.
//
// Hand-written: tesseract has no per-word model choice, and no library merges two of its readings.
import { PSM } from 'tesseract.js';
import { hasCyrillic } from '../../core/text/scripts.js';
import { OWN_LETTERS, type OcrLanguage } from './languages.js';
import type { OcrPool, OcrResult } from './pool.js';
import { toPgm, type Raster } from './raster.js';
import { orderWords, type OcrWord } from './reading-order.js';

/** A word the main model read less surely than this puts its line up for a reading in all the models. */
const DOUBTFUL = 0.8;
/** White space around and between the cut-out lines, as a share of the line's height. */
const PAD = 0.3;
const GAP = 0.8;

const CYRILLIC_MODELS: readonly OcrLanguage[] = ['rus', 'ukr', 'tgk'];
/** Cyrillic letters drawn like Latin ones: a Cyrillic model reads a Latin word made of such letters
 *  sure of itself ("Type" as "Туре"); and letters none of the Cyrillic languages read here writes. */
const LOOKALIKES = /^[АВЕКМНОРСТУХІЅЈаеорсухіѕј]{2,}$/u;
const FOREIGN_CYRILLIC = /[ЅЈѕј]/u;
const LATIN = /\p{Script=Latin}/u;

/** Whether the main model's reading of a word is worth a reading in all the page's models. */
export function isDoubtful(
  word: OcrWord,
  main: OcrLanguage,
  others: readonly OcrLanguage[],
): boolean {
  if (!/\p{L}/u.test(word.text)) return false;
  if (word.confidence < DOUBTFUL) return true;
  const letters = word.text.replace(/[^\p{L}]/gu, '');
  const otherScript = others.some(
    (l) => CYRILLIC_MODELS.includes(l) !== CYRILLIC_MODELS.includes(main),
  );
  if (!otherScript) return false;
  if (CYRILLIC_MODELS.includes(main))
    return LATIN.test(letters) || LOOKALIKES.test(letters) || FOREIGN_CYRILLIC.test(letters);
  return hasCyrillic(letters);
}

/** A word with a language's own letters folded to their Russian look-alikes (Latin i too, which Russian models give for і). */
function folded(word: string, own: Readonly<Record<string, string>>): string {
  return [...word.toLowerCase()].map((c) => own[c] ?? (c === 'i' ? 'и' : c)).join('');
}

/** Whether `other` differs from `main` only in letters of `language`'s own that `main` holds. */
export function onlyOwnLetters(main: string, other: string, language: OcrLanguage): boolean {
  const own = OWN_LETTERS[language];
  if (!own || main === other) return false;
  const ownLetter = new RegExp(`[${Object.keys(own).join('')}]`, 'iu');
  return ownLetter.test(main) && folded(main, own) === folded(other, own);
}

interface Cut {
  line: number;
  words: OcrWord[];
  /** Where the line's cut-out was taken from on the page, and the rows it takes on the stack. */
  x0: number;
  y0: number;
  top: number;
  bottom: number;
}

/** The lines' boxes cut out of the page, padded, stacked one under another on white. */
export function stackLines(
  raster: Raster,
  lines: OcrWord[][],
): { image: Raster; cuts: Cut[]; margin: number } {
  const boxes = lines.map((words) => {
    const y0 = Math.min(...words.map((w) => w.y0));
    const y1 = Math.max(...words.map((w) => w.y1));
    const pad = Math.max(4, Math.round((y1 - y0) * PAD));
    return {
      words,
      x0: Math.max(0, Math.min(...words.map((w) => w.x0)) - pad),
      y0: Math.max(0, y0 - pad),
      x1: Math.min(raster.width, Math.max(...words.map((w) => w.x1)) + pad),
      y1: Math.min(raster.height, y1 + pad),
      gap: Math.max(8, Math.round((y1 - y0) * GAP)),
    };
  });
  const margin = 20;
  const width = Math.max(1, ...boxes.map((b) => b.x1 - b.x0)) + 2 * margin;
  const height = boxes.reduce((h, b) => h + (b.y1 - b.y0) + b.gap, margin);
  const data = Buffer.alloc(width * height, 255);
  const cuts: Cut[] = [];
  let y = margin;
  for (const b of boxes) {
    for (let row = b.y0; row < b.y1; row++) {
      const from = row * raster.width;
      raster.data.copy(data, (y + row - b.y0) * width + margin, from + b.x0, from + b.x1);
    }
    cuts.push({
      line: b.words[0]!.line,
      words: b.words,
      x0: b.x0,
      y0: b.y0,
      top: y,
      bottom: y + (b.y1 - b.y0),
    });
    y += b.y1 - b.y0 + b.gap;
  }
  return { image: { data, width, height }, cuts, margin };
}

/** The reading with its words changed: text and offsets in reading order again. */
function withWords(result: OcrResult, lines: OcrWord[]): OcrResult {
  if (lines.length === result.lines.length && lines.every((w, i) => w === result.lines[i]))
    return result;
  const ordered = orderWords(lines);
  const confidence = lines.length
    ? Math.round((lines.reduce((s, w) => s + w.confidence, 0) / lines.length) * 1000) / 1000
    : 0;
  return { text: ordered.text, confidence, words: ordered.words, lines };
}

function overlap(a: OcrWord, b: OcrWord): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (w <= 0 || h <= 0) return 0;
  const area = (x: OcrWord) => (x.x1 - x.x0) * (x.y1 - x.y0);
  return (w * h) / Math.max(area(a), area(b));
}

/**
 * The main model's reading of a page with its doubtful lines (a line holding a word the main model
 * is unsure of, or a word of the other script) read again in all the page's models, as tesseract
 * would read them in the page; a word of that reading that differs from the main model's only in the
 * main model's own letters keeps the main model's.
 */
export async function rereadDoubtfulLines(
  pool: OcrPool,
  raster: Raster,
  dpi: number,
  result: OcrResult,
  main: OcrLanguage,
  others: readonly OcrLanguage[],
): Promise<{ result: OcrResult; lines: number; reread: number }> {
  const byLine = new Map<number, OcrWord[]>();
  for (const w of result.lines) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  const doubtful = [...byLine.values()].filter((ws) => ws.some((w) => isDoubtful(w, main, others)));
  if (doubtful.length === 0 || others.length === 0)
    return { result, lines: byLine.size, reread: 0 };
  const { image, cuts, margin } = stackLines(raster, doubtful);
  const again = await pool.recognize(toPgm(image), [main, ...others], dpi, PSM.SINGLE_BLOCK);
  const national = main in OWN_LETTERS ? main : undefined;
  const readings = new Map<Cut, OcrWord[]>();
  for (const w of again.lines) {
    const middle = (w.y0 + w.y1) / 2;
    const cut = cuts.find((c) => middle >= c.top && middle < c.bottom);
    if (!cut) continue;
    const dx = cut.x0 - margin;
    const dy = cut.y0 - cut.top;
    const placed = {
      ...w,
      x0: w.x0 + dx,
      x1: w.x1 + dx,
      y0: w.y0 + dy,
      y1: w.y1 + dy,
      line: cut.line,
    };
    readings.set(cut, [...(readings.get(cut) ?? []), placed]);
  }
  const replaced = new Set<number>();
  const words: OcrWord[] = [];
  for (const cut of cuts) {
    const read = readings.get(cut);
    if (!read?.length) continue;
    replaced.add(cut.line);
    for (const w of read) {
      const twin = national ? cut.words.find((m) => overlap(m, w) > 0.6) : undefined;
      words.push(
        twin && national && onlyOwnLetters(twin.text, w.text, national)
          ? { ...w, text: twin.text }
          : w,
      );
    }
  }
  const kept = result.lines.filter((w) => !replaced.has(w.line));
  // Keep tesseract's line order: the words of a line read again stand where its old words stood.
  const order = new Map(result.lines.map((w, i) => [w, i] as const));
  const firstOf = new Map<number, number>();
  for (const w of result.lines) if (!firstOf.has(w.line)) firstOf.set(w.line, order.get(w)!);
  const merged = [...kept, ...words].sort(
    (a, b) =>
      (order.get(a) ?? firstOf.get(a.line)!) - (order.get(b) ?? firstOf.get(b.line)!) ||
      a.x0 - b.x0,
  );
  return { result: withWords(result, merged), lines: byLine.size, reread: replaced.size };
}
