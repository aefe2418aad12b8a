// Organization names that end where their phrase cannot: on a preposition ("Office for the"), or on a
// noun of purpose right after one ("Главное управление по борьбе", "Департамент по делам", "Biuro do
// Spraw", "Управління з питань"). The model (and a run of capitalised words) often stops there; the
// name goes on with the noun's complement ("с организованной преступностью", "Cudzoziemców", "of
// Witnesses"). The words come from data/organization-heads.json (`openEnds`).
import { loadData } from '../../core/data.js';
import { foldAccents } from '../../core/text/fold.js';
let loaded;
function openEnds() {
    if (loaded)
        return loaded;
    const entries = loadData('organization-heads.json')
        .openEnds.entries;
    const all = (k) => new Set(entries.flatMap((e) => e[k].map(fold)));
    loaded = {
        prepositions: all('prepositions'),
        governing: all('governing'),
        clause: all('clause'),
        conjunctions: all('conjunctions'),
    };
    return loaded;
}
const fold = (w) => foldAccents(w.toLowerCase()).replace(/’/g, "'");
/** At most this many words are added: a complement is a short phrase, not the rest of a sentence. */
const MAX_WORDS = 6;
// Finite verbs and infinitives by their endings: Russian and Ukrainian past tense, present third
// person, infinitives, gerunds; Polish past tense, infinitives and present third person plural.
const CYRILLIC_VERB = /(?:ла|ло|ли|лся|лась|лось|лись|ть|ться|тися|ет|ёт|ёл|ют|ит|ят|ут|ется|ются|ится|ятся|ал|ил|ел|ув|вши|вшись|ючи|ячи)$/u;
const POLISH_VERB = /(?:ł|ła|ło|li|ły|ać|ić|eć|yć|uje|ują|ał|ił|ył|ęła|iła)$/u;
function verbLike(word) {
    const w = word.toLowerCase();
    return /\p{Script=Cyrillic}/u.test(w) ? CYRILLIC_VERB.test(w) : POLISH_VERB.test(w);
}
// Russian and Ukrainian adjective endings (any case), and the endings of genitives that may follow
// a complement's noun: plural nouns and adjectives, singular adjectives.
const CYRILLIC_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ыми|ими|ій|ої|ою|ім|ього|ьої)$/u;
const CYRILLIC_GENITIVE = /(?:ов|ев|ёв|ей|ів|їв|ий|ій|ых|их|ого|его|ої|ьої)$/u;
// A word (letters, digits, inner apostrophes, hyphens and periods) or one other character.
const TOKEN = /[\p{L}\p{M}\d]+(?:['’.-][\p{L}\p{M}\d]+)*|[^\s]/gu;
// Russian and Ukrainian adjectives in an oblique case (северных, горного, гірської): inside a
// complement they come before their noun, so a name cannot end on one.
const OBLIQUE_ADJECTIVE = /\p{Ll}(?:ых|их|ого|его|ому|ему|ыми|ими|ой|ої)$/u;
/**
 * Whether a name's words end where its phrase cannot: a preposition, one and a noun of purpose (по
 * делам, do spraw), or a lower-case oblique adjective in the complement after a preposition (по
 * делам северных).
 */
export function endsOpen(words) {
    const { prepositions, governing } = openEnds();
    const last = fold(words.at(-1) ?? '');
    if (prepositions.has(last))
        return true;
    if (OBLIQUE_ADJECTIVE.test(words.at(-1) ?? '') &&
        words.slice(1, -1).some((w) => prepositions.has(fold(w))))
        return true;
    return governing.has(last) && words.length >= 2 && prepositions.has(fold(words.at(-2)));
}
/**
 * How the complement is written, from the name's last word that is no preposition: in lower case
 * (Russian, Ukrainian, French, "Biuro do spraw"), with capitals (English, German nouns, "Biuro do
 * Spraw") or in capitals (a letterhead).
 */
function modeOf(words) {
    const letters = words.join('').replace(/[^\p{L}]/gu, '');
    if (letters.length >= 4 && letters === letters.toUpperCase())
        return 'caps';
    const content = [...words].reverse().find((w) => !openEnds().prepositions.has(fold(w)));
    return content && /^\p{Lu}/u.test(content) ? 'title' : 'lower';
}
function fits(word, mode) {
    if (/^\d/u.test(word))
        return false;
    if (mode === 'caps')
        return word === word.toUpperCase() && /\p{Lu}/u.test(word);
    if (mode === 'title')
        return /^\p{Lu}\p{Ll}/u.test(word);
    return /^\p{Ll}/u.test(word) && !verbLike(word);
}
/**
 * The end of an organization's name at `start`..`end` of `text`, read on over the complement when
 * the name ends unfinished (see `endsOpen`): up to six words of the name's writing (lower case,
 * capitals after capitals, all capitals in a letterhead), prepositions only where the phrase still
 * needs its object, a conjunction only between two words that fit. It stops at punctuation, a
 * digit, a verb by its ending, a clause word (что, which, że), a word in another writing (a
 * capitalised name after a lower-case phrase), a span of `blocked` (another entity), and a line end
 * unless the phrase is still open there (a line wrapped mid-phrase; never over an empty line). A
 * trailing preposition or conjunction is left out. Returns `end` itself when nothing is added.
 */
export function completeEnd(text, start, end, blocked = []) {
    const own = text.slice(start, end).match(/[\p{L}\p{M}\d]+(?:['’.-][\p{L}\p{M}\d]+)*\.?/gu) ?? [];
    if (!own.length || !endsOpen(own))
        return end;
    const { prepositions, governing, clause, conjunctions } = openEnds();
    const mode = modeOf(own);
    const tokens = [];
    TOKEN.lastIndex = end;
    for (let m = TOKEN.exec(text); m && tokens.length < MAX_WORDS * 2; m = TOKEN.exec(text)) {
        tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    }
    let best = end;
    let open = true;
    let prevPreposition = prepositions.has(fold(own.at(-1)));
    // A preposition a lower-case name ends on, with no noun of purpose before it, is often the start
    // of the sentence's next phrase ("Министерства обороны по итогам …"): only a noun of purpose
    // after it (по делам, по борьбе) says the name goes on.
    let needGoverning = mode === 'lower' && prevPreposition && !(own.length >= 2 && governing.has(fold(own.at(-2))));
    // Cyrillic complements (a lower-case phrase): adjectives, their noun, then only genitives.
    const cyrillic = mode === 'lower' && /\p{Script=Cyrillic}/u.test(own.join(''));
    let nounSeen = false;
    let added = 0;
    let crossed = false;
    let at = end;
    for (let i = 0; i < tokens.length && added < MAX_WORDS; i++) {
        const t = tokens[i];
        const gap = text.slice(at, t.start);
        if (gap.includes('\n')) {
            // Over a line break only while the phrase is still open, once, and not over an empty line.
            if (!open || crossed || /\n[ \t]*\n/.test(gap))
                break;
            crossed = true;
        }
        if (blocked.some((b) => b.start < t.end && t.start < b.end))
            break;
        // "ds." keeps its period; any other character ends the phrase.
        let word = t.word;
        let tokenEnd = t.end;
        if (text[tokenEnd] === '.' && prepositions.has(fold(`${word}.`))) {
            word = `${word}.`;
            tokenEnd++;
        }
        if (!/^[\p{L}\d]/u.test(word))
            break;
        const f = fold(word);
        if (clause.has(f))
            break;
        if (prepositions.has(f) && !(mode === 'title' && /^\p{Lu}/u.test(word))) {
            if (!open && !prevPreposition)
                break;
            prevPreposition = true;
            open = true;
            at = tokenEnd;
            if (tokenEnd !== t.end)
                tokens.splice(i + 1, 1);
            continue;
        }
        if (conjunctions.has(f)) {
            // Only between two words of the complement: the next word must fit too.
            const next = tokens[i + 1];
            if (open || !next || !fits(next.word, mode) || /\n/.test(text.slice(t.end, next.start)))
                break;
            prevPreposition = false;
            open = true;
            at = t.end;
            continue;
        }
        if (!fits(word, mode))
            break;
        if (needGoverning && !governing.has(f))
            break;
        needGoverning = false;
        if (cyrillic) {
            // After the complement's noun only genitives go on (… оборотом наркотиков), not the
            // sentence's next noun (… предпринимательства проекты).
            if (nounSeen && !CYRILLIC_GENITIVE.test(word))
                break;
            const adjective = CYRILLIC_ADJECTIVE.test(word);
            if (!adjective)
                nounSeen = true;
            added++;
            at = tokenEnd;
            // A name does not end on an adjective without its noun.
            if (!adjective)
                best = tokenEnd;
            // An adjective still needs its noun, even on the next line of a wrapped phrase.
            open = adjective || (prevPreposition && governing.has(f));
            prevPreposition = false;
            continue;
        }
        added++;
        best = tokenEnd;
        at = tokenEnd;
        // A noun of purpose after a preposition needs its own object (… по делам + миграции).
        open = prevPreposition && governing.has(f);
        prevPreposition = false;
    }
    return best;
}
/**
 * The model's organizations (`named`, any entity type with offsets) read on over an unfinished
 * complement (`completeEnd`); another entity the model found after one bounds it. Others unchanged.
 */
export function completeNamedOrganizations(text, named) {
    return named.map((e) => {
        if (e.type !== 'organization')
            return e;
        const end = completeEnd(text, e.start, e.end, named.filter((o) => o !== e && o.start >= e.end));
        return end === e.end ? e : { ...e, end };
    });
}
//# sourceMappingURL=organization-tails.js.map