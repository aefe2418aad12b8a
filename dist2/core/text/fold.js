// The comparison form of words for extraction, clustering and the gazetteer, as the scorer folds:
// lower case, diacritics removed (Unicode NFD, marks dropped), and the letters NFD leaves alone mapped
// by hand. Scripts are kept: Cyrillic stays Cyrillic (see translit.ts and names/keys.ts for Latin forms).
// foldKeepingOffsets is the variant for whole pages, whose offsets must survive folding.
import { LOWER_CYRILLIC_TO_LATIN, LOWER_LATIN_TO_CYRILLIC, swapLetters } from './scripts.js';
const EXTRA = {
    ł: 'l',
    ø: 'o',
    đ: 'd',
    ħ: 'h',
    ı: 'i',
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    þ: 'th',
};
// Latin and Cyrillic letters that NFD leaves as they are: such words only need lower-casing.
const PLAIN = /^[a-zA-Z\u0404\u0406\u0410-\u0418\u041A-\u0438\u043A-\u044F\u0454\u0456\u0490-\u0493\u049A\u049B\u04B2\u04B3\u04B6\u04B7]*$/;
/** `Przemyśl` → `przemysl`, `Łódź` → `lodz`, `Йошкар` → `иошкар` (й is и with a mark), `Straße` → `strasse`. */
export function foldAccents(s) {
    if (PLAIN.test(s))
        return s.toLowerCase();
    const bare = s
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    return /[łøđħıßæœþ]/.test(bare) ? bare.replace(/[łøđħıßæœþ]/g, (c) => EXTRA[c] ?? c) : bare;
}
const MIXED_SCRIPT_WORD = /\p{L}*(?:\p{sc=Latin}\p{L}*\p{sc=Cyrillic}|\p{sc=Cyrillic}\p{L}*\p{sc=Latin})\p{L}*/gu;
const countOf = (s, re) => s.match(re)?.length ?? 0;
const LATIN_TWINS = Object.keys(LOWER_LATIN_TO_CYRILLIC).join('');
const CYRILLIC_TWINS = Object.values(LOWER_LATIN_TO_CYRILLIC).join('');
const CYRILLIC_OWN = new RegExp(`(?![${CYRILLIC_TWINS}])\\p{sc=Cyrillic}`, 'gu');
const LATIN_OWN = new RegExp(`(?![${LATIN_TWINS}])\\p{sc=Latin}`, 'gu');
/**
 * A lower-case word OCR wrote in two scripts, read in the script of its letters that have no look-alike;
 * on a tie Cyrillic, as OCR slips Latin letters into Cyrillic words ("мapтa") far more than the reverse.
 */
function unmixScripts(word) {
    const cyrillic = countOf(word, CYRILLIC_OWN);
    const latin = countOf(word, LATIN_OWN);
    return cyrillic >= latin
        ? swapLetters(word, LOWER_LATIN_TO_CYRILLIC)
        : swapLetters(word, LOWER_CYRILLIC_TO_LATIN);
}
/**
 * Unlike foldAccents, character for character, so that offsets into the folded text are offsets into
 * the page (a letter whose fold is not one character is only lower-cased: `ß`, `ﬁ`), superscript
 * letters read as the letters they raise (`1ᵉʳ`), and OCR's mixed-script words unmixed (`сентябpя` with
 * a Latin p → `сентября`). For grammars run over whole pages (dates).
 */
export function foldKeepingOffsets(s) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
        const c = s.charAt(i);
        const lower = c.toLowerCase();
        const l = lower.length === 1 ? lower : c;
        // Superscript ordinal endings ("1ᵉʳ", "2ⁿᵈ") are modifier letters: read them as the letters they raise.
        const raised = /\p{Lm}/u.test(l) ? l.normalize('NFKD') : l;
        const base = raised.normalize('NFD').replace(/\p{M}+/gu, '');
        out += base.length === 1 ? base : l;
    }
    return out.replace(MIXED_SCRIPT_WORD, unmixScripts);
}
//# sourceMappingURL=fold.js.map