// Second readings of parts of a page, for what reading in several models at once gets wrong:
//
//   - Letters of one language only. Read together, a Russian model outvotes the Tajik or Ukrainian
//     one on their own letters: "Иброҳимов" comes out "Иброхимов", "Давронқизи" "Давронкизи". The
//     Tajik model alone reads them, but then misreads the Russian words of a bilingual form
//     ("Настояшее"). So the page is read once more in the national model alone, and a word is taken
//     from that reading when it differs from the first only in that language's own letters.
//   - Latin names inside Cyrillic text. With a Cyrillic model beside English, an initial next to
//     Latin words is drawn to Cyrillic ("Gulnora S." comes out "Gulnora С."). A line's run of Latin
//     words with an initial is read again in the Latin models alone, and taken when it has as many
//     words.
//
// Hand-written: tesseract has no per-word model choice, and no library merges two of its readings.
import { groupBy } from '../../core/group.js';
import { hasCyrillic } from '../../core/text/scripts.js';
import { OWN_LETTERS, type OcrLanguage } from './languages.js';
import { paddedLine, type OcrPool, type OcrResult } from './pool.js';
import { orderWords, type OcrWord } from './reading-order.js';

/** The national model of a reading that carried Russian beside it, if any. */
export function nationalModel(languages: readonly OcrLanguage[]): OcrLanguage | undefined {
  if (!languages.includes('rus')) return undefined;
  return languages.find((l) => OWN_LETTERS[l] !== undefined);
}

/** A word with a language's own letters folded to their Russian look-alikes (Latin i too, which Russian models give for і). */
function folded(word: string, own: Record<string, string>): string {
  return [...word.toLowerCase()].map((c) => own[c] ?? (c === 'i' ? 'и' : c)).join('');
}

function overlap(a: OcrWord, b: OcrWord): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (w <= 0 || h <= 0) return 0;
  const area = (x: OcrWord) => (x.x1 - x.x0) * (x.y1 - x.y0);
  return (w * h) / Math.max(area(a), area(b));
}

/** First-reading words, each replaced by the national reading of it where that differs only in the language's own letters. */
export function mergeOwnLetters(
  first: OcrWord[],
  national: OcrWord[],
  language: OcrLanguage,
): OcrWord[] {
  const own = OWN_LETTERS[language];
  if (!own) return first;
  const ownLetter = new RegExp(`[${Object.keys(own).join('')}]`, 'iu');
  return first.map((w) => {
    const twin = national.find((n) => overlap(w, n) > 0.6);
    if (!twin || twin.text === w.text || !ownLetter.test(twin.text)) return w;
    return folded(twin.text, own) === folded(w.text, own) ? { ...w, text: twin.text } : w;
  });
}

const LATIN_WORD = /^[^\p{L}]*\p{Script=Latin}{3,}[^\p{Script=Cyrillic}]*$/u;
const INITIAL = /^[^\p{L}]*\p{Lu}\.[^\p{L}]*$/u;

/** Runs of a line's Latin words and initials that hold an initial ("Gulnora С.", "K. Wiśniewska"). */
export function latinRuns(words: OcrWord[]): OcrWord[][] {
  const runs: OcrWord[][] = [];
  for (const line of groupBy(words, (w) => w.line).values()) {
    let run: OcrWord[] = [];
    const close = () => {
      if (run.some((w) => LATIN_WORD.test(w.text)) && run.some((w) => INITIAL.test(w.text)))
        runs.push(run);
      run = [];
    };
    for (const w of [...line].sort((a, b) => a.x0 - b.x0)) {
      if (LATIN_WORD.test(w.text) || INITIAL.test(w.text)) run.push(w);
      else close();
    }
    close();
  }
  return runs;
}

/** Reads each Latin run again in the Latin models alone; a reading with as many words replaces the run's words. */
async function rereadLatinRuns(
  pool: OcrPool,
  pgm: Buffer,
  dpi: number,
  words: OcrWord[],
  latin: OcrLanguage[],
): Promise<OcrWord[]> {
  const runs = latinRuns(words);
  const rectangles = runs.map((run) => {
    const box = {
      x0: Math.min(...run.map((w) => w.x0)),
      y0: Math.min(...run.map((w) => w.y0)),
      x1: Math.max(...run.map((w) => w.x1)),
      y1: Math.max(...run.map((w) => w.y1)),
    };
    return paddedLine(box, 0.3);
  });
  // All runs of the page in one call (the native engine reads them in one request).
  const readings = await pool.recognizeLines(pgm, rectangles, { languages: latin }, dpi);
  const replaced = new Map<OcrWord, string>();
  runs.forEach((run, k) => {
    const parts = readings[k]!.text.split(/\s+/u).filter(Boolean);
    if (parts.length !== run.length || parts.some(hasCyrillic)) return;
    run.forEach((w, i) => replaced.set(w, parts[i]!));
  });
  return replaced.size
    ? words.map((w) => (replaced.has(w) ? { ...w, text: replaced.get(w)! } : w))
    : words;
}

/** The reading with its words changed: text and offsets in reading order again. */
function withWords(result: OcrResult, lines: OcrWord[]): OcrResult {
  if (lines.every((w, i) => w === result.lines[i])) return result;
  const ordered = orderWords(lines);
  return { ...result, text: ordered.text, words: ordered.words, lines };
}

const LATIN_MODELS: readonly OcrLanguage[] = ['eng', 'pol', 'fra', 'deu', 'nld'];

/** A page's reading after the second readings its models call for (see the top of this file). */
export async function readAgainWhereNeeded(
  pool: OcrPool,
  pgm: Buffer,
  dpi: number,
  result: OcrResult,
  languages: readonly OcrLanguage[],
): Promise<OcrResult> {
  let words = result.lines;
  const national = nationalModel(languages);
  if (national) {
    const alone = await pool.recognize(
      pgm,
      languages.filter((l) => l !== 'rus'),
      dpi,
    );
    words = mergeOwnLetters(words, alone.lines, national);
  }
  const latin = languages.filter((l) => LATIN_MODELS.includes(l));
  if (latin.length && latin.length < languages.length)
    words = await rereadLatinRuns(pool, pgm, dpi, words, latin);
  return withWords(result, words);
}
