// Machine-readable zones (the two or three lines of `<`-filled capitals at the foot of a passport page)
// are set in OCR-B, which a language model reads badly: `<` comes out as K, L or «. Lines that look
// like an MRZ are read again on their own, as a single text line, with only the MRZ alphabet allowed.
import { CYRILLIC_TO_LATIN } from '../../core/text/scripts.js';
import type { WordBox } from '../../schema/tables.js';
import { paddedLine, type OcrPool } from './pool.js';

const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';
// OCR-B has capitals only: the capital look-alikes, and a small х for the filler `<` it resembles.
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(CYRILLIC_TO_LATIN).filter(([c]) => c !== c.toLowerCase())),
  х: '<',
};

/** A line that is long, space-poor, upper-case and full of filler look-alikes. */
export function looksLikeMrz(line: string): boolean {
  // A Cyrillic model reads OCR-B capitals as their Cyrillic look-alikes (ТК for TK, х for a filler).
  const compact = [...line.replace(/\s+/g, '')].map((c) => CYRILLIC_LOOKALIKES[c] ?? c).join('');
  if (compact.length < 28) return false;
  const fillers = (compact.match(/[<«‹KL(]/g) ?? []).length;
  const upperOrDigit = (compact.match(/[A-Z0-9<«‹]/g) ?? []).length;
  return fillers >= 4 && upperOrDigit / compact.length > 0.8 && /<|«/.test(compact);
}

/** MRZ line lengths: TD1 (ID cards) 30, TD2 36, TD3 (passports) 44. */
const MRZ_LENGTHS = [30, 36, 44];

/**
 * Undoes what OCR does to fillers. A run that starts with `<`, holds at least two `<` and otherwise only
 * their look-alikes (K, L, «), and runs to the end of the line (or to its last two check characters),
 * is filler (a check digit misread as a letter may follow it): every character in it becomes `<`, and the run is stretched or shrunk so the line has
 * the nearest standard length. Names and numbers before the run are left alone (a name ending in K
 * or L keeps it: the run must start with `<`); the check digits decide later whether the line holds.
 */
export function repairMrzLine(raw: string): string {
  let line = raw.replace(/\s+/g, '').replace(/[«‹]/g, '<');
  // In the name line, a lone K or L between fillers is a misread filler (no name part is one letter).
  if (/^[PIACV][A-Z<]/.test(line)) while (/<[KL]</.test(line)) line = line.replace(/<[KL]</, '<<<');
  const m = /<[<KL]*$|<[<KL]*(?=[0-9A-Z<]{1,2}$)/.exec(line);
  if (!m || (m[0].match(/</g) ?? []).length < 2 || m[0].length < 4) return line;
  const head = line.slice(0, m.index);
  const tail = line.slice(m.index + m[0].length);
  const fits = MRZ_LENGTHS.filter(
    (n) => n >= head.length + tail.length + 1 && Math.abs(n - line.length) <= 12,
  );
  const target = fits.sort((a, b) => Math.abs(a - line.length) - Math.abs(b - line.length))[0];
  const fill = target ? target - head.length - tail.length : m[0].length;
  return head + '<'.repeat(fill) + tail;
}

export interface TextWithWords {
  text: string;
  words: WordBox[];
}

/** Re-reads MRZ-like lines of a page and splices the new readings into its text and words. */
export async function rereadMrzLines(
  pool: OcrPool,
  pgm: Buffer,
  dpi: number,
  page: TextWithWords,
): Promise<TextWithWords> {
  const lines = page.text.split('\n');
  let offset = 0;
  const spans = lines.map((line) => {
    const span = { line, start: offset, end: offset + line.length };
    offset += line.length + 1;
    return span;
  });
  if (!spans.some((s) => looksLikeMrz(s.line))) return page;

  const inLine = spans.map((span) =>
    page.words.filter((w) => (w.start ?? -1) >= span.start && (w.end ?? -1) <= span.end),
  );
  const boxes = spans.map((span, i) => {
    const ws = inLine[i]!;
    if (!looksLikeMrz(span.line) || ws.length === 0) return undefined;
    return {
      x0: Math.min(...ws.map((w) => w.x0)),
      y0: Math.min(...ws.map((w) => w.y0)),
      x1: Math.max(...ws.map((w) => w.x1)),
      y1: Math.max(...ws.map((w) => w.y1)),
    };
  });
  const mrz = boxes.flatMap((box, i) => (box ? [{ i, box }] : []));
  // The MRZ lines of a page in one call (the native engine reads them in one request).
  const readings = await pool.recognizeLines(
    pgm,
    mrz.map(({ box }) => paddedLine(box, 0.4)),
    { whitelist: MRZ_ALPHABET },
    dpi,
  );
  const reread = new Map(mrz.map(({ i }, k) => [i, readings[k]!]));

  const out: string[] = [];
  const words: WordBox[] = [];
  let pos = 0; // where the current line starts in the new text
  spans.forEach((span, i) => {
    let line = span.line;
    let lineWords = inLine[i]!.map((w) => ({
      ...w,
      start: (w.start ?? 0) - span.start + pos,
      end: (w.end ?? 0) - span.start + pos,
    }));
    const again = reread.get(i);
    const box = boxes[i];
    if (again && box) {
      const text = repairMrzLine(again.text);
      if (text.length >= 28) {
        line = text;
        lineWords = [
          { text, confidence: again.confidence, ...box, start: pos, end: pos + text.length },
        ];
      }
    }
    out.push(line);
    words.push(...lineWords);
    pos += line.length + 1;
  });
  return { text: out.join('\n'), words };
}
