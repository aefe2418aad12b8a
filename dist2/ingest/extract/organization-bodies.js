// A governing or representing body named by its place: a body noun (мэрия, правительство, уряд,
// ambasada; data/organization-heads.json `bodies`) right before a place name in the genitive or an
// abbreviation in capitals (мэрии Тулы, посольстві Чилі, ambasady Norwegii, руководство МОК). The
// model reads the place and leaves the lower-case noun out; the noun alone names nothing.
import { loadData } from '../../core/data.js';
import { foldAccents } from '../../core/text/fold.js';
let stems;
function bodyStems() {
    stems ??= loadData('organization-heads.json').bodies.entries.flatMap((e) => e.stems.map((s) => foldAccents(s.toLowerCase())));
    return stems;
}
/** A body noun in some case form: a stem and at most four more letters (мэрии, rządu, урядом). */
function isBody(word) {
    const w = foldAccents(word.toLowerCase());
    return bodyStems().some((s) => w.startsWith(s) && w.length - s.length <= 4);
}
// A word in lower case or capitalised (a sentence's start), then spaces on the same line.
const BODY = /(?<![\p{L}\p{M}\d-])(\p{L}\p{Ll}+)[ \t]+/gu;
const ABBREVIATION = /^\p{Lu}{2,6}(?![\p{L}\p{M}\d-])/u;
// A Russian or Ukrainian adjective in lower case by its ending, in any case (нынешнее, федерального,
// японским, канадська),
// not a pronoun (этого, своего, нашим), which says which body but is no part of its name.
const ADJECTIVE_BEFORE = /(?<![\p{L}\p{M}\d-])(\p{Ll}{3,}(?:ое|ее|ый|ий|ая|яя|ой|ого|его|ому|ему|ым|им|ую|юю|ій|ього|ьому|ім|ська|ське|ської|цька|цьке|цької))[ \t]+$/u;
const PRONOUN = /^(?:это|то|свое|своё|сво|наш|ваш|кото|как|так|сам|вс|ин|друг|каж|люб|ся|ник|нек|одн)/u;
/** The start of up to two adjectives right before a body noun on its line (нынешнее руководство). */
function adjectivesBefore(text, start) {
    let at = start;
    for (let i = 0; i < 2; i++) {
        const m = ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
        if (!m || PRONOUN.test(m[1]))
            break;
        at -= m[0].length;
    }
    return at;
}
/**
 * Organizations of a page (`text`) named as a body of a place: a body noun directly before one of
 * `places` (found on the page, offsets into `text`) or before an abbreviation in capitals, on the
 * same line. The organization spans both words (its surface text as its name); the place stays a
 * place. A part of a town (центр, район) is no body, so "в центре Тулы" names nothing.
 */
export function bodiesOfPlaces(text, places) {
    const out = [];
    for (const m of text.matchAll(BODY)) {
        if (!isBody(m[1]))
            continue;
        const after = m.index + m[0].length;
        const place = places.find((p) => p.start === after);
        const abbreviation = ABBREVIATION.exec(text.slice(after));
        const end = place ? place.end : abbreviation ? after + abbreviation[0].length : -1;
        if (end < 0)
            continue;
        const start = adjectivesBefore(text, m.index);
        const name = text.slice(start, end);
        out.push({
            type: 'organization',
            text: name,
            normalized: name,
            start,
            end,
            attributes: { source: 'body of a place' },
        });
    }
    return out;
}
//# sourceMappingURL=organization-bodies.js.map