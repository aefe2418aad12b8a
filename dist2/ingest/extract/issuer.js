// The country that issued a passport, from the words around its number ("гражданка Республики
// Таджикистан, паспорт № …" → TJK). Country names come from core/geo/countries.ts.
import { countriesIn } from '../../core/geo/countries.js';
// Abbreviations official documents use for countries ("паспорт гражданина РТ").
const ABBREVIATIONS = [
    [/(?<!\p{L})(?:РТ|ҶТ|RT)(?!\p{L})/gu, 'TJK'],
    [/(?<!\p{L})(?:РФ|RF)(?!\p{L})/gu, 'RUS'],
    [/(?<!\p{L})(?:РП|RP)(?!\p{L})/gu, 'POL'],
];
function named(text) {
    const found = countriesIn(text);
    for (const [re, alpha3] of ABBREVIATIONS)
        if (re.test(text))
            found.push(alpha3);
    return found;
}
// Words that state a person's citizenship, followed by the country within a few words.
const CITIZENSHIP = /(?<!\p{L})(?:граждан\p{L}*|громадян\p{L}*|шаҳрванд\p{L}*|obywatel\p{L}*|citizen\p{L}*|nationality|national of|ressortissant\p{L}*|nationalité|onderdaan)[^.\n]{0,50}/giu;
/** The country a page states as someone's citizenship, if any. */
export function citizenshipIn(text) {
    for (const m of text.matchAll(CITIZENSHIP)) {
        const found = named(m[0]);
        if (found.length)
            return found[0];
    }
    return undefined;
}
/** The last country named before `pos` in its sentence (within 250 characters), if any. */
export function countryInSentence(text, pos) {
    const before = text.slice(Math.max(0, pos - 250), pos);
    const sentence = before.slice(Math.max(0, before.search(/[.!?]\s+[^.!?]*$/)));
    return named(sentence).at(-1);
}
/**
 * The issuing country for a passport number at `pos`: the last country named before it in its
 * sentence; else the citizenship the document states; else the country the page names most; else
 * the one the document named last.
 */
export function issuerNear(text, pos, ctx) {
    const inSentence = countryInSentence(text, pos);
    if (inSentence) {
        ctx.countries.push(inSentence);
        return inSentence;
    }
    if (ctx.citizenship)
        return ctx.citizenship;
    const counts = new Map();
    for (const c of named(text))
        counts.set(c, (counts.get(c) ?? 0) + 1);
    const onPage = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (onPage)
        ctx.countries.push(onPage);
    return onPage ?? ctx.countries.at(-1);
}
//# sourceMappingURL=issuer.js.map