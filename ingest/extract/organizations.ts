// Organizations, found two ways:
// - the catalogue (data/organizations.json) matched tolerant of case endings (a word of five or more
//   letters matches on its stem of at least four letters, so "Верховного суда" and "Prokuratury
//   Krajowej" find their nominative forms; shorter words stand whole: Air is not airport), with the
//   capital the name is written with (memorial, some airport are ordinary words), a one-word name
//   with a case ending but no English plural (Memorials), abbreviations as whole upper-case words, and institutions named after their
//   seat (data/organization-seats.json): these are normalized to an English name;
// - by shape, for what no list holds (organization-shapes.ts): a quoted name after a head noun, a
//   letterhead line in capitals, a run of capitalised words holding a head noun, a German compound;
//   these keep the words of the text.
// Where spans overlap, catalogue and seat finds win, then the longer span.
import { hasCyrillic } from '../../core/text/scripts.js';
import { loadData, type DataFile } from '../../core/data.js';
import { foldAccents } from '../../core/text/fold.js';
import { isHead, organizationShapes } from './organization-shapes.js';
import { completeEnd } from './organization-tails.js';
import { findPlaces } from './places.js';
import { transliterate } from '../../core/text/translit.js';
import type { Found } from './types.js';

interface CatalogueEntry {
  /** The English name: what every form normalizes to. */
  name: string;
  forms: string[];
  abbreviations?: string[];
  languages: string[];
  source: string;
}

interface SeatEntry {
  /** A regular expression in which `{place}` stands for the seat (and a first group may capture a number `{n}`). */
  pattern: string;
  /** The English name around `{place}`; null keeps the words of the text. */
  name: string | null;
  languages: string[];
  source: string;
}

interface Word {
  folded: string;
  start: number;
  end: number;
  /** Begins with a capital letter (or is not a word of letters: `24`). */
  capital: boolean;
}

interface Entry {
  name: string;
  stems: string[];
  /** The form's first word begins with a capital: so must the text's. */
  capital: boolean;
}

function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)].map((m) => ({
    folded: foldAccents(m[0]).replace(/’/g, "'"),
    start: m.index,
    end: m.index + m[0].length,
    capital: !/^\p{Ll}/u.test(m[0]),
  }));
}

/**
 * The part of a word that does not change with its case ending: at least four letters, so that a
 * short word of a name (Air, Somon) is matched whole or nearly (Air is not airport, Somon not some).
 */
function stem(word: string): string {
  const n = [...word].length;
  if (n >= 7) return word.slice(0, -3);
  if (n >= 6) return word.slice(0, -2);
  if (n === 5) return word.slice(0, -1);
  return word;
}

const catalogueEntries = () => loadData<DataFile<CatalogueEntry>>('organizations.json').entries;

let index: Map<string, Entry[]> | undefined;

/** Catalogue forms by their first word's stem, built once. */
function catalogue(): Map<string, Entry[]> {
  if (index) return index;
  index = new Map();
  for (const org of catalogueEntries()) {
    for (const form of [org.name, ...org.forms]) {
      const ws = words(form);
      // A one-word name keeps its whole form: its stem alone would take other words (Europol → European).
      const stems = ws.length === 1 ? ws.map((w) => w.folded) : ws.map((w) => stem(w.folded));
      if (!stems.length) continue;
      // Keyed by the first three letters of the first word: a text word can only match entries under its own.
      const key = [...stems[0]!].slice(0, 3).join('');
      index.set(key, [
        ...(index.get(key) ?? []),
        { name: org.name, stems, capital: /^\p{Lu}/u.test(form) },
      ]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}

/**
 * A text word matches a catalogue stem when it begins with it and adds no more than a case ending; a
 * word of four letters or fewer in the name (Air, LOT) must stand whole.
 */
function wordMatches(word: string, s: string): boolean {
  const extra = [...word].length - [...s].length;
  if (word === s || !word.startsWith(s)) return word === s;
  // A short word takes at most a case ending of two letters (суд → суда, Air → Aira), not a suffix (airport).
  if ([...s].length < 4) return extra <= 2;
  return extra <= ([...s].length >= 6 ? 6 : 4);
}

/**
 * A one-word catalogue name matches itself with a case ending of at most three letters (Интерпола,
 * Frontexu), never with an English plural (Memorials is a common noun).
 */
function singleMatches(word: string, s: string): boolean {
  if (word === s) return true;
  const ending = word.slice(s.length);
  return (
    word.startsWith(s) &&
    [...s].length >= 5 &&
    [...ending].length <= 3 &&
    !/^(?:e?s|'s)$/.test(ending)
  );
}

function fromCatalogue(text: string): Found[] {
  const ws = words(text);
  const idx = catalogue();
  const out: Found[] = [];
  for (let i = 0; i < ws.length; i++) {
    let best: { entry: Entry; end: number } | undefined;
    // A name written with a capital stands so in the text (all capitals included): `memorial`,
    // `some airport`, `federal security services` are ordinary words.
    const capital = ws[i]!.capital;
    for (const entry of idx.get([...ws[i]!.folded].slice(0, 3).join('')) ?? []) {
      if (entry.capital && !capital) continue;
      const matches = entry.stems.length === 1 ? singleMatches : wordMatches;
      if (entry.stems.every((s, k) => ws[i + k] && matches(ws[i + k]!.folded, s))) {
        const end = ws[i + entry.stems.length - 1]!.end;
        if (!best || end > best.end) best = { entry, end };
      }
    }
    if (best) {
      const start = ws[i]!.start;
      out.push({
        type: 'organization',
        text: text.slice(start, best.end),
        normalized: best.entry.name,
        start,
        end: best.end,
        attributes: { source: 'catalogue' },
      });
      while (i + 1 < ws.length && ws[i + 1]!.start < best.end) i++;
    }
  }
  return out;
}

/** The catalogue's English name of an organization written as `name` whole, if it lists one. */
export function catalogueName(name: string): string | undefined {
  const [only] = fromCatalogue(name);
  return only && only.start === 0 && only.end === name.length ? only.normalized : undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

let abbreviationPatterns: Array<{ re: RegExp; name: string }> | undefined;

function abbreviations(text: string): Found[] {
  abbreviationPatterns ??= catalogueEntries().flatMap((org) =>
    (org.abbreviations ?? []).map((abbr) => ({
      re: new RegExp(`(?<![\\p{L}\\d])${escape(abbr)}(?![\\p{L}\\d])`, 'gu'),
      name: org.name,
    })),
  );
  const out: Found[] = [];
  for (const { re, name } of abbreviationPatterns) {
    for (const m of text.matchAll(re))
      out.push({
        type: 'organization',
        text: m[0],
        normalized: name,
        start: m.index,
        end: m.index + m[0].length,
        attributes: { source: 'catalogue' },
      });
  }
  return out;
}

/**
 * The English name of a place written in any form, or the word itself, romanized; and where the place
 * ends in `context` when it runs on past the word (Białej → Białej Podlaskiej). The place is looked up
 * within the words around it (`context`): its language decides which endings apply.
 */
function placeName(word: string, context: string): { name: string; end?: number; found: boolean } {
  const at = context.lastIndexOf(word);
  const found = findPlaces(context).find((f) => f.start <= at && f.end >= at + word.length);
  if (found)
    return { name: found.normalized.replace(/,\s*[A-Z]{2}$/, ''), end: found.end, found: true };
  // The pattern already says "place", as a preposition would: look the word up after one.
  const alone = findPlaces(`in ${word}`)[0];
  if (alone) return { name: alone.normalized.replace(/,\s*[A-Z]{2}$/, ''), found: true };
  return { name: hasCyrillic(word) ? transliterate(word) : word, found: false };
}

// A seat: a capitalised word, with a German "an der Havel" or "(Oder)" that belongs to it.
const PLACE =
  "(\\p{Lu}[\\p{L}’'-]*?(?![\\p{L}])(?:\\s+(?:an der|am|an|ob der|im)\\s+\\p{Lu}\\p{L}+|\\s*\\(\\p{Lu}\\p{L}+\\))?)";

let seatPatterns: Array<{ re: RegExp; name: string | null; adjective: boolean }> | undefined;

function seats(text: string): Found[] {
  seatPatterns ??= loadData<DataFile<SeatEntry>>('organization-seats.json').entries.map((e) => ({
    re: new RegExp(
      `(?<!\\p{L})${e.pattern.replace('{place}', e.pattern.includes('{place}isch') ? '(\\p{Lu}[\\p{L}-]+?)' : PLACE)}`,
      'gu',
    ),
    name: e.name,
    adjective: e.pattern.includes('{place}isch'),
  }));
  const out: Found[] = [];
  for (const { re, name, adjective } of seatPatterns) {
    for (const m of text.matchAll(re)) {
      const place = m.at(-1)!;
      // "Oberlandesgericht" on the next line is no seat.
      if (isHead(place.split(/\s/)[0]!)) continue;
      const number = m.length > 2 ? m[1] : undefined;
      // The seat is looked up with the words after it too: "Согдийской" is a place with its "области".
      const context = text.slice(m.index, m.index + m[0].length + 30);
      const seat = placeName(place, context);
      // The seat must be a place the gazetteer knows ("Richter am Oberlandesgericht" names none), unless
      // an adjective of it says so (Schleswig-Holsteinisches Oberlandesgericht: a region, not a town).
      if (!seat.found && !adjective) continue;
      const normalized =
        name === null ? m[0] : name.replace('{place}', seat.name).replace('{n}', number ?? '');
      // The span takes in the rest of a seat of several words that the pattern cut at its first.
      const end =
        m.index +
        (name !== null && seat.end !== undefined ? Math.max(seat.end, m[0].length) : m[0].length);
      out.push({
        type: 'organization',
        text: text.slice(m.index, end),
        normalized: normalized.replace(/\s+/g, ' '),
        start: m.index,
        end,
        attributes: { source: 'seat' },
      });
    }
  }
  for (const m of text.matchAll(DISTRICT_COURT)) {
    const district = m[1] ?? m[3] ?? m[5]!;
    if (/^(?:City|Regional|Municipal|Central|Higher|The)$/.test(district)) continue;
    const city = m[2] ?? m[4];
    const name = `${hasCyrillic(district) ? transliterate(district) : district} District Court${city ? ` (${placeName(city, m[0]).name})` : ''}`;
    out.push({
      type: 'organization',
      text: m[0],
      normalized: name,
      start: m.index,
      end: m.index + m[0].length,
      attributes: { source: 'seat' },
    });
  }
  return out;
}

/** District courts of a city, named after the district: "суд района Ромашка г. Вахдат" → "Romashka District Court (Vahdat)". */
const DISTRICT_COURT =
  /(?<!\p{L})(?:суд\p{L}*\s+район\p{L}*\s+(\p{Lu}\p{L}+)(?:\s+г\.\s*(\p{Lu}\p{L}+))?|(\p{Lu}\p{L}+)\s+District Court(?:\s*\((\p{Lu}\p{L}+)\))?|суди\s+ноҳияи\s+(\p{Lu}\p{L}+))/gu;

/** A shape's span read on over the complement of an unfinished phrase (organization-tails.ts). */
function completeShape(text: string, s: Found, known: readonly Found[]): Found {
  const end = completeEnd(text, s.start, s.end, known);
  if (end === s.end) return s;
  const surface = text.slice(s.start, end);
  return { ...s, text: surface, normalized: surface.replace(/\s+/g, ' '), end };
}

/** Keeps the first of overlapping spans, in the order given. */
function withoutOverlaps(finds: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of finds) if (!out.some((o) => f.start < o.end && o.start < f.end)) out.push(f);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Organizations on a page: spans of `text` with an English name from the catalogue or a seat, or the
 * words of the text for one found by its shape.
 */
export function findOrganizations(text: string): Found[] {
  const longestFirst = (a: Found, b: Found) =>
    b.end - b.start - (a.end - a.start) || a.start - b.start;
  const listed = [...seats(text), ...fromCatalogue(text), ...abbreviations(text)].sort(
    longestFirst,
  );
  const known = withoutOverlaps(listed);
  // A shape that ends on an unfinished phrase ("Biuro do Spraw") takes its complement, up to a listed find.
  const shaped = organizationShapes(text)
    .map((s) => completeShape(text, s, known))
    .sort(longestFirst);
  // A shape that overlaps a catalogue or seat find is that organization: keep the listed name. One that
  // repeats part of a listed find's words (a bare "Oberlandesgericht" after the court's full name) is a
  // later mention of it, not an organization of its own.
  const extra = shaped.filter(
    (s) =>
      !known.some(
        (k) =>
          (k.start < s.end && s.start < k.end) || foldAccents(k.text).includes(foldAccents(s.text)),
      ),
  );
  return withoutOverlaps([...known, ...extra]);
}
