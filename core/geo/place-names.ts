// Every place name Casefile knows, each with the English name it stands for: the curated exonyms
// (data/places-exonyms.json), the continents and world regions (data/world-regions.json), the country names of i18n-iso-countries in all its languages, the
// first-level subdivisions of ISO 3166-2 (subdivisions.ts, from Debian's iso-codes), and the
// GeoNames towns (population ≥ 1000, the most populous town of each name). The places extractor's
// gazetteer indexes them for matching; known-names.ts asks which single words are place names.
import { englishCountryName, countryLocales, countryNamesIn } from './countries.js';
import { EXONYMS } from './exonyms.js';
import { foldAccents } from '../text/fold.js';
import { geoNamesTowns, type GeoNamesTown } from './geonames.js';
import { subdivisions } from './subdivisions.js';
import { WORLD_REGIONS } from './world-regions.js';

// ISO 3166-2 gives no population. A region is weighed as a town this size: taken in ordinary
// context, not as a word of four letters or less, a given name or a word before a name (accept.ts).
const REGION_POPULATION = 400_000;

/** `world`: a continent or world region (Europe, Central Asia), which lies in no one country. */
export type PlaceSource = 'curated' | 'world' | 'country' | 'region' | 'city';

export interface PlaceName {
  /** The name as written in its source (`Харківська обл.`, `Kijów`). */
  raw: string;
  /** The common English name it stands for. */
  name: string;
  source: PlaceSource;
  /** Towns' population; 0 for curated places and countries. */
  population: number;
  /** Curated, or a country name in one of the documents' languages: safe without further evidence. */
  trusted: boolean;
  /** The name takes case endings in text (all but country names in non-Slavic locales). */
  inflect: boolean;
}

// Locales whose country names take Slavic case endings, and those of the documents' languages.
const INFLECTING = new Set(['ru', 'uk', 'tg', 'pl']);
const DOC_LOCALES = ['en', 'ru', 'uk', 'tg', 'pl', 'fr', 'nl', 'de'];

/** The words of a name: apostrophes join (`Podol'sk`), any other non-letter separates. */
export function nameWords(name: string): string[] {
  return name
    .replace(/[’'ʼ`]/g, '')
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
}

/**
 * The place names in a fixed order: curated, then continents and world regions, then countries (the documents' locales first), then
 * towns. Generated, not held: each index keeps only what it needs.
 */
export function* placeNames(): Generator<PlaceName> {
  for (const line of EXONYMS) {
    const [first = '', ...others] = line.split('|');
    const en = first.replace(/^~/, '');
    for (const raw of first === en ? [en, ...others] : others) {
      yield { raw, name: en, source: 'curated', population: 0, trusted: true, inflect: true };
    }
  }
  // Safe without further evidence, as curated names are; accept.ts still keeps a one-word Latin
  // name out of a person's name (Asia is also a given name).
  for (const r of WORLD_REGIONS) {
    for (const raw of [r.name, ...r.forms])
      yield { raw, name: r.name, source: 'world', population: 0, trusted: true, inflect: true };
  }
  const others = countryLocales().filter((l) => !DOC_LOCALES.includes(l));
  // A country's name in a language none of the documents is written in that is also a town's name is
  // the town in them: "Tunis" (Uzbek and Azeri for Tunisia), "Granada" (Spanish for Grenada),
  // "Salvador" (Azeri for El Salvador), "Columbia" (Romanian for Colombia).
  const towns = new Set(geoNamesTowns().map((t) => foldAccents(t.name)));
  for (const locale of [...DOC_LOCALES, ...others]) {
    const trusted = DOC_LOCALES.includes(locale);
    for (const [code, names] of Object.entries(countryNamesIn(locale))) {
      const en = englishCountryName(code);
      if (!en) continue;
      // Skip official forms with commas or brackets and short codes (US, UK), which are not names in text.
      for (const raw of names) {
        if (!trusted && towns.has(foldAccents(raw))) continue;
        if (!/[,(]/.test(raw) && raw.length >= 4)
          yield {
            raw,
            name: en,
            source: 'country',
            population: 0,
            trusted,
            inflect: INFLECTING.has(locale),
          };
      }
    }
  }
  for (const r of subdivisions()) {
    for (const raw of r.forms)
      yield {
        raw,
        name: r.name,
        source: 'region',
        population: REGION_POPULATION,
        trusted: false,
        inflect: true,
      };
  }
  for (const c of townsByName()) {
    yield {
      raw: c.name,
      name: c.name,
      source: 'city',
      population: c.population,
      trusted: false,
      inflect: true,
    };
  }
}

/** One town per name: the most populous of that name. */
function townsByName(): GeoNamesTown[] {
  const best = new Map<string, GeoNamesTown>();
  for (const c of geoNamesTowns()) {
    const prev = best.get(c.name);
    if (!prev || c.population > prev.population) best.set(c.name, c);
  }
  return [...best.values()];
}
