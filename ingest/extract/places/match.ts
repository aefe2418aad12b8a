// Finds gazetteer names in a page: at each word, every entry whose first word fits is tried over the
// following words; the longest, most trusted match that its context allows wins.
import type { Found } from '../types.js';
import { fold, isCyrillic } from './fold.js';
import { blanked, gazetteer, type Entry, type Gazetteer, type Keys } from './gazetteer.js';
import { ENDINGS, matchWord } from './inflection.js';
import { stopwords } from './stopwords.js';
import { atSentenceStart, joinable, tokenize, type Token } from './tokens.js';

export interface Candidate {
  entry: Entry;
  first: number;
  /** Index of the word after the match. */
  next: number;
  end: number;
  inflected: boolean;
  fuzzy: boolean;
}

const MAX_ENDING = 4;
const SOURCE_RANK = { curated: 0, country: 1, city: 2 } as const;

export function findPlaceNames(text: string): Found[] {
  const g = gazetteer();
  const tokens = tokenize(text);
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; ) {
    const best = tokens[i]?.street ? undefined : choose(text, tokens, candidates(g, text, tokens, i));
    if (!best) {
      i++;
      continue;
    }
    const start = (tokens[i] as Token).start;
    found.push({ type: 'place', text: text.slice(start, best.end), normalized: best.entry.name, start, end: best.end });
    i = best.next;
  }
  return found;
}

function candidates(g: Gazetteer, text: string, tokens: Token[], i: number): Candidate[] {
  const t = tokens[i] as Token;
  const lists: Entry[][] = [];
  for (const keys of t.capital ? [g.capital, g.lower] : [g.lower]) {
    for (const r of t.readings) lists.push(...entriesFor(keys, r.folded));
  }
  const out: Candidate[] = [];
  const tried = lists.length > 1 ? new Set<Entry>() : undefined;
  for (const list of lists) {
    for (const entry of list) {
      if (tried?.has(entry)) continue;
      tried?.add(entry);
      const c = matchAt(text, tokens, i, entry);
      if (c) out.push(c);
    }
  }
  return out.length || !t.capital ? out : fuzzyAt(g, tokens, i);
}

/** Entries under the word itself and under the word less each ending it may carry. */
function entriesFor(keys: Keys, word: string): Entry[][] {
  const found: Entry[][] = [];
  const exact = keys.exact.get(word);
  if (exact) found.push(exact);
  for (let k = 1; k <= MAX_ENDING && word.length - k >= 3; k++) {
    if (!ENDINGS.has(word.slice(-k))) continue;
    const list = keys.stem.get(word.slice(0, -k));
    if (list) found.push(list);
  }
  return found;
}

function matchAt(text: string, tokens: Token[], i: number, entry: Entry): Candidate | undefined {
  let inflected = false;
  let end = 0;
  for (let j = 0; j < entry.words.length; j++) {
    const t = tokens[i + j];
    const word = entry.words[j];
    if (!t || !word || t.street) return undefined;
    if (j > 0 && !joinable(text, tokens[i + j - 1] as Token, t)) return undefined;
    if (word.capital && !t.capital) return undefined;
    const hit = bestReading(t, (f) => matchWord(f, word));
    if (!hit) return undefined;
    inflected ||= hit.how === 'inflected';
    end = hit.end;
  }
  return { entry, first: i, next: i + entry.words.length, end, inflected, fuzzy: false };
}

function bestReading(t: Token, test: (folded: string) => 'exact' | 'inflected' | null) {
  let found: { how: 'exact' | 'inflected'; end: number } | undefined;
  for (const r of t.readings) {
    const how = test(r.folded);
    if (how === 'exact') return { how, end: r.end };
    if (how && !found) found = { how, end: r.end };
  }
  return found;
}

/** One wrong letter in a long trusted name (`Рушанбе`, `Паджикистан`): OCR, when nothing else fits. */
function fuzzyAt(g: Gazetteer, tokens: Token[], i: number): Candidate[] {
  const t = tokens[i] as Token;
  const folded = t.readings[0]?.folded ?? '';
  if (!t.capital || folded.length < 7 || !isCyrillic(folded)) return [];
  const hits = new Set<Entry>();
  for (const key of blanked(folded)) for (const e of g.fuzzy.get(key) ?? []) hits.add(e);
  const names = new Set([...hits].map((e) => e.name));
  const [entry] = hits;
  if (names.size !== 1 || !entry) return [];
  return [{ entry, first: i, next: i + 1, end: t.end, inflected: false, fuzzy: true }];
}

function choose(text: string, tokens: Token[], cands: Candidate[]): Candidate | undefined {
  cands.sort(
    (a, b) =>
      b.next - a.next ||
      SOURCE_RANK[a.entry.source] - SOURCE_RANK[b.entry.source] ||
      Number(a.inflected) - Number(b.inflected) ||
      Number(b.entry.trusted) - Number(a.entry.trusted) ||
      b.entry.population - a.entry.population,
  );
  return cands.find((c) => accept(text, tokens, c));
}

// Words that introduce a place name in the Latin-script languages; after a Polish one a GeoNames name
// may also carry a case ending (`w Rzeszowie`).
const POLISH_PREPOSITIONS = new Set('w we z ze do od na pod przez przy koło nad ku spod spoza obok'.split(' ').map(fold));
const PREPOSITIONS = new Set(
  [...POLISH_PREPOSITIONS, ...'in from to at near via into outside towards à vers près naar uit bij te nabij vanuit nach aus bei'.split(' ').map(fold)],
);

// Endings of family names and patronymics (Nazarova, Karimov, Lewandowski, Rakhmonzoda).
const SURNAME = /(?:ov|ova|ev|eva|ovich|ovna|evich|evna|zoda|zade|enko|ski|ska|sky|cki|cka|wicz|yan|ian|shvili|uly|qizi|kyzy)$/;

function accept(text: string, tokens: Token[], c: Candidate): boolean {
  const { entry } = c;
  if (entry.source === 'curated') return true;
  const surface = text.slice((tokens[c.first] as Token).start, c.end);
  const single = c.next - c.first === 1;
  if (single && (stopwords(fold).has(fold(surface)) || (!entry.trusted && lowerWords(tokens).has(fold(surface))))) return false;
  if (afterInitial(text, tokens, c.first)) return false;
  if (entry.source === 'country') return entry.trusted || (!c.inflected && surface.length >= 6);
  return entry.population >= cityThreshold(text, tokens, c, surface);
}

/** How many inhabitants a GeoNames town needs before a word is taken for it, given its context. */
function cityThreshold(text: string, tokens: Token[], c: Candidate, surface: string): number {
  const before = tokens[c.first - 1];
  const word = before && !before.upper ? (before.readings[0]?.folded ?? '') : '';
  const prep = PREPOSITIONS.has(word);
  if (c.inflected) return POLISH_PREPOSITIONS.has(word) ? 5_000 : Infinity;
  const single = c.next - c.first === 1;
  let min = prep ? 1_000 : single ? 20_000 : 5_000;
  const t = tokens[c.first] as Token;
  if (!prep && (t.upper || atSentenceStart(text, t.start))) min = Math.max(min, 100_000);
  if (single && surface.length <= 4) min = Math.max(min, 500_000);
  if (single && SURNAME.test(fold(surface))) min = Math.max(min, 300_000);
  if (nextToName(text, tokens, c)) min = Math.max(min, 1_000_000);
  return min;
}

const lowerCache = new WeakMap<Token[], Set<string>>();

/** The page's words written in lower case: a name also used as an ordinary word there is that word. */
function lowerWords(tokens: Token[]): Set<string> {
  let words = lowerCache.get(tokens);
  if (!words) {
    words = new Set(tokens.filter((t) => !t.capital).map((t) => t.readings[0]?.folded ?? ''));
    lowerCache.set(tokens, words);
  }
  return words;
}

/** Preceded by an initial (`M. Jordan`): a person. */
function afterInitial(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i] as Token;
  return !!prev && prev.raw.length === 1 && prev.capital && /^\.\s{0,2}$/.test(text.slice(prev.end, t.start));
}

/** A capitalised word right before or after (`Paul Hendricks`, `Sino District`): part of another name. */
function nextToName(text: string, tokens: Token[], c: Candidate): boolean {
  const stop = stopwords(fold);
  const near = (a: Token | undefined, b: Token | undefined, other: Token | undefined) =>
    !!a && !!b && !!other && other.capital && !stop.has(other.readings[0]?.folded ?? '') && /^[ \-]{1,2}$/.test(text.slice(a.end, b.start));
  const before = tokens[c.first - 1];
  const after = tokens[c.next];
  return near(before, tokens[c.first], before) || near(tokens[c.next - 1], after, after);
}
