// The spellings of a person's name: which words of a mention are worth listing as a spelling, and
// the folded form two spellings are compared (and editors' decisions stored) by. The people stage
// clusters with them; the case shows a reader only the spellings of documents they may read.
import { foldAccents } from '../core/text/fold.js';
import { STRAY_QUOTE_MARKS } from '../core/text/stray-quote.js';
import { latinize, looseKey } from '../core/names/keys.js';
import { parseName, wordKey } from '../core/names/person-names.js';
/** The comparison form of a spelling, as the evaluation folds it: folded words, sorted. */
export function variantKey(s) {
    return foldAccents(s)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .sort()
        .join(' ');
}
// A surface form worth listing as a variant: two to five name words in one script, each of them one of
// the normalized name's words or an initial (so no label caught between a surname and a given name,
// and no Latin P among Cyrillic letters, which is an OCR slip, not a spelling).
const STRAY_QUOTE_BEFORE_WORD = new RegExp(`(^|\\s)[${STRAY_QUOTE_MARKS}](?=\\p{L})`, 'gu');
const CLEAN_VARIANT = /^\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){1,4}$/u;
/**
 * The spellings a mention contributes: its words as written, and its normalized form when that is a
 * full name (an "I. I. Family" form is ours, not a spelling anyone used).
 */
export function cleanVariants(m) {
    const out = [];
    const parts = parseName(m.normalized);
    if (parts?.givenKey)
        out.push(m.normalized);
    // Tajik "-қизи" read without its descender is "-кизи", a spelling of no language (Russian writes -кызы).
    const text = m.text
        .replace(/\s+/g, ' ')
        .trim()
        // A stray opening quote mark OCR glued to a word (core/text/stray-quote.ts) is no part of it.
        .replace(STRAY_QUOTE_BEFORE_WORD, '$1')
        .replace(/(\p{Ll})кизи(?!\p{L})/gu, '$1қизи')
        .replace(/(\p{Lu})КИЗИ(?!\p{L})/gu, '$1ҚИЗИ');
    if (parts &&
        CLEAN_VARIANT.test(text) &&
        oneScript(text) &&
        text.split(' ').every((w) => nameWord(w, parts)))
        out.push(text);
    return out;
}
function oneScript(text) {
    return !(/\p{Script=Latin}/u.test(text) && /\p{Script=Cyrillic}/u.test(text));
}
function nameWord(word, parts) {
    if (/^\p{Lu}\p{Ll}?\.$/u.test(word))
        return true;
    const key = word.split('-').map(wordKey).join('-');
    const latin = latinize(word);
    // A short given name keeps its case ending in the key (Олега): compare it as a prefix instead.
    const inflected = (g) => latin.startsWith(latinize(g)) && latin.length - g.length <= 3;
    return (key === parts.familyKey ||
        // A register's or another language's spelling of the same family name (ГОСІМЗОДА for Қосимзода).
        (key.length >= 4 && looseKey(key) === looseKey(parts.familyKey)) ||
        parts.given.some((g) => wordKey(g) === key || inflected(g)) ||
        PATRONYMIC.test(latin));
}
const PATRONYMIC = /(?:ovich|evich|ovn|evn|ivn|qizi|kizi|kyzy)/;
//# sourceMappingURL=spellings.js.map