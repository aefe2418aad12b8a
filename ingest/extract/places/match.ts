// Finds gazetteer names in a page: at each word, every entry whose first word fits is tried over the
// following words; the longest, most trusted match that its context allows wins.
import type { Found } from '../types.js';
import { accept, acceptConfirmed, type Candidate } from './accept.js';
import { hasCyrillic } from '../../../core/text/scripts.js';
import { blanked, gazetteer, type Entry, type Gazetteer, type Keys } from './gazetteer.js';
import { ENDINGS, matchWord } from './inflection.js';
import { Page } from './page.js';
import { joinable, type Token } from './tokens.js';
import { markedTown } from './towns.js';

const MAX_ENDING = 4;
const SOURCE_RANK = { curated: 0, world: 1, country: 1, region: 2, city: 2 } as const;

/**
 * Places of a page. `confirmed` are spans another detector (the NER model) reads as places: a
 * gazetteer name inside one needs no further context (its population threshold is waived), since
 * the model has already weighed the words around it.
 */
export function findPlaceNames(
  text: string,
  confirmed: ReadonlyArray<ConfirmedSpan> = [],
): Found[] {
  const g = gazetteer();
  const page = new Page(text, (w) => g.countryWords.has(w));
  const found: Found[] = [];
  for (let i = 0; i < page.tokens.length;) {
    const best = page.token(i).street ? undefined : choose(page, candidates(g, page, i), confirmed);
    if (!best) {
      i++;
      continue;
    }
    const start = page.token(i).start;
    found.push({
      type: 'place',
      text: text.slice(start, best.end),
      normalized: best.entry.name,
      start,
      end: best.end,
    });
    i = best.next;
  }
  return found;
}

function candidates(g: Gazetteer, page: Page, i: number): Candidate[] {
  const t = page.token(i);
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
      const c = matchAt(page, i, entry);
      if (c) out.push(c);
    }
  }
  if (out.length || !t.capital) return out;
  return fuzzyAt(g, page, i) ?? markedAt(g, page, i);
}

function markedAt(g: Gazetteer, page: Page, i: number): Candidate[] {
  const entry = markedTown(g, page, i);
  return entry
    ? [{ entry, first: i, next: i + 1, end: page.token(i).end, inflected: false, marked: true }]
    : [];
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

function matchAt(page: Page, i: number, entry: Entry): Candidate | undefined {
  let inflected = false;
  let end = 0;
  let at = i;
  for (const [j, word] of entry.words.entries()) {
    const t = page.tokens[at];
    if (!t || t.street) return undefined;
    if (j > 0 && !joinable(page.text, page.token(at - 1), t)) return undefined;
    if (word.capital && !t.capital) return undefined;
    const hit = bestReading(t, (f) => matchWord(f, word));
    if (!hit) return undefined;
    inflected ||= hit.how === 'inflected';
    end = hit.end;
    at += 1 + hit.skip;
  }
  if (entry.period && page.text[end] === '.') end++;
  return { entry, first: i, next: at, end, inflected };
}

/** The first reading of the word that matches exactly, else the first that matches with an ending. */
function bestReading(t: Token, test: (folded: string) => 'exact' | 'inflected' | null) {
  let found: { how: 'exact' | 'inflected'; end: number; skip: number } | undefined;
  for (const r of t.readings) {
    const how = test(r.folded);
    if (how === 'exact') return { how, end: r.end, skip: r.skip ?? 0 };
    if (how && !found) found = { how, end: r.end, skip: r.skip ?? 0 };
  }
  return found;
}

// Words after which a place is expected (Russian, Ukrainian, Tajik prepositions of place and direction).
const PLACE_CUES = new Set(
  'в во из изо до у с со на через под над к ко около возле из-за по від з із зі ва дар аз ба то'.split(
    ' ',
  ),
);

/**
 * One wrong letter in a long trusted Cyrillic name (`Рушанбе`, `Паджикистан`): OCR, when nothing else
 * fits. In a name of nine letters or more one letter is a slip wherever it stands (`отправят
 * Ладжикистан`); a shorter one only where a place is expected: after a preposition of place, beside
 * a country, or in a line of capitals (a stamp, a heading). A capitalised ordinary word one letter away
 * (`Фракция` at a sentence start, not `Франция`), or one the page also writes in lower case, is no place.
 */
function fuzzyAt(g: Gazetteer, page: Page, i: number): Candidate[] | undefined {
  const t = page.token(i);
  const folded = t.readings[0]?.folded ?? '';
  if (folded.length < 7 || !hasCyrillic(folded)) return undefined;
  if (page.lowerWords().has(folded)) return undefined;
  if (
    folded.length < 9 &&
    !t.upper &&
    !PLACE_CUES.has(page.wordBefore(i)) &&
    !page.besideCountry(i + 1)
  )
    return undefined;
  const hits = new Set<Entry>();
  for (const key of blanked(folded)) for (const e of g.fuzzy.get(key) ?? []) hits.add(e);
  const [entry] = hits;
  if (!entry || new Set([...hits].map((e) => e.name)).size !== 1) return undefined;
  return [{ entry, first: i, next: i + 1, end: t.end, inflected: false }];
}

/**
 * A span another reader takes for a place: the NER model (`sure` when its margin is high), or a
 * table cell of a place column (`cell`: a route, a checkpoint), where a town named like a given name
 * is the town.
 */
export interface ConfirmedSpan {
  start: number;
  end: number;
  sure?: boolean;
  cell?: boolean;
}

function choose(
  page: Page,
  cands: Candidate[],
  confirmed: ReadonlyArray<ConfirmedSpan>,
): Candidate | undefined {
  cands.sort(
    (a, b) =>
      b.next - a.next ||
      SOURCE_RANK[a.entry.source] - SOURCE_RANK[b.entry.source] ||
      Number(a.inflected) - Number(b.inflected) ||
      Number(b.entry.trusted) - Number(a.entry.trusted) ||
      b.entry.population - a.entry.population,
  );
  const confirming = (c: Candidate) =>
    confirmed.find((s) => s.start <= page.token(c.first).start && c.end <= s.end);
  return cands.find((c) => {
    if (accept(page, c)) return true;
    const span = confirming(c);
    return span !== undefined && acceptConfirmed(page, c, span.sure ?? true, span.cell ?? false);
  });
}
