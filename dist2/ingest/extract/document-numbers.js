// Numbers of passports and national identity documents in running text, as documents write them:
// after the document's name, through a few words ("паспорт гражданина РФ", "paszport (nr"), with or
// without a series ("паспорт серии 45 06 № 123456", "серія МК 654321", "dowód osobisty seria i numer
// ABC 123456", "Reisepass Nr. C01X00T47"). The words come from data/identity-documents.json.
import { loadData } from '../../core/data.js';
import { isAlpha3 } from '../../core/geo/countries.js';
import { CYRILLIC_TO_LATIN, swapLetters } from '../../core/text/scripts.js';
let words;
/** Each entry's words as a pattern: every word a stem that may take endings, any space between. */
function alternation(phrases) {
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...new Set(phrases)]
        .sort((a, b) => b.length - a.length)
        .map((p) => p
        .split(/\s+/)
        .map((w) => `${escape(w)}\\p{L}*`)
        .join('\\s+'))
        .join('|');
}
function load() {
    if (words)
        return words;
    const entries = loadData('identity-documents.json').entries;
    const all = (key) => alternation(entries.flatMap((e) => e[key]));
    const titles = [...new Set(entries.flatMap((e) => e.titles))]
        .sort((a, b) => b.length - a.length)
        .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
        .join('|');
    words = {
        document: new RegExp(`(?<![\\p{L}\\d-])(?:(?<general>${all('identity')})|${all('documents')})`, 'giu'),
        seriesBefore: new RegExp(`(?<!\\p{L})(?:${all('series')})[\\s:]*$`, 'iu'),
        other: new RegExp(`(?<!\\p{L})(?:${all('other')})(?!\\p{L})`, 'iu'),
        certificate: new RegExp(`(?<!\\p{L})(?:${all('certificates')})`, 'iu'),
        // The holder's words after the number, a few words at most before them (", выданный ОВД").
        holderAfter: new RegExp(`^([\\s,]*(?:[^\\d.;!?\\n]{0,40}?\\s)??(?:${all('holder')})\\s*)(?:(?:${titles})(?!\\p{L})\\s*)?`, 'iu'),
    };
    return words;
}
/**
 * Where documents' names end in `text`, in order; `general` for an identity document's label
 * ("документ, удостоверяющий личность:"), which a certificate's name may follow.
 */
export function documentNamesIn(text) {
    return [...text.matchAll(load().document)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        general: m.groups?.general !== undefined,
    }));
}
// A number's label ending the words before it: №, No., Nr., n°, номер, numer, рақам.
const NUMBER_LABEL = /(?:№|(?<!\p{L})(?:no|nr|n°|nº|номер\p{L}*|numer\p{L}*|number|numéro|nummer|рақам\p{L}*)\.?)[\s:]*$/iu;
// A number ends where no letter or digit goes on, and it is no part of a date or a case number
// ("123456/19", "12.03.2019").
const END = String.raw `(?![\p{L}\d]|[-/.,:]\d)`;
// After a series label: the series (one to three letters, two and two digits, or a certificate's
// Roman numeral and two letters: "II-АБ") and the number.
const AFTER_SERIES = new RegExp(String.raw `^([IVXІ]{1,4}-\p{Lu}{2}|\p{Lu}{1,3}|\d{2} ?\d{2}) *(?:(?:№|No\.?|Nr\.?|nr\.?|n°|номер|numer|рақами)\s*)?(\d{6,7})${END}`, 'u');
// After a number label: a series of letters, one space, the number ("nr EA 1234567").
const LETTERS_DIGITS = new RegExp(String.raw `^(\p{Lu}{1,3}) (\d{6,9})${END}`, 'u');
// A Russian internal passport's series of two and two digits, then its six digits ("4506 123456").
const DIGIT_SERIES = new RegExp(String.raw `^(\d{2} ?\d{2})[ \t]+(?:№ ?)?(\d{6})${END}`, 'u');
// One token: six to twelve capitals and digits, six digits or more ("C01X00T47", "12AB34567"; a
// French identity card of the 1995 model has twelve digits).
const TOKEN = new RegExp(String.raw `^([\p{Lu}\d]{6,12})${END}`, 'u');
const enoughDigits = (s) => (s.match(/\d/g)?.length ?? 0) >= 6;
/**
 * The number of a document at `pos` in `text`, `before` being the words between the document's
 * name and `pos`: a series and a number after a series label, letters and digits after a number
 * label, a Russian internal passport's "45 06 123456", or one token. Undefined when none is there.
 */
export function numberAt(text, pos, before) {
    const rest = text.slice(pos, pos + 40);
    const joined = (m, single) => ({
        start: pos,
        end: pos + m[0].length,
        number: latinCapitals(m.slice(1).join('')),
        single,
    });
    if (load().seriesBefore.test(before)) {
        const m = AFTER_SERIES.exec(rest);
        if (m)
            return joined(m, false);
    }
    if (NUMBER_LABEL.test(before)) {
        const m = LETTERS_DIGITS.exec(rest);
        // Three letters that are a state's code ("No. TJK 401234567") are its issuer, not a series.
        if (m && !isAlpha3(latinCapitals(m[1])))
            return joined(m, false);
    }
    const series = DIGIT_SERIES.exec(rest);
    if (series)
        return joined(series, false);
    const token = TOKEN.exec(rest);
    return token && enoughDigits(token[1]) ? joined(token, true) : undefined;
}
/** A second number right after a first one, as a register lists two holders' passports. */
export function secondNumber(text, end) {
    const space = /^\s+/.exec(text.slice(end, end + 4));
    if (!space)
        return undefined;
    const token = TOKEN.exec(text.slice(end + space[0].length, end + space[0].length + 14));
    if (!token || !enoughDigits(token[1]))
        return undefined;
    const start = end + space[0].length;
    return { start, end: start + token[1].length, number: latinCapitals(token[1]), single: true };
}
/**
 * Whether the words before a number label another kind of number (ИНН, PESEL, a case, a phone; a
 * birth or marriage certificate unless `general`: after an identity document's label).
 */
export function labelsOtherNumber(before, general) {
    return load().other.test(before) || (!general && load().certificate.test(before));
}
/**
 * Where the holder's name may begin after a number, when the words after it name a holder: `from`
 * right after those words ("№ X, выданный на имя |гражданки Y"), `to` after a title there ("… на имя
 * гражданки |Y"); both `to` when there is no title. Undefined when the words name no holder.
 */
export function holderAfter(text, end) {
    const m = load().holderAfter.exec(text.slice(end, end + 100));
    return m ? { from: end + m[1].length, to: end + m[0].length } : undefined;
}
/** Capitals, with the Cyrillic letters drawn like Latin ones read as Latin (the shared table). */
const latinCapitals = (s) => swapLetters(s.replace(/[\s-]+/g, '').toUpperCase(), CYRILLIC_TO_LATIN);
//# sourceMappingURL=document-numbers.js.map