// Splits a page into words with their offsets, folded forms and OCR readings, and tells what stands
// around a word: a preposition, a street marker, a sentence start, a neighbouring capitalised word.
import { foldAccents } from '../../../core/text/fold.js';
import { hasCyrillic } from '../../../core/text/scripts.js';
import { isAllUpper, otherScript, startsUpper } from './words.js';
export function tokenize(text) {
    const tokens = [];
    for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
        const raw = m[0];
        const start = m.index;
        const end = start + raw.length;
        tokens.push({
            start,
            end,
            raw,
            readings: readings(text, raw, end),
            upper: isAllUpper(raw),
            capital: startsUpper(raw),
            street: false,
        });
    }
    markStreets(text, tokens);
    joinHyphenated(text, tokens);
    return tokens;
}
/** `Таджи-⏎кистан`, or a soft hyphen: the two parts also read as one word. */
function joinHyphenated(text, tokens) {
    for (let i = 0; i + 1 < tokens.length; i++) {
        const t = tokens[i];
        const next = tokens[i + 1];
        if (next.capital ||
            !/^(?:\u00AD|[-‐\u00AD][ \t]*\n[ \t]*)$/.test(text.slice(t.end, next.start)))
            continue;
        t.readings.push({ folded: foldAccents(t.raw + next.raw), end: next.end, skip: 1 });
    }
}
function readings(text, raw, end) {
    const out = [{ folded: foldAccents(raw), end }];
    const other = otherScript(raw);
    if (other)
        out.push({ folded: foldAccents(other), end });
    // Tesseract reads a final Ukrainian `І` of a capitalised word as `!` (`ШЕГИН!`).
    if (text[end] === '!' &&
        raw.length >= 3 &&
        isAllUpper(raw) &&
        hasCyrillic(raw) &&
        !/\p{L}/u.test(text[end + 1] ?? '')) {
        out.push({ folded: foldAccents(`${raw}і`), end: end + 1 });
    }
    return out;
}
// Street markers before a name: abbreviations with their period, words with a space.
const STREET_ABBREVIATIONS = new Set('ул вул пр просп пер бул пл ul al pl os bd'.split(' '));
const STREET_WORDS = new Set('улица улице вулиця вулиці проспект проспекту переулок бульвар площадь площа кучаи кӯчаи хиёбони ulica ulicy aleja alei aleje plac placu osiedle rue avenue boulevard'
    .split(' ')
    .map(foldAccents));
const STREET_AFTER = new Set('street st avenue ave road rd boulevard blvd lane square straat laan plein strasse straße'
    .split(' ')
    .map(foldAccents));
/**
 * Whether a span holds a street marker word (вул. Калинова, Кленова вул., Larkspur Street): a street's
 * name, not a place's.
 */
export function holdsStreetMarker(surface) {
    return [...surface.matchAll(/(\p{L}+)(\.?)/gu)].some(([, w = '', dot]) => {
        const word = foldAccents(w.toLowerCase());
        return ((dot ? STREET_ABBREVIATIONS.has(word) : false) ||
            STREET_WORDS.has(word) ||
            STREET_AFTER.has(word));
    });
}
/**
 * Whether the words at `start` follow a street marker (ул. Гоголя, хиёбони Рудакӣ, rue Victor Hugo):
 * the name of a street, not of a person or a town, even when it is a person's name.
 */
export function afterStreetMarker(text, start) {
    const m = /(\p{L}+)(\.?)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
    if (!m)
        return false;
    const word = foldAccents(m[1].toLowerCase());
    return m[2] ? STREET_ABBREVIATIONS.has(word) : STREET_WORDS.has(word);
}
/** Marks the words of street names: after a street marker up to a comma, digit or line end. */
function markStreets(text, tokens) {
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const next = tokens[i + 1];
        if (!next)
            break;
        if (STREET_AFTER.has(t.readings[0]?.folded ?? '') && t.capital)
            markBackwards(text, tokens, i);
        if (streetMarker(t, text.slice(t.end, next.start)))
            markForwards(text, tokens, i + 1);
    }
}
/** `ул. `, `ul. `, `вулиця ` (not `al-Raqqa`, nor `PL 075` on a stamp). */
function streetMarker(t, gap) {
    const word = t.readings[0]?.folded ?? '';
    if (t.upper)
        return false;
    return ((STREET_ABBREVIATIONS.has(word) && /^\.[ \t]*$/.test(gap)) ||
        (STREET_WORDS.has(word) && /^[ \t]+$/.test(gap)));
}
function markForwards(text, tokens, from) {
    for (let j = from; j < tokens.length; j++) {
        const gap = j === from ? '' : text.slice(tokens[j - 1].end, tokens[j].start);
        if (/[,;:\d\n()«»"]/.test(gap) || gap.length > 3)
            break;
        tokens[j].street = true;
    }
}
/** `Bukhara Street`: the capitalised words before a trailing street word. */
function markBackwards(text, tokens, i) {
    for (let j = i - 1; j >= 0; j--) {
        const t = tokens[j];
        const gap = text.slice(t.end, tokens[j + 1].start);
        if (!t.capital || !/^[ -]{1,2}$/.test(gap))
            break;
        t.street = true;
    }
}
/** Words of one name may be separated by a space, hyphen, apostrophe or period, and one line break. */
export function joinable(text, a, b) {
    const gap = text.slice(a.end, b.start);
    return gap.length >= 1 && gap.length <= 3 && /^[\s\-‐–'’.]+$/.test(gap) && !/\n.*\n/s.test(gap);
}
/** The word begins a sentence or a line, where capitals tell nothing. */
export function atSentenceStart(text, start) {
    const before = text.slice(Math.max(0, start - 4), start).replace(/[ \t«"“„'(]+$/u, '');
    return before === '' || /[.!?\n\f*•·–—-]$/.test(before);
}
//# sourceMappingURL=tokens.js.map