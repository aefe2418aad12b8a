// The place gazetteer: the place names of core/geo/place-names.ts (curated exonyms, country names in
// every language, GeoNames towns), built once, on first use, and indexed by the first word's folded form
// and stems so that a text word finds its candidates in a few lookups.
import { nameWords, placeNames, type PlaceSource } from '../../../core/geo/place-names.js';
import { nameWord, type NameWord } from './inflection.js';

export interface Entry {
  words: NameWord[];
  /** The common English name. */
  name: string;
  source: PlaceSource;
  population: number;
  /** Curated, or a country name in one of the documents' languages: safe without further evidence. */
  trusted: boolean;
  /** The name ends with an abbreviation's period (`Харківська обл.`), which belongs to the match. */
  period?: boolean;
}

/** Entries by the folded form (`exact`) or a stem (`stem`) of their first word. */
export interface Keys {
  exact: Map<string, Entry[]>;
  stem: Map<string, Entry[]>;
}

export interface Gazetteer {
  /** Names whose first word is capitalised, which only a capitalised text word can match. */
  capital: Keys;
  /** Names that begin with a lower-case word (`obwód charkowski`, `les Escaldes`). */
  lower: Keys;
  /** Folded one-word country names in the documents' languages (`tajikistan`, `польша`). */
  countryWords: Set<string>;
  /** GeoNames towns, for lookups by other keys (see towns.ts). */
  cities: Entry[];
  /** Long single-word trusted names by every form with one letter blanked (`?`), for OCR slips. */
  fuzzy: Map<string, Entry[]>;
}

const FUZZY_MIN = 7;

let built: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

function build(): Gazetteer {
  const g: Gazetteer = {
    capital: keys(),
    lower: keys(),
    countryWords: new Set(),
    cities: [],
    fuzzy: new Map(),
  };
  const seen = new Set<string>();
  for (const { raw, name, source, population, trusted, inflect } of placeNames()) {
    const words = nameWords(raw);
    if (!words.length) continue;
    const entry: Entry = {
      words: words.map((w) => nameWord(w, inflect, words.length > 1)),
      name,
      source,
      population,
      trusted,
    };
    if (raw.endsWith('.')) entry.period = true;
    if (source === 'country' && trusted && words.length === 1)
      g.countryWords.add(entry.words[0]?.form ?? '');
    const id = `${entry.words.map((w) => w.form).join(' ')}|${name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    index(g, entry);
    if (source === 'city') g.cities.push(entry);
  }
  return g;
}

const keys = (): Keys => ({ exact: new Map(), stem: new Map() });

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function index(g: Gazetteer, entry: Entry): void {
  const first = entry.words[0];
  if (!first) return;
  const keys = first.capital ? g.capital : g.lower;
  push(keys.exact, first.form, entry);
  for (const stem of new Set(first.stems.map((s) => s.stem))) push(keys.stem, stem, entry);
  if (entry.trusted && entry.words.length === 1 && first.form.length >= FUZZY_MIN) {
    for (const key of blanked(first.form)) push(g.fuzzy, key, entry);
  }
}

/** The word with each letter in turn replaced by `?`. */
export function blanked(form: string): string[] {
  return [...form].map((_, i) => `${form.slice(0, i)}?${form.slice(i + 1)}`);
}
