// Continents and world regions (data/world-regions.json): places that span countries, named in the
// documents' languages. The gazetteer matches them like the curated exonyms (place-names.ts); they
// have no country, so locate.ts never sets one against a town or a country.
import { loadData } from '../data.js';
/** Every continent and world region of the data file, in its order. */
export const WORLD_REGIONS = loadData('world-regions.json').entries;
let names;
/** Whether an English place name (as the extractor gives it) is a continent or a world region. */
export function isWorldRegion(place) {
    names ??= new Set(WORLD_REGIONS.map((r) => r.name));
    return names.has(place);
}
//# sourceMappingURL=world-regions.js.map