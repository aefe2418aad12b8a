// Organizations: the catalogue of organization-names.ts matched tolerant of case endings (a word of
// five or more letters matches on its stem, so "Верховного суда", "Prokuratury Krajowej" and
// "АДМІНІСТРАЦІЯ ДЕРЖАВНОЇ ПРИКОРДОННОЇ СЛУЖБИ" find their nominative forms), abbreviations as
// whole upper-case words, and courts and prosecutors named after their seat.
import { fold } from './fold.js';
import { findPlaces } from './places.js';
import { DISTRICT_COURT, ORGANIZATIONS, SEAT_PATTERNS } from './organization-names.js';
import { transliterate } from './translit.js';
import type { Found } from './types.js';

interface Word {
  folded: string;
  start: number;
  end: number;
}

interface Entry {
  name: string;
  stems: string[];
}

function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)].map((m) => ({ folded: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** The part of a word that does not change with its case ending. */
function stem(word: string): string {
  const n = [...word].length;
  if (n >= 7) return word.slice(0, -3);
  if (n >= 5) return word.slice(0, -2);
  return word;
}

let index: Map<string, Entry[]> | undefined;

/** Catalogue forms by their first word's stem, built once. */
function catalogue(): Map<string, Entry[]> {
  if (index) return index;
  index = new Map();
  for (const org of ORGANIZATIONS) {
    for (const form of org.forms) {
      const stems = words(form).map((w) => stem(w.folded));
      if (!stems.length) continue;
      // Keyed by the first three letters of the first word: a text word can only match entries under its own.
      const key = [...stems[0]!].slice(0, 3).join('');
      index.set(key, [...(index.get(key) ?? []), { name: org.name, stems }]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}

/** A text word matches a catalogue stem when it begins with it and adds no more than a case ending. */
function wordMatches(word: string, s: string): boolean {
  const extra = [...word].length - [...s].length;
  return word === s || (word.startsWith(s) && [...s].length >= 3 && extra <= ([...s].length >= 6 ? 6 : 4));
}

function fromCatalogue(text: string): Found[] {
  const ws = words(text);
  const idx = catalogue();
  const out: Found[] = [];
  for (let i = 0; i < ws.length; i++) {
    let best: { entry: Entry; end: number } | undefined;
    const entries = idx.get([...ws[i]!.folded].slice(0, 3).join('')) ?? [];
    {
      for (const entry of entries) {
        if (entry.stems.every((s, k) => ws[i + k] && wordMatches(ws[i + k]!.folded, s))) {
          const end = ws[i + entry.stems.length - 1]!.end;
          if (!best || end > best.end) best = { entry, end };
        }
      }
    }
    if (best) {
      const start = ws[i]!.start;
      out.push({ type: 'organization', text: text.slice(start, best.end), normalized: best.entry.name, start, end: best.end });
      while (i + 1 < ws.length && ws[i + 1]!.start < best.end) i++;
    }
  }
  return out;
}

function abbreviations(text: string): Found[] {
  const out: Found[] = [];
  for (const org of ORGANIZATIONS) {
    for (const abbr of org.abbreviations ?? []) {
      const re = new RegExp(`(?<![\\p{L}\\d])${abbr.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\d])`, 'gu');
      for (const m of text.matchAll(re)) out.push({ type: 'organization', text: m[0], normalized: org.name, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/**
 * The English name of a place written in any form, or the word itself, romanized. The place is
 * looked up within the words around it (`context`): its language decides which endings apply.
 */
function placeName(word: string, context: string): string {
  const at = context.lastIndexOf(word);
  const found = findPlaces(context).find((f) => f.start <= at && f.end >= at + word.length) ?? findPlaces(word)[0];
  if (found) return found.normalized.replace(/,\s*[A-Z]{2}$/, '');
  return /\p{Script=Cyrillic}/u.test(word) ? transliterate(word) : word;
}

function seats(text: string): Found[] {
  const out: Found[] = [];
  for (const { pattern, name } of SEAT_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      out.push({ type: 'organization', text: m[0], normalized: name(placeName(m[1]!, m[0])), start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(DISTRICT_COURT)) {
    const district = m[1] ?? m[3] ?? m[5]!;
    const city = m[2] ?? m[4];
    const name = `${/\p{Script=Cyrillic}/u.test(district) ? transliterate(district) : district} District Court${city ? ` (${placeName(city, m[0])})` : ''}`;
    out.push({ type: 'organization', text: m[0], normalized: name, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function findOrganizations(text: string): Found[] {
  const all = [...seats(text), ...fromCatalogue(text), ...abbreviations(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  // Where spans overlap, the longer (earlier-starting) one wins: "суда района Сино г. Душанбе" over "суд".
  const out: Found[] = [];
  for (const f of all) {
    const last = out.at(-1);
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}
