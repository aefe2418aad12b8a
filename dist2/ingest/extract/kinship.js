// Relatives a document names by a kinship noun and the given name alone: "my daughter Zarina", "моя
// дочь Мадина", "мою доньку Олесю", "moja córka Agnieszka", "ma fille Leïla", and in Tajik the noun
// with its possessive ending fused to it ("духтарам Тахмина" = my daughter Takhmina) or through the
// izofa ("духтари хурдиам …" = my younger daughter …, "писари ман …"). Such a relative bears the
// family name of the person whose relative they are (data/kinship-nouns.json says which relations
// do: children, siblings, the father), in the form of the relative's gender (Saidov's daughter is a
// Saidova). A first-person possessive makes a relative of the writer, read only in a document whose
// writer is known (case/writer.ts: a signature, an introduction, an opening "I, X,"). A third-person
// possessive ("her daughter Zarina", "его брат Тимур", "jej córka", "sa fille", "її донька", "seine
// Tochter", Tajik "духтараш") makes a relative of the person named last before it whose gender the
// possessive agrees with, else of the document's person; never of the writer, who says "my". A
// relative is never the person themself. A given name written with a family name beside it is left
// to the name rules, and a kinship noun without a possessive ("the daughter of her neighbour") names
// no one's relative here. The other mentions of that given name alone in the document name the same
// relative. Spouses and relatives by marriage (mother-in-law, шурин, teściowa, belle-sœur, Schwager,
// хушдоман) are listed too, to tell whom a sentence is about (kinPhrases), but no family name is
// inferred for them. People clustering (ingest/people/cluster.ts) joins such a mention only to a
// person of that family and given name the archive already names in full: the family name is
// inferred, never the only evidence of a person.
import { loadData } from '../../core/data.js';
import { familyForm, familyNameGender } from '../../core/names/person-names.js';
import { givenGender, isGivenName } from '../../core/names/given-names.js';
import { hasCyrillic } from '../../core/text/scripts.js';
import { writerOf } from '../../case/writer.js';
import { isStopWord, romanizeGiven } from './persons.js';
let patterns;
const alternation = (words) => [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
function possessivesOf(lang) {
    if (lang.suffixes?.length)
        return [
            { person: 1, words: [], suffixes: lang.suffixes, izofa: lang.izofa ?? [] },
            {
                person: 3,
                words: [],
                suffixes: lang.thirdSuffixes ?? [],
                izofa: ['и', ...(lang.thirdIzofa ?? [])],
            },
        ];
    return [
        { person: 1, words: lang.possessives, suffixes: [], izofa: [] },
        ...(lang.thirdPossessives ?? []).map((g) => ({
            person: 3,
            words: g.words,
            suffixes: [],
            izofa: [],
            ...(g.gender ? { gender: g.gender } : {}),
        })),
    ];
}
/** The words before a kinship noun, or the ending after it, that make it someone's relative (regex source). */
function phraseSource(noun, p) {
    if (p.suffixes.length) {
        // Tajik: the possessive fused to the noun, or the izofa and a possessive pronoun, or the
        // izofa and one adjective bearing the possessive ending (духтари хурдиам).
        const suffix = alternation(p.suffixes);
        const izofa = p.izofa.filter((z) => z.includes(' '));
        const viaIzofa = izofa.length ? `|${alternation(izofa)}` : '';
        return `(?<!\\p{L})${noun}(?:${suffix}|и[ \\t]+\\p{L}+(?:${suffix})${viaIzofa})`;
    }
    if (!p.words.length)
        return undefined;
    // One adjective may stand between the possessive and the noun ("моя младшая дочь").
    return `(?<!\\p{L})(?:${alternation(p.words)})[ \\t]+(?:\\p{L}+[ \\t]+)?${noun}`;
}
/** One pattern per kinship noun form group and possessive: the possessive (or fused ending), the noun, then a word. */
function kinPatterns() {
    if (patterns)
        return patterns;
    const file = loadData('kinship-nouns.json');
    const out = [];
    for (const entry of file.entries) {
        const lang = file.languages.find((l) => l.lang === entry.lang);
        if (!lang)
            continue;
        for (const oblique of [false, true]) {
            const nouns = oblique ? entry.oblique : entry.nominative;
            if (!nouns.length)
                continue;
            const noun = `(?:${alternation(nouns)})`;
            // The name: the next word, after an optional comma (English "my daughter, Zarina,").
            const name = `,?[ \\t]+([\\p{L}][\\p{L}'’-]*)`;
            for (const p of possessivesOf(lang)) {
                const phrase = phraseSource(noun, p);
                if (!phrase)
                    continue;
                out.push({
                    re: new RegExp(`${phrase}${name}`, 'giu'),
                    entry,
                    oblique,
                    person: p.person,
                    ...(p.gender ? { possessor: p.gender } : {}),
                });
            }
        }
    }
    patterns = out;
    return out;
}
let phrases;
/**
 * Every kinship phrase of every language, first or third person, relatives by marriage included
 * ("my daughter", "her mother-in-law", "его брат", "jej teściowa", "sa belle-sœur", "seine
 * Schwägerin", "духтараш"), global and case-insensitive: what names a relative, not the person a
 * sentence is otherwise about.
 */
export function kinPhrases() {
    if (phrases)
        return phrases;
    const file = loadData('kinship-nouns.json');
    const sources = [];
    for (const lang of file.languages) {
        const nouns = file.entries
            .filter((e) => e.lang === lang.lang)
            .flatMap((e) => [...e.nominative, ...e.oblique]);
        if (!nouns.length)
            continue;
        const noun = `(?:${alternation(nouns)})`;
        for (const p of possessivesOf(lang)) {
            const phrase = phraseSource(noun, p);
            if (phrase)
                sources.push(`${phrase}(?!\\p{L})`);
        }
    }
    phrases = new RegExp(sources.join('|'), 'giu');
    return phrases;
}
// Case endings of a given name after an oblique kinship noun, and what the nominative ends in
// instead, most likely first: Олесю → Олеся, Мадину → Мадина, Agnieszkę → Agnieszka; Фарида → Фарид.
const FEMININE_ENDINGS = [
    ['ю', 'я'],
    ['у', 'а'],
    ['ы', 'а'],
    ['ой', 'а'],
    ['ою', 'а'],
    ['ей', 'я'],
    ['ею', 'я'],
    ['і', 'а'],
    ['і', 'я'],
    ['и', 'я'],
    ['и', 'а'],
    ['е', 'а'],
    ['ę', 'a'],
    ['ą', 'a'],
    ['y', 'a'],
    ['i', 'a'],
];
const MASCULINE_ENDINGS = [
    ['ові', ''],
    ['ом', ''],
    ['ем', ''],
    ['я', 'й'],
    ['ю', 'й'],
    ['а', ''],
    ['у', ''],
    ['е', ''],
    ['owi', ''],
    ['em', ''],
    ['a', ''],
    ['u', ''],
];
/** A given name after an oblique kinship noun back in the nominative: a listed name if an ending gives one, else the likeliest. */
function nominative(word, gender, oblique) {
    if (!oblique || isGivenName(word))
        return word;
    const endings = gender === 'f' ? FEMININE_ENDINGS : MASCULINE_ENDINGS;
    const candidates = endings
        .filter(([end]) => word.toLowerCase().endsWith(end) && [...word].length - end.length >= 3)
        .map(([end, to]) => word.slice(0, word.length - end.length) + to);
    return candidates.find((c) => isGivenName(c)) ?? candidates[0] ?? word;
}
const overlaps = (a, s, e) => a.start < e && s < a.end;
/** A place only the NER model reads there (no gazetteer name): "my daughter X" says X is a person. */
const modelPlace = (r) => r.type === 'place' && r.attributes?.source === 'ner';
/** A title-case word: a capital, then at least one lower-case letter. */
const titleCase = (w) => /^\p{Lu}(?=.*\p{Ll})[\p{L}'’-]+$/u.test(w);
/**
 * The relatives a document's writer names by a kinship noun and a given name, with the other
 * one-word mentions of those given names, as person mentions of the writer's family; and the rows
 * (one-word person mentions that named no family) they replace. Nothing when the document has no
 * writer with a family name.
 */
export function kinshipMentions(pages, rows) {
    const add = [];
    const replace = new Set();
    const persons = rows.filter((r) => r.type === 'person');
    const full = persons.filter((r) => {
        const words = r.normalized.split(' ');
        return words.length >= 2 && !words[0].endsWith('.') && !words.at(-1).endsWith('.');
    });
    const writer = writerOf(pages, full);
    const misread = new Map();
    const found = [];
    for (const p of pages) {
        const onPage = rows.filter((r) => r.page === p.page);
        const ukrainian = /[іїєґ]/iu.test(p.text);
        for (const { re, entry, oblique, person, possessor } of kinPatterns()) {
            // A spouse or an in-law need not bear the family name: the name rules read theirs.
            if (entry.sharesFamily === false)
                continue;
            for (const m of p.text.matchAll(re)) {
                const whose = person === 1 ? writer : possessorOf(full, writer, p.page, m.index, possessor);
                if (!whose)
                    continue;
                const family = whose.normalized.split(' ').at(-1);
                const word = m[1];
                const start = m.index + m[0].length - word.length;
                const end = start + word.length;
                const mention = mentionAt(p.text, onPage, { start: m.index, end: start }, word, start, end, entry, oblique, ukrainian);
                if (!mention)
                    continue;
                const normalized = `${mention.given} ${familyForm(family, entry.gender, entry.lang)}`;
                // A relative is never the person whose relative they are.
                if (normalized === whose.normalized)
                    continue;
                for (const r of mention.replaces) {
                    replace.add(r);
                    // The kinship noun read as a family name ("Духтарам Тахмина" as Takhmina Dukhtaram):
                    // that name's later short mentions are this relative's too.
                    if (r.normalized.includes(' '))
                        misread.set(r.normalized, normalized);
                }
                add.push({
                    page: p.page,
                    text: word,
                    normalized,
                    start,
                    end,
                    attributes: { source: 'kinship', relation: entry.relation, gender: entry.gender },
                });
                const had = found.find((f) => f.normalized === normalized);
                if (had)
                    had.surfaces.add(word).add(mention.nominative);
                else
                    found.push({
                        given: mention.given,
                        normalized,
                        surfaces: new Set([word, mention.nominative]),
                        entry,
                    });
            }
        }
    }
    // The given name alone elsewhere in the document names the same relative, unless the document
    // names someone else of that given name in full, or two relatives share it.
    for (const f of found) {
        if (found.some((o) => o !== f && o.given === f.given))
            continue;
        if (full.some((r) => r.normalized.split(' ')[0] === f.given &&
            r.normalized !== f.normalized &&
            !misread.has(r.normalized)))
            continue;
        for (const p of pages) {
            const onPage = rows.filter((r) => r.page === p.page);
            for (const surface of f.surfaces) {
                const re = new RegExp(`(?<![\\p{L}'’-])${surface}(?![\\p{L}'’-])`, 'gu');
                for (const m of p.text.matchAll(re)) {
                    const start = m.index;
                    const end = start + surface.length;
                    if (add.some((a) => a.page === p.page && overlaps(a, start, end)))
                        continue;
                    const covering = onPage.filter((r) => overlaps(r, start, end));
                    if (covering.some((r) => (r.type !== 'person' && !modelPlace(r)) ||
                        (r.type === 'person' &&
                            r.normalized.includes(' ') &&
                            misread.get(r.normalized) !== f.normalized)))
                        continue;
                    if (followedByName(p.text, end))
                        continue;
                    for (const r of covering)
                        replace.add(r);
                    add.push({
                        page: p.page,
                        text: surface,
                        normalized: f.normalized,
                        start,
                        end,
                        attributes: { source: 'kinship', relation: f.entry.relation, gender: f.entry.gender },
                    });
                }
            }
        }
    }
    return { add, replace };
}
/**
 * Whose relative "her daughter", "его брат", "духтараш" names: the person named last before the
 * phrase on its page whose family name agrees with the possessive's gender (any gender when the
 * possessive tells none: French "sa", Tajik "-аш"), else the document's person (the one named most
 * often, then first) when their gender agrees; never the writer, who says "my", not "her".
 */
function possessorOf(full, writer, page, at, gender) {
    const candidates = full.filter((r) => r.normalized !== writer?.normalized);
    // A family name of one form for both (Rahimzoda, Petrenko) agrees when none of the gender does.
    const agrees = (r) => !gender || familyNameGender(r.normalized) === gender;
    const unknown = (r) => familyNameGender(r.normalized) === undefined;
    const before = candidates
        .filter((r) => r.page === page && r.end <= at)
        .sort((a, b) => b.end - a.end);
    if (before.length)
        return before.find(agrees) ?? before.find(unknown);
    const count = new Map();
    for (const r of candidates)
        count.set(r.normalized, (count.get(r.normalized) ?? 0) + 1);
    const main = [...candidates].sort((a, b) => count.get(b.normalized) - count.get(a.normalized) || a.page - b.page || a.start - b.start)[0];
    return main && (agrees(main) || unknown(main)) ? main : undefined;
}
/** A capitalised word right after (spaces only): the given name has a family name of its own there. */
function followedByName(text, end) {
    const next = /^[ \t]+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
    return Boolean(next && titleCase(next[1]) && !isStopWord(next[1]));
}
/** The given name a kinship noun is followed by, if the word is one and no other reading holds it. */
function mentionAt(text, onPage, phrase, word, start, end, entry, oblique, ukrainian) {
    if (!titleCase(word) || [...word].length < 3 || isStopWord(word))
        return undefined;
    // A place, an organization, a date: no name (but a place only the model reads is this person).
    const covering = onPage.filter((r) => overlaps(r, start, end));
    if (covering.some((r) => r.type !== 'person' && !(modelPlace(r) && r.start >= start && r.end <= end)))
        return undefined;
    // A given name with a family name (found by the name rules, or a capitalised word after it); not
    // the kinship noun itself read as one ("Духтарам Тахмина", "Brother Tom" as a name).
    if (covering.some((r) => r.type === 'person' &&
        (r.end > end ||
            (r.start < start && r.start < phrase.start) ||
            (r.normalized.includes(' ') && r.start >= start))))
        return undefined;
    if (followedByName(text, end))
        return undefined;
    const nom = nominative(word, entry.gender, oblique);
    // A listed given name of the other gender is not this relative's ("my son Maria").
    const gender = givenGender(nom);
    if ((gender === 'f' || gender === 'm') && gender !== entry.gender)
        return undefined;
    const given = hasCyrillic(nom) ? romanizeGiven(nom, ukrainian) : nom;
    return { given, nominative: nom, replaces: covering };
}
//# sourceMappingURL=kinship.js.map