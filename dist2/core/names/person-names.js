// A person's normalized name ("Dilbar Saidova", "Kh. B. Rajabzoda", "Ewa Kozłowska-Wróbel") taken
// apart into what clustering compares: the family name's consonant key, the first given name's key,
// and the initials. Keys come from keys.ts, where the transliterations and case forms of one
// name meet (Rahimov, Ragimov, Rachimow → rhmv).
import { latinize, nameKey, skeleton } from './keys.js';
const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;
/** The key of a word: its consonant skeleton (short names too: Kirill and Kyrylo meet). */
export function wordKey(word) {
    const latin = latinize(word).replace(/[^a-z]/g, '');
    return nameKey(word) ?? (latin.length >= 3 ? skeleton(latin) : latin);
}
/** The keys of a text's words, by which a person is found from any spelling of their name. */
export function nameKeysOf(text) {
    return latinize(text)
        .split(/[^a-z'-]+/)
        .filter((w) => w.length > 1)
        .map(wordKey)
        .filter(Boolean);
}
/** The first letter an initial stands for, in the key alphabet: Sh, Ш and S meet; Kh, Х and H meet. */
export function initialKey(initial) {
    const w = latinize(initial.replace(/\./g, ''))
        .replace(/^(dzh|dz|dj)/, 'j')
        .replace(/^(kh|ch|x|g)/, 'h')
        .replace(/^zh/, 'j');
    return w.charAt(0);
}
/**
 * The grammatical gender a normalized name's family name shows by its ending, as Slavic and
 * Central Asian family names do (Saidova, Kowalska: 'f'; Saidov, Kowalski: 'm'); undefined when the
 * ending tells nothing (Rahimzoda, Hashimi, Smith).
 */
export function familyNameGender(normalized) {
    const family = normalized.split(' ').at(-1) ?? '';
    if (/(?:ova|eva|ina|yna|aya|ska|cka|dzka)$/iu.test(family))
        return 'f';
    if (/(?:ov|ev|in|yn|iy|ski|cki|yi)$/iu.test(family) || /^Abu /u.test(normalized))
        return 'm';
    return undefined;
}
/**
 * A romanized family name in the form of the other gender where Slavic and Central Asian family names
 * have one (Saidov → Saidova, Kowalska → Kowalski, Sokolskaya → Sokolskiy, Kovalska → Kovalskyi in
 * Ukrainian); unchanged where the name has one form for both (Rahimzoda, Petrenko, Smith) or is in
 * that gender already. `lang` chooses the masculine of -ska: Polish -ski, Ukrainian -skyi, else -skiy.
 */
export function familyForm(family, gender, lang) {
    const has = familyNameGender(family);
    if (!has || has === gender)
        return family;
    if (gender === 'f') {
        if (/(?:ov|ev|in|yn)$/iu.test(family))
            return `${family}a`;
        if (/skiy$/iu.test(family))
            return family.replace(/iy$/iu, 'aya');
        if (/(?:sk|ck|dzk)(?:i|yi)$/iu.test(family))
            return family.replace(/(?:i|yi)$/iu, 'a');
        return family;
    }
    if (/(?:ova|eva|ina|yna)$/iu.test(family))
        return family.slice(0, -1);
    if (/skaya$/iu.test(family))
        return family.replace(/aya$/iu, 'iy');
    if (/(?:sk|ck|dzk)a$/iu.test(family))
        return family.replace(/a$/iu, lang === 'pl' ? 'i' : lang === 'uk' ? 'yi' : 'iy');
    return family;
}
/** The parts of a normalized name of two words or more ("Kh. B. Rajabzoda"); undefined for one word. */
export function parseName(normalized) {
    const words = normalized.split(/\s+/).filter(Boolean);
    if (words.length < 2)
        return undefined;
    const family = words[words.length - 1];
    const before = words.slice(0, -1);
    // A given name and the family name's initial ("Gulnora S."): its family key is that initial, with a dot.
    if (INITIAL.test(family)) {
        if (before.length !== 1 || INITIAL.test(before[0]))
            return undefined;
        const given = before[0];
        return {
            given: [given],
            initials: [given],
            family,
            familyKey: `${initialKey(family)}.`,
            givenKey: wordKey(given),
        };
    }
    const given = before.filter((w) => !INITIAL.test(w));
    const initials = before.map((w) => w.replace(/\.$/, ''));
    const familyKey = family.split('-').map(wordKey).join('-');
    if (!familyKey)
        return undefined;
    const parts = { given, initials, family, familyKey };
    if (given[0])
        parts.givenKey = wordKey(given[0]);
    return parts;
}
/** Whether a name given only by initials can be the person with these full given names. */
export function initialsFit(initials, given) {
    const first = initials[0];
    const name = given[0];
    return first !== undefined && name !== undefined && initialKey(first) === initialKey(name);
}
//# sourceMappingURL=person-names.js.map