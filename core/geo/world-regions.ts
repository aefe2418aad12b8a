// Continents and world regions (data/world-regions.json): places that span countries, named in the
// documents' languages. The gazetteer matches them like the curated exonyms (place-names.ts); they
// have no country, so locate.ts never sets one against a town or a country.
import { loadData, type DataFile } from '../data.js';

export interface WorldRegion {
  /** The common English name (Europe, Central Asia, Middle East). */
  name: string;
  /** A continent (GeoNames feature code CONT) or a region named by custom. */
  kind: 'continent' | 'region';
  /** Other names and spellings, each matched with its case endings. */
  forms: string[];
  source: string;
}

/** Every continent and world region of the data file, in its order. */
export const WORLD_REGIONS: readonly WorldRegion[] =
  loadData<DataFile<WorldRegion>>('world-regions.json').entries;

let names: Set<string> | undefined;

/** Whether an English place name (as the extractor gives it) is a continent or a world region. */
export function isWorldRegion(place: string): boolean {
  names ??= new Set(WORLD_REGIONS.map((r) => r.name));
  return names.has(place);
}
