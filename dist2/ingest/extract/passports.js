// Passports: machine-readable zones (parsed with the `mrz` package, check digits used to repair OCR
// confusions or reject), which also yield the holder and the birth and expiry dates; and passport
// numbers in running text ("паспорт № 401234567", "паспорт серии 45 06 № 123456", "paszport nr …",
// "Passport TJK No. …"; document-numbers.ts), whose issuing country comes from an explicit code or
// from the country named around them.
import { parse } from 'mrz';
import { isAlpha3 } from '../../core/geo/countries.js';
import { documentNamesIn, holderAfter, labelsOtherNumber, numberAt, secondNumber, } from './document-numbers.js';
import { citizenshipIn, issuerNear } from './issuer.js';
/** Letters OCR reads where an MRZ has digits. */
const AS_DIGIT = {
    O: '0',
    D: '0',
    Q: '0',
    I: '1',
    L: '1',
    Z: '2',
    S: '5',
    G: '6',
    T: '7',
    B: '8',
};
/** Where TD3 (passport) line 2 holds only digits: dates and check digits. */
const TD3_DIGIT_FIELDS = [
    [9, 10],
    [13, 20],
    [21, 28],
    [42, 44],
];
const digits = (s) => [...s].map((c) => AS_DIGIT[c] ?? c).join('');
function tryParse(lines) {
    try {
        const result = parse(lines);
        return result.valid ? result.fields : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Parses MRZ lines, repairing OCR's letter-for-digit slips without guessing: in a TD3 zone the
 * date and check-digit positions are turned into digits; the document number too, but only as one
 * candidate (every look-alike a digit) that its check digit must then confirm. A search over many
 * single substitutions is not used: with enough tries some would satisfy a check digit by chance.
 */
export function parseMrz(lines) {
    const direct = tryParse(lines);
    if (direct || lines.length !== 2 || lines[1].length !== 44)
        return direct;
    let line = lines[1];
    for (const [a, b] of TD3_DIGIT_FIELDS)
        line = line.slice(0, a) + digits(line.slice(a, b)) + line.slice(b);
    const fixedDates = tryParse([lines[0], line]);
    if (fixedDates)
        return fixedDates;
    return tryParse([lines[0], digits(line.slice(0, 9)) + line.slice(9)]);
}
const MRZ_LINE = /^[A-Z0-9<]{30,44}$/;
function titleCase(name) {
    return name
        .split(/<+/)
        .filter(Boolean)
        .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
        .join(' ');
}
/** `YYMMDD` to ISO; birth dates lie in the past, expiry dates within the next decades. */
export function mrzDate(yymmdd, kind, now = new Date()) {
    if (!/^\d{6}$/.test(yymmdd))
        return undefined;
    const yy = Number(yymmdd.slice(0, 2));
    const current = now.getUTCFullYear() % 100;
    const century = kind === 'birth' ? (yy > current ? 1900 : 2000) : yy > current + 50 ? 1900 : 2000;
    const iso = `${century + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
    const d = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}
function findMrz(text) {
    const out = [];
    const lines = [];
    let offset = 0;
    for (const raw of text.split('\n')) {
        const compact = raw.replace(/\s+/g, '').replace(/[«‹]/g, '<');
        lines.push({ text: compact, start: offset, end: offset + raw.length });
        offset += raw.length + 1;
    }
    for (let i = 0; i < lines.length; i++) {
        for (const count of [2, 3]) {
            const group = lines.slice(i, i + count);
            if (group.length < count || !group.every((l) => MRZ_LINE.test(l.text)))
                continue;
            const fields = parseMrz(group.map((l) => l.text));
            if (!fields?.documentNumber || !fields.issuingState)
                continue;
            const start = group[0].start;
            const end = group.at(-1).end;
            const span = text.slice(start, end);
            const passport = `${fields.issuingState}:${fields.documentNumber}`;
            out.push({
                type: 'passport',
                text: span,
                normalized: passport,
                start,
                end,
                attributes: { source: 'mrz' },
            });
            const holder = [titleCase(fields.firstName ?? ''), titleCase(fields.lastName ?? '')]
                .filter(Boolean)
                .join(' ');
            if (holder)
                out.push({
                    type: 'person',
                    text: span,
                    normalized: holder,
                    start,
                    end,
                    attributes: { source: 'mrz', passport },
                });
            const birth = mrzDate(fields.birthDate ?? '', 'birth');
            const expiry = mrzDate(fields.expirationDate ?? '', 'expiry');
            if (birth)
                out.push({
                    type: 'date',
                    text: span,
                    normalized: birth,
                    start,
                    end,
                    attributes: { source: 'mrz', role: 'birth' },
                });
            if (expiry)
                out.push({
                    type: 'date',
                    text: span,
                    normalized: expiry,
                    start,
                    end,
                    attributes: { source: 'mrz', role: 'expiry' },
                });
            i += count - 1;
            break;
        }
    }
    return out;
}
// "TJK 400551207" in a witness list, without a document's name.
const CODED = /\b([A-Z]{3})\s+(?:No\.?\s*)?(\d{7,9})\b/g;
// How far after a document's name its number may stand (characters): a few words such as
// ", гражданина Республики Таджикистан", " wnioskowanej (", " / Паспорт", an issuing code, a sign.
const REACH = 60;
/** An issuing code written just before the number ("TJK No."), if it is a real alpha-3 code. */
function codeIn(gap) {
    const m = /([A-Z]{3})\s*(?:№|No\.?|nr\.?)?\s*\(?\s*$/.exec(gap);
    return m && isAlpha3(m[1]) ? m[1] : undefined;
}
/**
 * The number after a document's name ending at `from`: the first place within REACH where a
 * letter or digit begins a number (document-numbers.ts). The words before it may not cross a
 * sentence's end, label another kind of number (ИНН, PESEL, a case, a phone; a birth certificate
 * unless `general`, after an identity document's label) or hold digits: the
 * first digits after the name are its number or nothing (a date, a house number).
 */
function numberAfter(text, from, general) {
    for (let p = from; p <= from + REACH && p < text.length; p++) {
        const c = text[p];
        if (!/[\p{Lu}\d]/u.test(c) || (p > from && /[\p{L}\d]/u.test(text[p - 1])))
            continue;
        const gap = text.slice(from, p);
        if (/[.;!?]\s+\p{Lu}/u.test(gap) || labelsOtherNumber(gap, general))
            return undefined;
        const num = numberAt(text, p, gap);
        if (num)
            return { num, gap };
        if (/\d/.test(c))
            return undefined;
    }
    return undefined;
}
function findInText(text, ctx) {
    const out = [];
    const emit = (num, code) => {
        if (out.some((f) => f.start === num.start))
            return;
        const issuer = code ?? issuerNear(text, num.start, ctx);
        const holderAt = holderAfter(text, num.end);
        out.push({
            type: 'passport',
            text: text.slice(num.start, num.end),
            normalized: issuer ? `${issuer}:${num.number}` : num.number,
            start: num.start,
            end: num.end,
            // Whether the issuing state's code stands with the number, or was read from the country named
            // around it: the people stage trusts only the former (case/birth-dates.ts). `holderFrom` and
            // `holderAt`: where the holder's name begins when the words after the number name it ("… на
            // имя Y"), before and after a title ("гражданки", "Mme").
            attributes: {
                source: 'text',
                ...(code ? { issuer: 'written' } : {}),
                ...(holderAt ? { holderFrom: holderAt.from, holderAt: holderAt.to } : {}),
            },
        });
    };
    for (const name of documentNamesIn(text)) {
        const found = numberAfter(text, name.end, name.general);
        if (!found)
            continue;
        const code = codeIn(found.gap);
        emit(found.num, code);
        // A register may list two holders' passports after one label.
        const second = found.num.single ? secondNumber(text, found.num.end) : undefined;
        if (second)
            emit(second, code);
    }
    for (const m of text.matchAll(CODED)) {
        if (!isAlpha3(m[1]))
            continue;
        const start = m.index + m[0].length - m[2].length;
        emit({ start, end: start + m[2].length, number: m[2], single: true }, m[1]);
    }
    return out;
}
export function findPassports(text, ctx) {
    ctx.citizenship = citizenshipIn(text) ?? ctx.citizenship;
    const mrz = findMrz(text);
    const inMrz = (pos) => mrz.some((f) => pos >= f.start && pos < f.end);
    return [...mrz, ...findInText(text, ctx).filter((f) => !inMrz(f.start))];
}
//# sourceMappingURL=passports.js.map