// Curated exonyms (data/places-exonyms.json): places that matter in these cases and their region, in the
// scripts and spellings of the documents' languages. The places extractor matches each name with its
// case endings (ingest/extract/places/inflection.ts), so only irregular inflected forms are listed. A
// capitalised word in a name must be capitalised in the text; a lower-case word (`область`, `obwód`)
// may be written in any case.
import { loadData } from '../data.js';
/** The curated entries with their countries, for locating places (locate.ts). */
export const EXONYM_ENTRIES = loadData('places-exonyms.json').entries;
/**
 * One line per place, `English name|other name|…`, a leading `~` for a name that is not matched
 * itself: for the gazetteer (place-names.ts) and the search index's synonyms.
 */
export const EXONYMS = EXONYM_ENTRIES.map((e) => `${e.matchName === false ? '~' : ''}${[e.name, ...e.forms].join('|')}`);
//# sourceMappingURL=exonyms.js.map