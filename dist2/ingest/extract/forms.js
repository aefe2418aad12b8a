// Persons of a form's labelled fields: a family-name field and a given-name field on lines of their
// own, a few lines apart ("Фамилия: Назарова" … "Имя: Севара", "Nazwisko: …" / "Imię: …",
// "Nachname: …" / "Vorname: …"), or one whole-name field ("Full name: …", "ФИО: …"). The labels are
// the record tables' column labels (data/table-columns.json). A field whose label is followed by
// another word in lower case ("Имя отца", "Imię ojca": the father's name) is someone else's and is
// not read. Hand-written: no library reads these forms' fields across the cases' languages.
import { loadData } from '../../core/data.js';
import { nameFromParts, normalizePersonSpan } from './persons.js';
let fieldPattern;
let kindOf;
/** One pattern for every name label at a line's start, then ":" or spaces and the value to the line's end. */
function pattern() {
    if (!fieldPattern || !kindOf) {
        const entries = loadData('table-columns.json').entries.filter((e) => ['family', 'given', 'name'].includes(e.kind));
        kindOf = new Map(entries.flatMap((e) => e.labels.map((l) => [l, { kind: e.kind, order: e.order }])));
        const labels = [...kindOf.keys()]
            .sort((a, b) => b.length - a.length)
            .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
        fieldPattern = new RegExp(`^[ \\t]*(?:\\d+[.)][ \\t]*)?(${labels.join('|')})[ \\t]*(?::[ \\t]*|[ \\t]+)([^\\n]{2,60})$`, 'gimu');
    }
    return { re: fieldPattern, kinds: kindOf };
}
// A value is a name: one to three capitalised words of letters (with hyphens and apostrophes).
const NAME_VALUE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;
// Fields of one form stand this many lines apart at most.
const FIELD_REACH = 4;
function fields(text) {
    const { re, kinds } = pattern();
    const out = [];
    for (const m of text.matchAll(re)) {
        const label = m[1].toLowerCase().replace(/\s+/g, ' ');
        const value = m[2].trim();
        // A whole-name label over one word is a family name (German forms: "Name: …", "Vorname: …").
        const labelled = kinds.get(label);
        const kind = labelled?.kind === 'name' && !/\s/u.test(value) ? 'family' : labelled?.kind;
        if (!kind || !NAME_VALUE.test(value))
            continue;
        const start = m.index + m[0].lastIndexOf(value);
        const line = text.slice(0, m.index).split('\n').length;
        out.push({ kind, order: labelled?.order, line, start, end: start + value.length });
    }
    return out;
}
/**
 * "Given Family" read as the person rules read a name written so (Polish and German spellings of
 * Eastern names brought to one romanization: Nazirowa → Nazirova), else part by part.
 */
function fromParts(given, family) {
    const written = `${given} ${family}`.replace(/\s+/g, ' ');
    return normalizePersonSpan(written, 0, written.length, true) ?? nameFromParts(given, family);
}
/**
 * Persons named by a form's fields, with `attributes.source = 'form'`: a family field with the
 * nearest given field within FIELD_REACH lines (either order), normalized "Given Family" in Latin
 * script (persons.ts nameFromParts), spanning both values; or a whole-name field's value. Offsets are
 * into `text`.
 */
export function findFormPersons(text) {
    const all = fields(text);
    const out = [];
    const used = new Set();
    for (const family of all.filter((f) => f.kind === 'family')) {
        const given = all
            .filter((f) => f.kind === 'given' && !used.has(f) && Math.abs(f.line - family.line) <= FIELD_REACH)
            .sort((a, b) => Math.abs(a.line - family.line) - Math.abs(b.line - family.line))[0];
        if (!given)
            continue;
        used.add(given);
        const start = Math.min(family.start, given.start);
        const end = Math.max(family.end, given.end);
        out.push({
            type: 'person',
            text: text.slice(start, end),
            normalized: fromParts(text.slice(given.start, given.end), text.slice(family.start, family.end)),
            start,
            end,
            attributes: { source: 'form' },
        });
    }
    for (const whole of all.filter((f) => f.kind === 'name')) {
        // A label that puts the family name first says which word it is; else the person rules tell.
        const words = text.slice(whole.start, whole.end).split(/\s+/u);
        const normalized = whole.order === 'family given'
            ? fromParts(words.slice(1).join(' '), words[0])
            : normalizePersonSpan(text, whole.start, whole.end, true);
        if (!normalized)
            continue;
        out.push({
            type: 'person',
            text: text.slice(whole.start, whole.end),
            normalized,
            start: whole.start,
            end: whole.end,
            attributes: { source: 'form' },
        });
    }
    return out.sort((a, b) => a.start - b.start);
}
//# sourceMappingURL=forms.js.map