// The noun phrases, in the cases' languages, that name a border crossing; then optional "in"/"at".
const NOUN = String.raw `(?:(?:автомобильн\p{L}*|железнодорожн\p{L}*|міжнародн\p{L}*|международн\p{L}*)\s+)?(?:пункт\p{L}*\s+(?:пропуск\p{L}*|пересечени\p{L}*|перетину)(?:\s+(?:через\s+)?(?:государственн\p{L}*|державн\p{L}*)\s+(?:границ\p{L}*|кордон\p{L}*))?|(?<!\p{L})(?:КПП|МАПП|ДАПП|АПП)|(?:border\s+)?(?:crossing|check)[\s-]?points?|(?:border\s+)?checkpoints?|border\s+crossings?|przejści\p{L}*\s+graniczn\p{L}*|poste\s+(?:frontière|frontalier|de\s+contrôle)|point\s+de\s+passage|Grenzübergang\p{L}*|Grenzkontrollstelle|гузаргоҳ\p{L}*(?:\s+сарҳад\p{L}*)?)`;
const LINK = String.raw `(?:\s+(?:в|у|w|we|at|in|of|à|de|du|bei|дар)(?!\p{L}))?`;
const QUOTED = String.raw `[«„“"]([^»“”"\n]{2,40}?)[»“”"]`;
// One to three capitalised words joined by spaces or hyphens (Dorohusk-Jagodzin, Верхний Луг).
const BARE = String.raw `(\p{Lu}[\p{L}’'-]+(?:[ -]\p{Lu}[\p{L}’'-]+){0,2})`;
const CHECKPOINT = new RegExp(`(?<!\\p{L})${NOUN}${LINK}\\s*(?:${QUOTED}|${BARE})`, 'giu');
/**
 * Crossing points a page names by a checkpoint noun: one place per name, normalized to the name as
 * written (no gazetteer holds most of them), with `attributes.source = 'checkpoint'`. Spans are
 * character offsets into `text`; only the name is the place, not the noun.
 */
export function findCheckpoints(text) {
    const out = [];
    for (const m of text.matchAll(CHECKPOINT)) {
        // The pattern is case-insensitive for the nouns' sake, so a bare name is cut at its first word in
        // lower case ("Waldau und dann" is Waldau).
        const bare = (m[2] ?? '').split(' ');
        const lower = bare.findIndex((w) => !/^\p{Lu}/u.test(w));
        const name = m[1]?.trim() ?? bare.slice(0, lower < 0 ? undefined : lower).join(' ');
        if (!/^\p{Lu}/u.test(name) || (!m[1] && headerWords(text, m.index)))
            continue;
        const start = m.index + (m[1] ? m[0].lastIndexOf(name) : m[0].length - (m[2] ?? '').length);
        out.push({
            type: 'place',
            text: name,
            normalized: name.replace(/\s+/g, ' '),
            start,
            end: start + name.length,
            attributes: { source: 'checkpoint' },
        });
    }
    return out;
}
/**
 * A table's header names its columns in capitalised words ("Дата Пункт пропуску Напрямок"): a noun
 * written with a capital after another capitalised word, or at a line's start, heads a column, and the
 * capitalised word after it is the next column's. In running text the noun is lower case, or follows a
 * lower-case word ("am Grenzübergang Waldau"); an abbreviation may open its line ("КПП Заречье, …").
 */
function headerWords(text, at) {
    const noun = text.slice(at, at + 4);
    if (/^\p{Ll}/u.test(noun))
        return false;
    const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
    const previous = /(\S+)\s*$/u.exec(before)?.[1];
    if (!previous)
        return !/^\p{Lu}{3}/u.test(noun);
    return !/^\p{Ll}/u.test(previous);
}
//# sourceMappingURL=checkpoints.js.map