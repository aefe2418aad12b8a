// Does a quote really stand on a page? The page text and the quote are compared in a normal form
// that forgives what copying from a page changes: line breaks and runs of space, words hyphenated
// across lines, typographic quotes and dashes, letter case. An exact find is reported as such;
// otherwise the closest passage is found by approximate substring matching (edit distance, where
// the passage may start and end anywhere on the page) and reported as fuzzy when it is close enough.

export interface QuoteMatch {
  found: boolean;
  match: 'exact' | 'fuzzy' | null;
  /** 1 for an exact find; 1 − edits / quote length for a fuzzy one. */
  score: number;
  /** Offsets of the passage in the page text. */
  start: number | null;
  end: number | null;
}

/** Fuzzy finds below this similarity are not finds. */
export const FUZZY_THRESHOLD = 0.85;

const EQUIVALENT: Record<string, string> = { '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '−': '-', ' ': ' ' };

/** The normal form, with for every character of it the offset of its source in the original. */
export function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // A hyphen at a line end joins the word it splits.
    if ((ch === '-' || ch === '\u00ad') && /^\s*\n/.test(text.slice(i + 1, i + 4)) && /\p{L}$/u.test(norm)) {
      while (i + 1 < text.length && /\s/.test(text[i + 1]!)) i++;
      continue;
    }
    if (/\s/.test(ch)) {
      space = norm.length > 0;
      continue;
    }
    if (space) {
      norm += ' ';
      map.push(i);
      space = false;
    }
    norm += (EQUIVALENT[ch] ?? ch).toLowerCase();
    map.push(i);
  }
  return { norm: norm.normalize('NFC'), map };
}

/** Semi-global edit distance: the best-matching passage of `text` for `pattern` (Sellers' algorithm). */
function closestPassage(pattern: string, text: string): { distance: number; start: number; end: number } {
  const m = pattern.length;
  let prev = new Array<number>(m + 1);
  let prevStart = new Array<number>(m + 1).fill(0);
  for (let j = 0; j <= m; j++) prev[j] = j;
  let best = { distance: m, start: 0, end: 0 };
  for (let i = 1; i <= text.length; i++) {
    const cur = new Array<number>(m + 1);
    const curStart = new Array<number>(m + 1);
    cur[0] = 0;
    curStart[0] = i;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (pattern[j - 1] === text[i - 1] ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1]!;
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j]!;
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1]!;
      }
    }
    if (cur[m]! < best.distance) best = { distance: cur[m]!, start: curStart[m]!, end: i };
    prev = cur;
    prevStart = curStart;
  }
  return best;
}

export function findQuote(pageText: string, quote: string): QuoteMatch {
  const page = normalizeWithMap(pageText);
  const q = normalizeWithMap(quote).norm;
  const none: QuoteMatch = { found: false, match: null, score: 0, start: null, end: null };
  if (q.length === 0) return none;
  const at = page.norm.indexOf(q);
  const toOriginal = (s: number, e: number) => ({ start: page.map[s] ?? 0, end: (page.map[e - 1] ?? 0) + 1 });
  if (at >= 0) return { found: true, match: 'exact', score: 1, ...toOriginal(at, at + q.length) };
  // Long quotes against long pages: the dynamic programme is quote × page, fine at page sizes.
  const best = closestPassage(q, page.norm);
  const score = Math.max(0, 1 - best.distance / q.length);
  if (score < FUZZY_THRESHOLD || best.end <= best.start) return { ...none, score: Math.round(score * 1000) / 1000 };
  return { found: true, match: 'fuzzy', score: Math.round(score * 1000) / 1000, ...toOriginal(best.start, best.end) };
}
