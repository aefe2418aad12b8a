// Word shapes the gazetteer's matcher asks about, and a word's reading in the other script.
import { CYRILLIC_TO_LATIN, hasCyrillic, hasLatin, LATIN_TO_CYRILLIC, } from '../../../core/text/scripts.js';
export const startsUpper = (s) => {
    const c = s.charAt(0);
    return c !== c.toLowerCase();
};
/** Every cased letter is upper case (at least two letters): `DUSHANBE`, `НУРЕК`. */
export const isAllUpper = (s) => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
// Latin capitals that all have a Cyrillic twin (A B C E H I K M O P T X Y).
const CAPITAL_TWINS = new RegExp(`^[${Object.keys(LATIN_TO_CYRILLIC)
    .filter((c) => c !== c.toLowerCase())
    .join('')}]+$`);
/** The same word read in the other script, when OCR may have mixed look-alike letters; else undefined. */
export function otherScript(word) {
    const cyr = /[\u0400-\u04FF]/.test(word);
    const lat = /[A-Za-z]/.test(word);
    if (cyr && lat) {
        const cyrillicLetters = word.replace(/[^\u0400-\u04FF]/g, '').length;
        return swap(word, cyrillicLetters * 2 >= word.length ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN);
    }
    // An all-capital Latin word made only of look-alikes may be Cyrillic (`MOCKBA`).
    if (lat && word.length >= 4 && CAPITAL_TWINS.test(word))
        return swap(word, LATIN_TO_CYRILLIC);
    return undefined;
}
function swap(word, table) {
    const out = [...word].map((c) => table[c] ?? c).join('');
    const mixed = hasCyrillic(out) && hasLatin(out);
    return mixed ? undefined : out;
}
//# sourceMappingURL=words.js.map