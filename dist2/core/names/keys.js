// Forms of text that let one spelling find another: `latinize` writes Cyrillic in Latin letters and
// drops diacritics (Турсунова → tursunova, Łańcut → lancut); `nameKey` reduces a word to a
// consonant skeleton in which the transliterations of one name meet:
//   Иброхимова, Ibrohimova, Ibragimova, Ibrochimowa → ibrhmv
//   Раҳимова, Рагимова, Rakhimova, Rachimowej → rhmv
//   Душанбе, Dushanbe, Duszanbe → dshnb
// (Polish sz/cz/w, kh/ch/h/g, q/k, dzh/j are merged, vowels after the first letter dropped, doubles
// collapsed). Keys of fewer than three consonants say too little and are not used.
import { transliterate } from '../text/translit.js';
const WORD = /\p{L}[\p{L}'’]*/gu;
/** Text in lower-case Latin letters without diacritics: `Турсунова Żukowska` → `tursunova zhukowska`. */
export function latinize(text) {
    return (text
        .replace(/\p{Script=Cyrillic}[\p{Script=Cyrillic}'’]*/gu, (w) => transliterate(w))
        // Háček and Polish ż letters are digraphs in the transliterations they meet (Žemaitis, Жемайтис →
        // zhemaitis; Šarić, Шарич → sharich), not plain z, s, c.
        .replace(/[žżŽŻ]/gu, (c) => (c === c.toLowerCase() ? 'zh' : 'Zh'))
        .replace(/[šŠ]/gu, (c) => (c === c.toLowerCase() ? 'sh' : 'Sh'))
        .replace(/[čČ]/gu, (c) => (c === c.toLowerCase() ? 'ch' : 'Ch'))
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/ł/g, 'l')
        .replace(/Ł/g, 'L')
        .toLowerCase());
}
// Case endings of Russian, Ukrainian and Polish, in Latin letters: Турсуновой, Rachimowem and
// Рагимова meet their nominative once these are cut (when five letters or more remain).
const CASE_ENDING = /(?:ami|akh|ach|ego|ogo|omu|emu|ykh|ikh|ej|em|om|ym|im|oy|oj|iu|ie|yu|u|a|y|e|i|o)$/;
/** The search key of one word (`Рагимовой` → `rhmv`), or undefined when it says too little. */
export function nameKey(word) {
    let w = latinize(word).replace(/['’]/g, '');
    if (w.length < 4 || /[^a-z]/.test(w))
        return undefined;
    const ending = CASE_ENDING.exec(w);
    if (ending && w.length - ending[0].length >= 5)
        w = w.slice(0, -ending[0].length);
    const key = skeleton(w);
    return key.replace(/[aeiouy]/g, '').length >= 3 ? key : undefined;
}
/**
 * The consonant skeleton of a latinized word, its first letter kept: the transliterations of one
 * name meet (Kyrylo, Kirill → krl; Khurshed, Hurshed → hrshd). nameKey's key when three consonants or
 * more remain; shorter names (Oleg, Ali) need it for comparing given names, not for searching.
 */
export function skeleton(latin) {
    const w = latin
        .replace(/dzh|dsch|dż|dz|dj/g, 'j')
        .replace(/sz|sch/g, 'sh')
        .replace(/cz|tsch|tch/g, 'ch')
        .replace(/rz|zh/g, 'j')
        .replace(/kh|ch|x|g/g, 'h')
        .replace(/q/g, 'k')
        .replace(/w/g, 'v')
        .replace(/ts|tz/g, 'c');
    const first = w[0] ?? '';
    return (first +
        w
            .slice(1)
            .replace(/[aeiouy]/g, '')
            .replace(/(.)\1+/g, '$1'));
}
/**
 * A skeleton with the letters transliterations disagree on made one: the sibilants (s, z, sh, zh, j:
 * a register without diacritics writes Žemaitis as Zemaitis, German writes ж and ш alike as sch)
 * and the velars (k, q, h: Қосимзода is Косимзода in Russian, Госімзода in a Ukrainian register),
 * with an r before a sibilant dropped (rz is one letter to the skeleton, r and z to German).
 * Only for telling that two spellings already tied by other evidence are one name, never for search.
 */
export function looseKey(key) {
    // An r before a sibilant goes too: the skeleton reads Polish rz as one sound (ż), which makes the
    // r+z of Sabirzoda a j there, while a German Sabirsoda keeps r and s.
    return key
        .replace(/r(?=sh|zh|[szjc])/g, '')
        .replace(/sh|zh|[szjc]/g, 's')
        .replace(/[khq]/g, 'k');
}
/** The distinct name keys of a text's words. */
export function textKeys(text) {
    const keys = new Set();
    for (const m of text.matchAll(WORD)) {
        const k = nameKey(m[0]);
        if (k)
            keys.add(k);
    }
    return [...keys];
}
//# sourceMappingURL=keys.js.map