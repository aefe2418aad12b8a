// A speck OCR read as an opening quote mark glued to the next word ("Давлатова ‘Зарина"): no
// punctuation of the writer's, and it must not split a name. A quotation ("‘Tiger’") is closed on
// its line and keeps its marks.
/** The marks OCR makes of a speck before a word: opening single quotes, a backtick, an acute accent, a low quote. */
export const STRAY_QUOTE_MARKS = '‘`´‚';
const MARK = new RegExp(`^[${STRAY_QUOTE_MARKS}]$`, 'u');
/**
 * Whether the character at `at` of `text` is a stray opening quote mark: one of STRAY_QUOTE_MARKS,
 * at the start or after white space, glued to a letter, with no closing mark (’ ' ` ´) on the rest
 * of its line.
 */
export function isStrayQuote(text, at) {
    if (!MARK.test(text[at] ?? '') || !/\p{L}/u.test(text[at + 1] ?? ''))
        return false;
    if (at > 0 && !/\s/u.test(text[at - 1]))
        return false;
    const line = text.slice(at + 1).split('\n', 1)[0];
    return !/[’'`´]/u.test(line);
}
//# sourceMappingURL=stray-quote.js.map