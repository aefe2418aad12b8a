// Words hyphenated at a line end (`Душан-⏎бе`, `экстради-⏎ции`, `extra-⏎dition`), in text layers and
// OCR alike, are read whole by extraction and search through a de-hyphenated view of the page text.
// The stored page text never changes: entities and citations keep their offsets into it, and a span
// found in the view is mapped back (`originalSpan`).
//
// The rule, at each letter + hyphen (or soft hyphen, `¬`) + line break + letter:
//   1. a word that goes on with another hyphen (`Fontenay-⏎sous-Bois`) is a compound: the hyphen stays;
//   2. the page itself decides when it writes one of the two forms elsewhere: the joined word
//      (`extradition`) joins, the hyphenated form (`north-west`) keeps its hyphen;
//   3. a second part in title case (`Zawadzka-⏎Sowa`, `Ivano-⏎Frankivsk`): both parts capitalised is a
//      compound of two names, the hyphen stays;
//   4. all capitals (`ДУШАН-⏎БЕ`, `IVANO-⏎FRANKIVSK`): joined only when the joined word is a known name
//      (the `known` lookup: the gazetteer's places, given names), else the hyphen stays;
//   5. otherwise (a second part in lower case) the word was split by the line end: joined.
// A kept hyphen still loses its line break (`Zawadzka-Sowa`), so a name is one word in the view.
// A soft hyphen (U+00AD) inside a line is invisible: dropped.
const BREAK = /(\p{L}[\p{L}\p{M}]*)([-\u2010\u00ad¬])[ \t]*\r?\n[ \t]*(\p{L}[\p{L}\p{M}]*)/gu;
const WORDS = /\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*/gu;
const isUpper = (w) => w === w.toUpperCase() && w !== w.toLowerCase();
const titleCase = (w) => /^\p{Lu}/u.test(w) && !isUpper(w);
/** Whether the break between `first` and `second` (the letters on either side) joins the word. */
function joins(first, second, after, seen, known) {
    if (/^-\p{L}/u.test(after))
        return false;
    const joined = (first + second).toLowerCase();
    const hyphenated = `${first}-${second}`.toLowerCase();
    if (seen.has(joined) && !seen.has(hyphenated))
        return true;
    if (seen.has(hyphenated) && !seen.has(joined))
        return false;
    if (titleCase(second))
        return false;
    if (isUpper(second))
        return Boolean(known?.(first + second));
    return true;
}
/**
 * The page text with words hyphenated at line ends joined (see the rule above); `known` says whether a
 * joined word in capitals is a known name.
 */
export function dehyphenate(text, known) {
    if (!/[-\u2010\u00ad¬][ \t]*\r?\n|\u00ad/u.test(text))
        return { text };
    // Words written whole on the page (not at a break), as the page's own evidence of either form.
    const seen = new Set();
    for (const m of text.matchAll(WORDS)) {
        const w = m[0].toLowerCase();
        seen.add(w);
        for (const part of w.split('-'))
            seen.add(part);
    }
    let out = '';
    const offsets = [];
    let pos = 0;
    const copy = (to) => {
        for (let i = pos; i < to; i++) {
            if (text[i] === '\u00ad' &&
                /\p{L}/u.test(text[i - 1] ?? '') &&
                /\p{L}/u.test(text[i + 1] ?? ''))
                continue;
            out += text[i];
            offsets.push(i);
        }
        pos = to;
    };
    for (const m of text.matchAll(BREAK)) {
        const [, first, hyphen, second] = m;
        const hyphenAt = m.index + first.length;
        const secondAt = m.index + m[0].length - second.length;
        const after = text.slice(secondAt + second.length, secondAt + second.length + 2);
        copy(hyphenAt);
        // A kept hyphen stands for the compound's own hyphen; a soft hyphen or ¬ is never one.
        if (!joins(first, second, after, seen, known) && hyphen !== '\u00ad' && hyphen !== '¬') {
            out += '-';
            offsets.push(hyphenAt);
        }
        pos = secondAt;
        // The break's second part can start the next break's first part: matchAll resumes after the second.
    }
    copy(text.length);
    offsets.push(text.length);
    return { text: out, offsets };
}
/** The span in the original text of the view's characters [start, end). */
export function originalSpan(view, start, end) {
    if (!view.offsets)
        return { start, end };
    const o = view.offsets;
    return { start: o[start], end: end > start ? o[end - 1] + 1 : o[start] };
}
//# sourceMappingURL=hyphenation.js.map