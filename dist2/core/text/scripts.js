// Scripts and the letters Latin and Cyrillic share in shape. OCR models of two scripts read together
// mix them up (`YKPAIHA` for УКРАЇНА, `сентябpя` with a Latin p), and people type one for the other;
// every repair of such words (OCR corrections, MRZ lines, dates, places, initials) uses this one table.
/** The text holds a Cyrillic letter (Russian, Ukrainian, Tajik alike). */
export function hasCyrillic(s) {
    return /\p{Script=Cyrillic}/u.test(s);
}
/** The text holds a Latin letter, with or without diacritics. */
export function hasLatin(s) {
    return /\p{Script=Latin}/u.test(s);
}
/**
 * Latin letters and the Cyrillic letter drawn the same, case for case: A→А, B→В, … Y→У; I→І and i→і
 * (Ukrainian). Small b h k m t are not drawn like в н к м т, so only capitals have those.
 */
export const LATIN_TO_CYRILLIC = {
    A: 'А',
    B: 'В',
    C: 'С',
    E: 'Е',
    H: 'Н',
    I: 'І',
    K: 'К',
    M: 'М',
    O: 'О',
    P: 'Р',
    T: 'Т',
    X: 'Х',
    Y: 'У',
    a: 'а',
    c: 'с',
    e: 'е',
    i: 'і',
    o: 'о',
    p: 'р',
    x: 'х',
    y: 'у',
};
/** The same pairs the other way: А→A, … У→Y, і→i. */
export const CYRILLIC_TO_LATIN = Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([l, c]) => [c, l]));
/**
 * The look-alike pairs for text already in lower case: each pair of the table lower-cased, so `MAP`
 * lower-cased to `map` still pairs with `мар` (b→в, h→н, k→к, m→м, t→т come from the capitals).
 */
export const LOWER_LATIN_TO_CYRILLIC = Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([l, c]) => [l.toLowerCase(), c.toLowerCase()]));
/** The lower-case pairs the other way: в→b, н→h, т→t, … */
export const LOWER_CYRILLIC_TO_LATIN = Object.fromEntries(Object.entries(LOWER_LATIN_TO_CYRILLIC).map(([l, c]) => [c, l]));
/** Each letter the table has replaced by its twin, the others kept. */
export function swapLetters(s, table) {
    return [...s].map((c) => table[c] ?? c).join('');
}
//# sourceMappingURL=scripts.js.map