// The place gazetteer: the place names of core/geo/place-names.ts (curated exonyms, country names in
// every language, GeoNames towns), built once, on first use, and indexed by the first word's folded form
// and stems so that a text word finds its candidates in a few lookups.
import { nameWords, placeNames } from '../../../core/geo/place-names.js';
import { nameWord } from './inflection.js';
const FUZZY_MIN = 7;
let built;
export function gazetteer() {
    built ??= build();
    return built;
}
function build() {
    const g = {
        capital: keys(),
        lower: keys(),
        countryWords: new Set(),
        cities: [],
        fuzzy: new Map(),
    };
    const seen = new Set();
    for (const { raw, name, source, population, trusted, inflect } of placeNames()) {
        const words = nameWords(raw);
        if (!words.length)
            continue;
        const entry = {
            words: words.map((w) => nameWord(w, inflect, words.length > 1)),
            name,
            source,
            population,
            trusted,
        };
        if (raw.endsWith('.'))
            entry.period = true;
        if (source === 'country' && trusted && words.length === 1)
            g.countryWords.add(entry.words[0]?.form ?? '');
        const id = `${entry.words.map((w) => w.form).join(' ')}|${name}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        index(g, entry);
        if (source === 'city')
            g.cities.push(entry);
    }
    return g;
}
const keys = () => ({ exact: new Map(), stem: new Map() });
function push(map, key, entry) {
    const list = map.get(key);
    if (list)
        list.push(entry);
    else
        map.set(key, [entry]);
}
function index(g, entry) {
    const first = entry.words[0];
    if (!first)
        return;
    const keys = first.capital ? g.capital : g.lower;
    push(keys.exact, first.form, entry);
    for (const stem of new Set(first.stems.map((s) => s.stem)))
        push(keys.stem, stem, entry);
    if (entry.trusted && entry.words.length === 1 && first.form.length >= FUZZY_MIN) {
        for (const key of blanked(first.form))
            push(g.fuzzy, key, entry);
    }
}
/** The word with each letter in turn replaced by `?`. */
export function blanked(form) {
    return [...form].map((_, i) => `${form.slice(0, i)}?${form.slice(i + 1)}`);
}
//# sourceMappingURL=gazetteer.js.map