// Corrections for confusions tesseract makes on these documents every time, applied to single words
// with their neighbours in view, so word boxes and offsets stay true:
//   - a lone "|" between words is the slash of bilingual labels ("Насаб / Surname");
//   - "Мо", "Ме", "N°" or "No" before a number, in Cyrillic text, is the numero sign "№", which the
//     Cyrillic models lack;
//   - look-alike letters of the other script (see repairHomoglyphs).
import { CYRILLIC_TO_LATIN, hasCyrillic, hasLatin, LATIN_TO_CYRILLIC, } from '../../core/text/scripts.js';
import { transliterate } from '../../core/text/translit.js';
const NUMERO_LOOKALIKES = new Set(['Мо', 'Ме', 'М°', 'N°', 'Nо', 'Мо.', 'Nº']);
export function correctWords(input, cyrillicPage) {
    const words = repairHomoglyphs(input, cyrillicPage);
    return words.map((w, i) => {
        const next = words[i + 1];
        const sameLine = next !== undefined && next.line === w.line;
        if (w.text === '|' && sameLine && i > 0)
            return { ...w, text: '/' };
        if (cyrillicPage && NUMERO_LOOKALIKES.has(w.text) && sameLine && /^\d/.test(next.text))
            return { ...w, text: '№' };
        return w;
    });
}
// Letters drawn the same in Latin and Cyrillic (core/text/scripts.ts); 3 stands for З inside a word.
function convert(part, to) {
    const chars = [...part];
    const map = to === 'cyrillic' ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    const foreign = to === 'cyrillic' ? hasLatin : hasCyrillic;
    const out = chars.map((c, i) => {
        if (to === 'cyrillic' &&
            c === '3' &&
            /\p{L}/u.test(chars[i - 1] ?? '') &&
            /\p{L}/u.test(chars[i + 1] ?? ''))
            return 'З';
        return foreign(c) ? map[c] : c;
    });
    return out.some((c) => c === undefined) ? undefined : out.join('');
}
/**
 * Models of two scripts read together mix them up, since many letters look alike: "HA3APOBA" (Latin,
 * with a digit) for КАЗАКОВА in a Tajik passport, "Сору" in Cyrillic for Copy. Within each part of a
 * word (parts split at "/" and the like):
 *   - letters of both scripts: the fewer are turned into the script of the more (a tie goes to the
 *     line's script), when every one of them has a look-alike;
 *   - Latin letters only, all of them look-alikes of Cyrillic ones, on a page in Cyrillic, and either
 *     a 3 between letters (a Latin word has none) or the Cyrillic spelling, transliterated, stands on
 *     the same line (bilingual forms: "НУРЕК / NUREK", "МАР/MAR"): the part is Cyrillic.
 */
export function repairHomoglyphs(words, cyrillicPage) {
    const lineScript = new Map();
    for (const w of words) {
        for (const c of w.text)
            lineScript.set(w.line, (lineScript.get(w.line) ?? 0) + (hasCyrillic(c) ? 1 : hasLatin(c) ? -1 : 0));
    }
    const lineWords = new Map();
    for (const w of words) {
        const set = lineWords.get(w.line) ?? new Set();
        for (const p of w.text.split(/[^\p{L}\p{N}]+/u))
            if (p)
                set.add(p.toLowerCase());
        lineWords.set(w.line, set);
    }
    const repaired = words.map((w) => {
        const text = w.text.replace(/[\p{L}\p{N}]+/gu, (part) => {
            const chars = [...part];
            const cyr = chars.filter(hasCyrillic).length;
            const lat = chars.filter(hasLatin).length;
            if (cyr > 0 && lat > 0) {
                const to = cyr > lat || (cyr === lat && (lineScript.get(w.line) ?? 0) >= 0) ? 'cyrillic' : 'latin';
                return convert(part, to) ?? part;
            }
            if (lat < 2 || cyr > 0)
                return part;
            const cyrillic = convert(part, 'cyrillic');
            if (!cyrillic || /\p{Script=Latin}/u.test(cyrillic))
                return part;
            const digitInside = cyrillicPage && /\p{L}3\p{L}/u.test(part);
            const twin = lineWords.get(w.line)?.has(transliterate(cyrillic).toLowerCase()) &&
                transliterate(cyrillic).toLowerCase() !== part.toLowerCase();
            return digitInside || twin ? cyrillic : part;
        });
        return text === w.text ? w : { ...w, text };
    });
    return repaired.map((w, i) => initialInScript(w, repaired[i - 1], repaired[i + 1]) ?? w);
}
const INITIAL = /^([^\p{L}]*)(\p{Lu})(\.[^\p{L}]*)$/u;
/**
 * An initial ("I.") takes the script of the name words beside it on its line, when it has a look-alike
 * there: "О. I. Пилипюк" is О. І. Пилипюк, "Gulnora С." is Gulnora S.
 */
function initialInScript(w, prev, next) {
    const m = INITIAL.exec(w.text);
    if (!m)
        return undefined;
    // Name words beside it: capitalised (a lower-case word after a name is not part of it).
    const first = (x) => x.text.replace(/[^\p{L}]/gu, '').charAt(0);
    const near = [prev, next].filter((x) => x !== undefined && x.line === w.line && /\p{Lu}/u.test(first(x)));
    const cyr = near.filter((x) => hasCyrillic(first(x))).length;
    const lat = near.filter((x) => hasLatin(first(x))).length;
    const letter = m[2];
    const to = cyr > 0 && lat === 0 && hasLatin(letter)
        ? LATIN_TO_CYRILLIC[letter]
        : lat > 0 && cyr === 0 && hasCyrillic(letter)
            ? CYRILLIC_TO_LATIN[letter]
            : undefined;
    return to ? { ...w, text: `${m[1]}${to}${m[3]}` } : undefined;
}
//# sourceMappingURL=corrections.js.map