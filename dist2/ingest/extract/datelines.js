// One to three words in capitals (N'DJAMENA, ST. LOUIS, LA CORUNA), then an optional region in
// capitals or title case after a comma (", Calif", ", Faroe Islands"), then an optional comma: all
// that stands between the line's start and its date.
const WORD = String.raw `\p{Lu}[\p{Lu}'’.-]*`;
const REGION_WORD = String.raw `\p{Lu}[\p{L}'’.-]*`;
const HEAD = new RegExp(String.raw `^[ \t]*(${WORD}(?:[ \t]+${WORD}){0,2})(?:[ \t]*,[ \t]*(${REGION_WORD}(?:[ \t]+${REGION_WORD}){0,2}))?[ \t]*,?[ \t]*$`, 'u');
// After the date: the line's end, or an agency in parentheses and/or a dash before the story.
const TAIL = /^[ \t]*(?:г\.|r\.|р\.)?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:$|\r?\n|[-–—:])/u;
const titleCase = (s) => s
    .toLowerCase()
    .replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, sep, c) => sep + c.toUpperCase());
/**
 * Places named by datelines on a page: for each date in `dates` that stands on its line after only
 * a name in capitals (and its region) and that ends the line or is followed by an agency and a dash,
 * the name is a place when `known` (the gazetteer's name of a span that is one place, or undefined)
 * names it or the region after its comma. Named by the gazetteer, else by the name in title case.
 * A name in capitals before a birth date in a list row is no dateline: the row goes on after it.
 */
export function datelinePlaces(text, dates, known) {
    const out = [];
    for (const d of dates) {
        const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
        const head = HEAD.exec(text.slice(lineStart, d.start));
        if (!head || !TAIL.test(text.slice(d.end)))
            continue;
        const name = head[1];
        const letters = name.replace(/[^\p{L}]/gu, '');
        if (letters.length < 3 || letters !== letters.toUpperCase())
            continue;
        const normalized = known(name) ?? (head[2] && known(head[2]) ? titleCase(name) : undefined);
        if (!normalized)
            continue;
        const start = lineStart + head[0].indexOf(name);
        if (out.some((f) => f.start === start))
            continue;
        out.push({
            type: 'place',
            text: name,
            normalized,
            start,
            end: start + name.length,
            attributes: { source: 'dateline' },
        });
    }
    return out;
}
//# sourceMappingURL=datelines.js.map