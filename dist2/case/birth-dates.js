// Birth dates of person mentions, read from where documents write them: right after the name (a
// register's row, a charge's "Family Given, 21 August 1990 born") or on a form's labelled line. The
// people stage keeps namesakes with different birth dates apart by them; the case reports the likely
// identity conflicts they reveal (identity.ts).
import { groupBy } from '../core/group.js';
import { CYRILLIC_TO_LATIN, swapLetters } from '../core/text/scripts.js';
/**
 * Person mentions, each with the birth date written with the name: the next date within 24
 * characters (a register's row, a charge's "Family Given, 21 August 1990 born"; a table's next column
 * may hold another's date), or the one date the extractor read as a birth date ("Date of birth: …"
 * on the lines of a form) within 200 characters and before the next person named. Either lies at least
 * 14 years before the document's latest date: no event a person takes part in is that old.
 */
export function withBirthDates(rows) {
    const dates = rows.filter((r) => r.type === 'date' && /^\d{4}-\d\d-\d\d$/.test(r.normalized));
    const latest = new Map();
    for (const d of rows.filter((r) => r.type === 'date'))
        latest.set(d.documentId, Math.max(latest.get(d.documentId) ?? 0, Number(d.normalized.slice(0, 4)) || 0));
    const persons = rows.filter((r) => r.type === 'person');
    // Each mention is compared with those of its own page only: the rows are the whole archive's.
    const pageOf = (r) => `${r.documentId}|${r.page}`;
    const datesOn = groupBy(dates, pageOf);
    const personsOn = groupBy(persons, pageOf);
    const passportsOn = groupBy(rows.filter((r) => r.type === 'passport'), pageOf);
    return persons.map((p) => {
        const after = (datesOn.get(pageOf(p)) ?? [])
            .filter((d) => d.start >= p.end && d.start - p.end <= 200)
            .sort((a, b) => a.start - b.start);
        const isOld = (d) => Number(d.normalized.slice(0, 4)) <= (latest.get(p.documentId) ?? 0) - 14;
        // Two old dates side by side are a form's two columns (a groom's and a bride's birth dates):
        // which is whose the text order does not tell.
        const paired = (d) => after.some((o) => o !== d && isOld(o) && o.start - d.end <= 3 && d.start - o.end <= 3);
        const nextPerson = (personsOn.get(pageOf(p)) ?? [])
            .filter((o) => o !== p && o.start >= p.end)
            .reduce((min, o) => Math.min(min, o.start), Infinity);
        const labelled = after.find((d) => d.attributes?.role === 'birth' && d.start < nextPerson);
        const next = after[0] && after[0].start - p.end <= 24 ? after[0] : labelled;
        // A date the page labels as a birth date is one whatever else the page dates (a card may hold
        // no other date); an unlabelled date beside a name only when years older than the page's dates.
        const born = next && (next === labelled || isOld(next)) && !paired(next) ? next.normalized : undefined;
        const { near, record } = datesAround(p, datesOn.get(pageOf(p)) ?? [], personsOn.get(pageOf(p)) ?? [], nextPerson);
        const passports = passportsOfHolder(p, passportsOn.get(pageOf(p)) ?? [], personsOn.get(pageOf(p)) ?? []);
        return {
            id: p.id,
            documentId: p.documentId,
            text: p.text,
            normalized: p.normalized,
            ...(born ? { born } : {}),
            ...(passports.length ? { passports } : {}),
            ...(near.length ? { near } : {}),
            ...(record.length ? { record } : {}),
            ...(kinOf(p) ? { kin: kinOf(p) } : {}),
        };
    });
}
/** The gender of a relative named by a kinship noun and a given name (ingest/extract/kinship.ts). */
function kinOf(p) {
    const a = p.attributes;
    if (a?.source !== 'kinship')
        return undefined;
    return a.gender === 'f' || a.gender === 'm' ? a.gender : undefined;
}
/** How far around a name the dates of its sentence, and under it the dates of its record, are sought (characters). */
const SENTENCE_REACH = 120;
const RECORD_REACH = 200;
/**
 * The days written around a person mention on its page, as the people stage tells relatives apart
 * by them: `near`, those of its own sentence (within SENTENCE_REACH before or after, no other name
 * between: "from 4 May to 9 June citizen Ivanova M. did not cross"), and `record`, those after it up
 * to the next name (within RECORD_REACH: the rows a printout lists under a name). ISO days, each
 * with its date mention: the same words can fall in one name's record and the next one's sentence.
 * `nextStart`: where the next name on the page begins (withBirthDates has found it already).
 */
function datesAround(p, dates, persons, nextStart) {
    const prevEnd = persons
        .filter((o) => o !== p && o.end <= p.start)
        .reduce((max, o) => Math.max(max, o.end), -Infinity);
    const days = (list) => list.map((d) => ({ day: d.normalized, at: d.id }));
    const after = (reach) => dates.filter((d) => d.start >= p.end && d.end <= nextStart && d.start - p.end <= reach);
    const before = dates.filter((d) => d.end <= p.start && d.start >= prevEnd && p.start - d.end <= SENTENCE_REACH);
    return { near: days([...before, ...after(SENTENCE_REACH)]), record: days(after(RECORD_REACH)) };
}
/** How far after a name a passport number in running text may stand and still be that person's (characters). */
const PASSPORT_REACH = 160;
/**
 * Two names this close, with no passport between them ("Family Given and Family Given, passport …",
 * "X, Y, паспорт …"), both could hold the passport after them: it is neither's.
 */
const COMPETING_GAP = 12;
/**
 * The passports of a person mention, as documents write them with the holder: the MRZ's holder
 * (the extractor attributes it: `attributes.passport`); a table row's person, the passport of the
 * same row (`attributes.row` of both, ingest/extract/tables.ts); in running text, a number found
 * after the name, within PASSPORT_REACH and before the next person named, with no other passport
 * between ("Family Given, born …, passport AB1234567", "… паспорт гражданина … № …"); a number the
 * words after it give to a holder named next ("… № X, выданный на имя Y": namedAfter) is that
 * holder's alone, never the name's before it. A relative a
 * form names on its own line (`attributes.role`: "Father's name") holds none of the form's
 * documents and does not stand between the holder and them. Conservative: a text number is nobody's
 * when another name stands right before this one (COMPETING_GAP: two people could hold it), and an
 * MRZ or a table row only ties its own holder. Each normalized by passportKey, without repeats.
 */
function passportsOfHolder(p, passports, persons) {
    const out = new Set();
    const a = p.attributes ?? {};
    const own = typeof a.passport === 'string' ? passportKey(a.passport) : undefined;
    if (own)
        out.add(own);
    const sourceOf = (r) => r.attributes?.source;
    if (sourceOf(p) === 'table' && a.row !== undefined)
        for (const d of passports)
            if (sourceOf(d) === 'table' && d.attributes?.row === a.row) {
                const key = passportKey(d.normalized);
                if (key)
                    out.add(key);
            }
    if (sourceOf(p) !== 'mrz' && sourceOf(p) !== 'table' && a.role === undefined) {
        const others = persons.filter((o) => o !== p && o.attributes?.role === undefined);
        const nextStart = others
            .filter((o) => o.start >= p.end)
            .reduce((min, o) => Math.min(min, o.start), Infinity);
        const between = (from, to) => passports.some((d) => d.start >= from && d.end <= to);
        const competing = others.some((o) => o.normalized !== p.normalized &&
            o.end <= p.start &&
            p.start - o.end <= COMPETING_GAP &&
            !between(o.end, p.start));
        const texts = passports.filter((d) => sourceOf(d) !== 'mrz' &&
            sourceOf(d) !== 'table' &&
            holderAt(d) === undefined &&
            d.start >= p.end &&
            d.start - p.end <= PASSPORT_REACH &&
            d.start < nextStart);
        // Two numbers after one name (an internal and a foreign passport) are both that name's.
        const first = texts.sort((x, y) => x.start - y.start)[0];
        if (first && !competing && !between(p.end, first.start))
            for (const d of texts) {
                const key = passportKey(textNumber(d));
                if (key)
                    out.add(key);
            }
        for (const key of namedAfter(p, passports, persons))
            out.add(key);
    }
    return [...out];
}
/** How far after the words that name a holder (and a title) the name may begin: a quote, a space. */
const HOLDER_GAP = 2;
/** Where the words after a text number name its holder (ingest/extract/passports.ts), if they do. */
const holderAt = (d) => typeof d.attributes?.holderAt === 'number' ? d.attributes.holderAt : undefined;
/** Where the holder's words end, before a title (a mention may hold the title: "Mme Y"). */
const holderFrom = (d) => typeof d.attributes?.holderFrom === 'number' ? d.attributes.holderFrom : (holderAt(d) ?? 0);
/**
 * The numbers written before this person's name with the words that name their holder ("паспорт № X,
 * выданный на имя Y", "passport No. X issued in the name of Y", "paszport nr X wystawiony na Y"):
 * each is this person's when this is the first person named after the number, beginning where those
 * words end, after a title there ("гражданки", "Mme") or with it; within HOLDER_GAP of it. Another
 * name between, or other words, tie nothing.
 */
function namedAfter(p, passports, persons) {
    const out = [];
    for (const d of passports) {
        const at = holderAt(d);
        if (at === undefined || p.start < holderFrom(d) || p.start - at > HOLDER_GAP)
            continue;
        const between = persons.some((o) => o !== p && o.start >= d.end && o.start < p.start);
        const key = passportKey(textNumber(d));
        if (!between && key)
            out.push(key);
    }
    return out;
}
/**
 * A running text's passport as the people stage compares it: with its issuing state only when the
 * text writes the state's code with the number (`attributes.issuer` 'written'); a state read from the
 * country named around it (ingest/extract/issuer.ts) is a guess that must not keep the number from
 * matching the same number an MRZ or a table gives with its state.
 */
function textNumber(d) {
    return d.attributes?.issuer === 'written' ? d.normalized : d.normalized.split(':').at(-1);
}
/** Issuing states an MRZ writes with fewer than three letters (ICAO Doc 9303 part 3: Germany is "D"). */
const SHORT_STATES = { D: 'DEU' };
/**
 * A passport as the people stage compares it: "STATE:NUMBER" (the issuing state's ICAO code, when
 * known) or "NUMBER", in capitals and digits (Cyrillic look-alikes read as Latin, other Cyrillic
 * letters of a series kept, spaces and fillers dropped). Undefined for a number of fewer than six letters and digits, too
 * short to tell anyone apart.
 */
export function passportKey(normalized) {
    const i = normalized.lastIndexOf(':');
    const state = i >= 0
        ? normalized
            .slice(0, i)
            .replace(/[^A-Za-z]/g, '')
            .toUpperCase()
        : '';
    // Cyrillic capitals OCR and typists put for the Latin ones read as Latin.
    // Other Cyrillic letters of a series (Ж, Ю) are kept: they tell numbers apart as much.
    const number = swapLetters(normalized.slice(i + 1).toUpperCase(), CYRILLIC_TO_LATIN).replace(/[^\p{Lu}\p{N}]/gu, '');
    if (number.length < 6)
        return undefined;
    const code = SHORT_STATES[state] ?? state;
    return code ? `${code}:${number}` : number;
}
/**
 * Whether two passport keys (passportKey) are one document: the same number, issued by the same
 * state or by one the other does not tell (a text number with no state and an MRZ's).
 */
export function samePassport(a, b) {
    const [sa, na] = a.includes(':') ? a.split(':') : ['', a];
    const [sb, nb] = b.includes(':') ? b.split(':') : ['', b];
    return na === nb && (!sa || !sb || sa === sb);
}
/** The number of a passport key, without its state. */
export const passportNumber = (key) => key.slice(key.indexOf(':') + 1);
//# sourceMappingURL=birth-dates.js.map