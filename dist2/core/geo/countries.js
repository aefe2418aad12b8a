// Countries by name, from i18n-iso-countries (every language it knows): their English names as Casefile
// writes them, their names in a language, and the countries a piece of text names.
import { createRequire } from 'node:module';
import { foldAccents } from '../text/fold.js';
let library;
/** The package, loaded on first use (under Node it registers all its locales itself). */
function lib() {
    library ??= createRequire(import.meta.url)('i18n-iso-countries');
    return library;
}
/** Common English names where i18n-iso-countries' first English name is the official long form. */
const COMMON_ENGLISH = {
    RU: 'Russia',
    SY: 'Syria',
    TR: 'Turkey',
    IR: 'Iran',
    MD: 'Moldova',
    CN: 'China',
    CZ: 'Czechia',
    KR: 'South Korea',
    KP: 'North Korea',
    LA: 'Laos',
    VN: 'Vietnam',
    BN: 'Brunei',
    TZ: 'Tanzania',
    PS: 'Palestine',
    TW: 'Taiwan',
    MK: 'North Macedonia',
    GM: 'Gambia',
    CI: 'Ivory Coast',
    FM: 'Micronesia',
    VA: 'Vatican City',
    US: 'United States',
    GB: 'United Kingdom',
    CD: 'DR Congo',
    CG: 'Republic of the Congo',
    FK: 'Falkland Islands',
    NL: 'Netherlands',
    MO: 'Macau',
};
/** The English name of a country (alpha-2) as places are written: `RU` → `Russia`; undefined if unknown. */
export function englishCountryName(alpha2) {
    english ??= lib().getNames('en', { select: 'all' });
    return COMMON_ENGLISH[alpha2] ?? english[alpha2]?.[0];
}
let english;
/** Every English name of each country (alpha-2 → names), the common one first where it differs. */
export function englishCountryNames() {
    const all = lib().getNames('en', { select: 'all' });
    return Object.entries(all).map(([code, names]) => [
        code,
        COMMON_ENGLISH[code] ? [COMMON_ENGLISH[code], ...names] : names,
    ]);
}
/** Country names in a locale (`ru`, `pl`, …), alpha-2 → every name the package lists. */
export function countryNamesIn(locale) {
    return lib().getNames(locale, { select: 'all' });
}
/** The locales the package has names in. */
export function countryLocales() {
    return lib().getSupportedLanguages();
}
/** An ISO 3166-1 alpha-3 code (`TJK`). */
export function isAlpha3(code) {
    return /^[A-Z]{3}$/.test(code) && lib().isValid(code);
}
// The languages of the documents and their region, for finding countries named in text.
const LOCALES = ['en', 'ru', 'uk', 'pl', 'fr', 'nl', 'tg', 'uz', 'kk', 'ky', 'de', 'tr'];
let byPrefix;
/** Name stems (the name less its last two letters, so that inflected forms match) → alpha-3, longest first. */
function countryStems() {
    const countries = lib();
    const out = new Map();
    for (const locale of LOCALES.filter((l) => countries.getSupportedLanguages().includes(l))) {
        for (const [alpha2, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
            const alpha3 = countries.alpha2ToAlpha3(alpha2);
            if (!alpha3)
                continue;
            for (const name of names) {
                const f = foldAccents(name);
                if (f.length >= 5 && !f.includes(','))
                    out.set(f.length > 6 ? f.slice(0, -2) : f, alpha3);
            }
        }
    }
    return [...out]
        .map(([stem, alpha3]) => ({ stem, alpha3 }))
        .sort((a, b) => b.stem.length - a.stem.length);
}
/** Stems by their first four letters, longest first, so a word is checked only against its own. */
function stemIndex() {
    if (byPrefix)
        return byPrefix;
    byPrefix = new Map();
    for (const s of countryStems()) {
        const key = [...s.stem].slice(0, 4).join('');
        byPrefix.set(key, [...(byPrefix.get(key) ?? []), s]);
    }
    return byPrefix;
}
/** Countries (alpha-3) a text names, in order of appearance, in the documents' languages and cases. */
export function countriesIn(text) {
    const f = foldAccents(text);
    const index = stemIndex();
    const found = [];
    for (const w of f.matchAll(/\p{L}+/gu)) {
        const candidates = index.get([...w[0]].slice(0, 4).join('')) ?? [];
        const hit = candidates.find((c) => f.startsWith(c.stem, w.index));
        if (hit)
            found.push(hit.alpha3);
    }
    return found;
}
//# sourceMappingURL=countries.js.map