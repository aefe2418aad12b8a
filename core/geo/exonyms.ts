// Curated exonyms (data/places-exonyms.json): places that matter in these cases and their region, in the
// scripts and spellings of the documents' languages. The places extractor matches each name with its
// case endings (ingest/extract/places/inflection.ts), so only irregular inflected forms are listed. A
// capitalised word in a name must be capitalised in the text; a lower-case word (`область`, `obwód`)
// may be written in any case.
import { loadData, type DataFile } from '../data.js';

interface ExonymEntry {
  /** The common English name. */
  name: string;
  /** Other names and spellings. */
  forms: string[];
  /** False for a name that is only a label (an airport named after its city), not matched itself. */
  matchName?: boolean;
  /** ISO 3166-1 alpha-2 code of the country it lies in (of itself, for a country). */
  country: string;
  source: string;
}

/** The curated entries with their countries, for locating places (locate.ts). */
export const EXONYM_ENTRIES: readonly ExonymEntry[] =
  loadData<DataFile<ExonymEntry>>('places-exonyms.json').entries;

/**
 * One line per place, `English name|other name|…`, a leading `~` for a name that is not matched
 * itself: for the gazetteer (place-names.ts) and the search index's synonyms.
 */
export const EXONYMS: readonly string[] = EXONYM_ENTRIES.map(
  (e) => `${e.matchName === false ? '~' : ''}${[e.name, ...e.forms].join('|')}`,
);
