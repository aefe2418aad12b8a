// Dates in running and OCR text (Russian, Tajik, Ukrainian, Polish, English, French, Dutch, German),
// normalized to ISO `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only part of the date is written.
//
// How: the page is folded (lower case, diacritics stripped, same length, so offsets carry over) and a small
// grammar of frames is run over it: day-month-year in words or digits, month-year, day-month, a month or
// a year after a cue word. Overlapping candidates keep the longest; a lone number or year needs a cue, so
// case, article, house and phone numbers stay out. Then, in text order, a date written without a year
// takes it from the end of its range ("с апреля по июль 2018 года"), or, in the future tense, from the
// document's present; otherwise from `ctx.lastYear`, the year of the last date with a month and a year
// (birth dates excepted), carried across pages.
//
// Why not chrono-node for the languages it covers (en, fr, nl, de, ru, uk): it has no Tajik or Polish,
// it reads relative and weekday expressions ("today", "Friday") that are noise in evidence, it
// completes a missing year from the clock rather than from the document, and its ideas of what is
// not a date (case numbers, article numbers, "ст. 401(1)") would differ by language. One grammar
// for all eight languages keeps those rules in one place; it scores F1 0.99 on the dev corpus.
import { MONTH_FORMS } from '../../core/dates/months.js';
import { foldKeepingOffsets } from '../../core/text/fold.js';
import { LOWER_CYRILLIC_TO_LATIN, LOWER_LATIN_TO_CYRILLIC, swapLetters, } from '../../core/text/scripts.js';
// ---------------------------------------------------------------------------------------------------
// Data. Every string is folded before use, so diacritics and case here are only for the reader.
/** Roman month numerals ("23 III 2018", "23.III.2018", "13/vi/2021"), January first. */
const ROMAN_MONTHS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
/**
 * Cyrillic letters typed or OCR-read for the Latin ones of month numerals ("5 ХII 2019", "1.ХІ.2020"): І
 * and Х only. V has no Cyrillic twin (У is the twin of Y), and month numerals have no L, C, D or M.
 */
const romanLetter = (c) => (c === 'v' ? c : `[${c}${LOWER_LATIN_TO_CYRILLIC[c]}]`);
const ROMAN_MONTH = [...ROMAN_MONTHS]
    .sort((a, b) => b.length - a.length)
    .map((r) => [...r].map(romanLetter).join(''))
    .join('|');
/** Words after a year that make a lone number a year: "1962 года", "2013 г.", "2018 р.", "w 2016 r.". */
const YEAR_WORDS_AFTER = [
    'года',
    'году',
    'годом',
    'годах',
    'год',
    'гг\\.',
    'г\\.?',
    'року',
    'рік',
    'році',
    'роках',
    'р\\.',
    'roku',
    'rok',
    'r\\.',
];
/** The beginning, middle or end of a month or year: "в конце 2017 года", "in late 2018", "na początku maja". */
const PART_CUES = [
    'начале',
    'конце',
    'середине',
    'начала',
    'конца',
    'середины',
    'початку',
    'кінці',
    'наприкінці',
    'середині',
    'początku',
    'końcu',
    'koniec',
    'połowie',
    'early',
    'late',
    'mid',
    'end of',
    'beginning of',
    'middle of',
    'début',
    'fin',
    'mi',
    'begin',
    'eind',
    'medio',
    'anfang',
    'ende',
    'mitte',
];
/** Words before a lone year that make it one: "в 2016", "since 2015", "Соли таваллудаш 1991", "весной 2018". */
const YEAR_CUES_BEFORE = [
    ...PART_CUES,
    'в',
    'во',
    'с',
    'c',
    'со',
    'к',
    'до',
    'после',
    'около',
    'весной',
    'летом',
    'осенью',
    'зимой',
    'у',
    'з',
    'із',
    'від',
    'після',
    'навесні',
    'влітку',
    'восени',
    'взимку',
    'соли',
    'таваллуд',
    'таваллудаш',
    'w',
    'od',
    'do',
    'po',
    'roku',
    'wiosną',
    'latem',
    'jesienią',
    'zimą',
    'in',
    'since',
    'from',
    'until',
    'till',
    'during',
    'by',
    'year',
    'born',
    'spring',
    'summer',
    'autumn',
    'fall',
    'winter',
    'en',
    'depuis',
    'dès',
    'avant',
    'après',
    'printemps',
    'été',
    'automne',
    'hiver',
    'sinds',
    'vanaf',
    'tot',
    'voorjaar',
    'zomer',
    'najaar',
    'seit',
    'ab',
    'bis',
    'von',
    'vor',
    'nach',
    'jahr',
    'jahre',
    'frühjahr',
    'frühling',
    'sommer',
    'herbst',
];
/** Before a span of years only: "w latach 2016–2018", "between 2015 and 2017", "между 2015 и 2017". */
const YEAR_SPAN_CUES = [
    ...YEAR_CUES_BEFORE,
    'latach',
    'between',
    'между',
    'між',
    'entre',
    'tussen',
    'zwischen',
];
/** Plural year words after a span of years: "в 2016–2017 годах", "2015-2017 гг.", "2016-2018 years". */
const YEARS_WORDS_AFTER = [
    'гг\\.?',
    'годах',
    'годами',
    'годы',
    'годов',
    'годам',
    'роках',
    'роки',
    'років',
    'рр\\.?',
    'years',
];
/** Units that turn "до 2000" or "in 2000" into a quantity, not a year. */
const QUANTITY_WORDS = [
    'лет',
    'человек',
    'чел',
    'руб',
    'рублей',
    'сомони',
    'долларов',
    'евро',
    'км',
    'м',
    'кг',
    'шт',
    'осіб',
    'гривень',
    'грн',
    'years',
    'people',
    'persons',
    'euros?',
    'dollars?',
    'usd',
    'eur',
    'km',
    'kg',
    'm',
    'osób',
    'lat',
    'zł',
    'pln',
    'ans',
    'personnes',
    'jaar',
    'mensen',
    'jahre',
    'jahren',
    'personen',
    'menschen',
    'stück',
    '%',
    '\\$',
    '€',
];
/** Words before a month alone that make it a date reference: "в ноябре", "с апреля", "in April", "w maju". */
const MONTH_CUES = [
    ...PART_CUES,
    // "c" is OCR's Latin for the Cyrillic "с".
    'в',
    'во',
    'с',
    'c',
    'со',
    'до',
    'к',
    'по',
    'после',
    'у',
    'з',
    'із',
    'від',
    'після',
    'w',
    'od',
    'do',
    'z',
    'in',
    'since',
    'from',
    'until',
    'till',
    'during',
    'моҳи',
    'дар',
    'en',
    'depuis',
    "jusqu'en",
    'sinds',
    'vanaf',
    'tot',
    'im',
    'seit',
    'ab',
    'bis',
    'von',
    'vom',
    'nach',
    'vor',
];
/** Words joining the two ends of a range: "с апреля по июль 2018", "from January to March 2019". */
const RANGE_WORDS = [
    'по',
    'до',
    'и',
    'і',
    'та',
    'to',
    'until',
    'till',
    'through',
    'and',
    'do',
    'i',
    'à',
    'au',
    'et',
    'tot',
    'en',
    'bis',
    'und',
];
/** Future tense: a yearless month there is about the writer's present, not the last narrated year. */
const FUTURE_WORDS = [
    'будет',
    'будут',
    'буду',
    'будем',
    'будешь',
    'будете',
    'буде',
    'будуть',
    'будемо',
    'will',
    'shall',
    'będzie',
    'będą',
    'będę',
    'sera',
    'seront',
    'zal',
    'zullen',
    'wird',
    'werden',
    'werde',
];
/** A birth date anchors no narrative: it must not become the year of later yearless dates. */
const BIRTH = /рожд|народж|р\. ?н\.|таваллуд|born|birth|urodz|geboren|geburt|geb\.|naissance/u;
// ---------------------------------------------------------------------------------------------------
// Month lookup (the month words themselves are in core/dates/months.ts).
/** A month from an OCR-damaged token: as is, in the other script, or by its first three letters. */
function fuzzyMonth(token) {
    const variants = [
        token,
        swapLetters(token, LOWER_LATIN_TO_CYRILLIC),
        swapLetters(token, LOWER_CYRILLIC_TO_LATIN),
    ];
    for (const v of variants) {
        const exact = MONTH_FORMS.get(v) ?? MONTH_FORMS.get(v.slice(0, 3));
        if (exact)
            return exact.month;
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------------
// The grammar. Fragments are regular-expression source over folded text.
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words) => [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
/** Alternation of words that are already regular-expression source (they may hold `\\.`). */
const altRe = (words) => words.map((w) => foldKeepingOffsets(w)).join('|');
const WORD_START = '(?<![\\p{L}\\p{N}])';
const ORDINAL_ENDINGS = alt([
    'er',
    're',
    'e',
    'st',
    'nd',
    'rd',
    'th',
    'ste',
    'go',
    'ego',
    'го',
    'ого',
    'его',
    'е',
    'ое',
    'ье',
    'є',
    'ше',
    'юми',
    'уми',
    'юм',
    'ум',
]);
/** A number that is not the tail of a longer number or code (`12/2018`, `3/118-18`, `0.16-4417`). */
const NUM_START = '(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,/:-])';
/**
 * The start of a full numeric date, which may also follow a number and a "/" or "-" ("80101911/26.06.2025",
 * "№ 45-12.03.2019"): `glueOk` then decides whether the two read apart.
 */
const GLUED_START = '(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,:])';
const MONTH_WORDS = alt(MONTH_FORMS.keys());
const MON = `(?<mon>${MONTH_WORDS})(?!\\p{L})`;
const ANY_MON = `(?:${MONTH_WORDS})(?!\\p{L})`;
/**
 * A day, with the ordinal ending of any of the languages: "1er", "1re", "2nd", "1e", "1ste", "2-го", "3-е",
 * "1-ше", "1-go", Tajik "23-юм".
 */
const DAY = `(?<day>3[01]|[12]\\d|0?[1-9])(?:-?(?:${ORDINAL_ENDINGS})(?!\\p{L}))?`;
/** A day before a month word may end a range of days ("1-15 июня"), so a dash before it is allowed. */
const DAY_START = '(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,/:])';
/** A day, possibly in guillemets or quotes: `«14» сентября 2018 г.`. */
const QDAY = `(?:[«"„“‹]\\s?)?${DAY_START}${DAY}(?:\\s?[»"”›])?`;
const SEP_DM = '(?:\\s{1,3}|\\s?[-.]\\s?)';
const SEP_MY = '(?:\\.?,?\\s{1,3}|[-./])(?:соли\\s{1,3})?';
const YEAR_END = '(?![\\p{N}]|[.,/-]\\p{N})';
/**
 * After a numeric date: not more of the same number ("05/06/2019/12", "1.02.2019-3"), but a time or a
 * date may be joined to it by another mark ("09.04.2026-14:56", "01.02.2019-05.03.2019").
 */
const NUMERIC_END = '(?!\\p{N}|[.,]\\p{N}|\\k<sep>\\p{N}|[/-](?!\\d{1,2}:\\d\\d|\\d{1,2}[./]\\d{1,2}[./]\\d{4})\\p{N})';
const YEAR = `(?<year>19\\d\\d|20\\d\\d|2100)${YEAR_END}`;
const YEAR_SUFFIX = '(?:\\s?(?:(?:года|году|годом|год|року|рік|році|roku|rok)|(?:гг|г|р|r)\\.?)(?!\\p{L}))?';
const RANGE_JOIN = `(?:\\s{1,3}(?:${alt(RANGE_WORDS.map(foldKeepingOffsets))})\\s{1,3}|\\s?[-–—]\\s?)`;
const SPAN_CUES = alt(YEAR_SPAN_CUES.map(foldKeepingOffsets));
const YEARS_AFTER = altRe(YEARS_WORDS_AFTER);
/** In priority order, for candidates of equal length. */
const FRAMES = [
    ['dmy', `${QDAY}${SEP_DM}(?:of\\s{1,3})?${MON}${SEP_MY}${YEAR}${YEAR_SUFFIX}`],
    [
        'bilingual',
        `${QDAY}\\s{1,3}(?<m1>\\p{L}{2,6})\\.?\\s?/\\s?(?<m2>\\p{L}{2,6})\\.?\\s{1,3}(?<year>19\\d\\d|20\\d\\d|2100|\\d\\d)(?!\\p{N})`,
    ],
    ['mdy', `${WORD_START}${MON}\\.?\\s{1,3}${DAY},?\\s{1,3}${YEAR}`],
    [
        'numeric',
        `${GLUED_START}(?<day>\\d{1,2})(?<sep>[./-])(?<gap1>(?<=\\.) )?(?<mon>\\d{1,2})\\k<sep>(?<gap>(?<=\\.) )?(?<year>\\d{4}|\\d{2})${NUMERIC_END}${YEAR_SUFFIX}`,
    ],
    [
        'iso',
        `${GLUED_START}(?<year>\\d{4})(?<sep>[./-])(?<mon>\\d{1,2})\\k<sep>(?<day>\\d{1,2})${YEAR_END}`,
    ],
    [
        'spaced',
        '(?<![\\p{L}\\p{N}])(?<!\\p{N}\\s)(?<day>\\d\\d) (?<mon>\\d\\d) (?<year>(?:19|20)\\d\\d)(?![\\p{N}]|\\s\\p{N})',
    ],
    // Tickets, passenger lists and visas write "12NOV19", "30JUL1988": read only in capitals, see `wordsOk`.
    ['compact', `${WORD_START}(?<day>[0-3]\\d)${MON}(?<year>\\d\\d(?:\\d\\d)?)(?![\\p{L}\\p{N}])`],
    [
        'roman',
        `${NUM_START}${DAY}(?<s1>[\\s./-]{1,2})(?<rom>${ROMAN_MONTH})(?<s2>[\\s./-]{1,2})${YEAR}${YEAR_SUFFIX}`,
    ],
    [
        'dmyy',
        `${QDAY}${SEP_DM}${MON}${SEP_MY}(?<apos>['’])?(?<year>\\d\\d)(?!\\p{N}|[.,/:-]\\p{N})(?<suffix>${YEAR_SUFFIX})`,
    ],
    ['my', `${WORD_START}${MON}(?<dot>\\.)?${SEP_MY}${YEAR}${YEAR_SUFFIX}`],
    ['dm', `${QDAY}${SEP_DM}(?:of\\s{1,3})?${MON}(?!${SEP_MY}\\p{N})`],
    ['md', `${WORD_START}${MON}\\s{1,3}${DAY}(?![\\p{L}\\p{N}]|[.,:/-]\\p{N}|,?\\s{1,3}\\p{N})`],
    [
        'cueMonth',
        `${WORD_START}(?:${alt(MONTH_CUES.map(foldKeepingOffsets))})(?:\\s{1,3}|-)${MON}(?!${SEP_MY}\\p{N})`,
    ],
    ['rangeMonth', `${WORD_START}${MON}(?=${RANGE_JOIN}(?:\\d{1,2}\\s{1,3})?${ANY_MON})`],
    // "vom 3. bis 9. Mai": the German ordinal dot belongs to the day.
    [
        'dayRange',
        `${DAY_START}${DAY}(?:\\.(?=\\s))?(?=${RANGE_JOIN}(?:3[01]|[12]\\d|0?[1-9])${SEP_DM}(?:of\\s{1,3})?${ANY_MON})`,
    ],
    ['yearAfter', `${NUM_START}${YEAR}\\s?(?:${altRe(YEAR_WORDS_AFTER)})(?!\\p{L})`],
    // A span of years, both ends, when a cue comes before it or a plural year word after it.
    [
        'yearFrom',
        `${NUM_START}(?:(?<cue>${SPAN_CUES})\\s{1,3})?(?<year>(?:19|20)\\d\\d)(?=${RANGE_JOIN}(?<to>(?:19|20)\\d\\d)(?!\\p{N})(?<plural>\\s?(?:${YEARS_AFTER})(?!\\p{L}))?)`,
    ],
    [
        'yearTo',
        `(?<=${NUM_START}(?:(?<cue>${SPAN_CUES})\\s{1,3})?(?<from>(?:19|20)\\d\\d)${RANGE_JOIN})(?<year>(?:19|20)\\d\\d)${YEAR_END}(?<plural>\\s?(?:${YEARS_AFTER})(?!\\p{L}))?`,
    ],
    [
        'yearBefore',
        `${WORD_START}(?:${alt(YEAR_CUES_BEFORE.map(foldKeepingOffsets))})\\s{1,3}${YEAR}(?!\\s{0,2}(?:${altRe(QUANTITY_WORDS)})(?!\\p{L}))`,
    ],
];
const COMPILED = FRAMES.map(([kind, source]) => [kind, new RegExp(source, 'gdu')]);
const FUTURE = new RegExp(`(?<!\\p{L})(?:${alt(FUTURE_WORDS.map(foldKeepingOffsets))})(?!\\p{L})`, 'u');
const RANGE_BETWEEN = new RegExp(`^${RANGE_JOIN}$`, 'u');
/**
 * The century of a two-digit year, in every frame and language: the one that puts the year closest to,
 * but not later than, ten years after the current year. Ten years of slack because the future dates
 * written with two digits are expiry dates of passports and visas ("19.07.27"), valid ten years at most;
 * all else lies in the past ("14.06.91", "1er avril 78"). In 2026, 00–36 are 2000–2036 and 37–99 are
 * 1937–1999. The clock and not the document's own year, because a date is read before the document's
 * present is known, and the archive holds recent papers about living people.
 */
function fullYear(digits) {
    const n = Number(digits);
    if (digits.length !== 2)
        return n;
    const pivot = (new Date().getFullYear() % 100) + 10;
    return n <= pivot ? 2000 + n : 1900 + n;
}
const isCapitalised = (s) => s.charAt(0) !== s.charAt(0).toLowerCase();
const isUpperCase = (s) => s === s.toUpperCase() && s !== s.toLowerCase();
/** English month words double as verbs and names ("may", "march"): without a year they must be capitalised. */
function yearlessMonthOk(form, surface) {
    return !form.abbreviation && (!form.english || isCapitalised(surface));
}
/** A number or numeral preceded by "№", "No." or "nr" is a document number, whatever it looks like. */
const DOCUMENT_NUMBER = /(?:№|(?<!\p{L})(?:no|nr)\.?)\s*$/u;
/**
 * Digits that are a date rather than a clause ("п. 3.1.12") or a code: a two-digit year only after a
 * zero-padded day and month, with dots or slashes, and written without a gap.
 */
function numericOk(g, after) {
    if (g.year?.length === 4)
        return true;
    return (g.sep !== '-' &&
        g.gap === undefined &&
        g.gap1 === undefined &&
        g.day?.length === 2 &&
        g.mon?.length === 2 &&
        !/^[/:-]\p{N}/u.test(after));
}
/**
 * A full date glued to a number before it ("80101911/26.06.2025", "2207/2023-01-15") reads apart from it
 * only when the glue is not the date's own separator and the year has four digits: "45/12/03/2019" or
 * "88/12.03.19" could be cut in more than one way, so they are not guessed.
 */
function glueOk(g, before) {
    const glue = /\p{N}([/-])$/u.exec(before)?.[1];
    return glue === undefined || (g.year?.length === 4 && g.sep !== glue);
}
/** Streets named after dates: "ul. 3 Maja", "ул. 8 Марта", "вул. 8 Березня", "Straße des 17. Juni". */
const STREET = /(?<!\p{L})(?:ul|al|ул|вул|пр|пл|просп|ulica|ulicy|улица|улице|улицы|вулиця|вулиці|проспект|площадь|plac|placu|rue|avenue|street|straat|str|straße|strasse|platz)\.?(?:\s(?:des|du))?\s*$/u;
/** A year in a Polish statute citation ("Dz. U. z 2018 r. poz. 1600") is part of a reference, not a date. */
const CITATION = /(?:dz\.\s?u\.|m\.\s?p\.)\s?(?:z\s)?$/u;
/** Frames whose date is one group of the match, the rest being its cue or lookahead context. */
const SPAN_GROUP = {
    cueMonth: 'mon',
    rangeMonth: 'mon',
    yearBefore: 'year',
    yearFrom: 'year',
};
/** What may follow a two-digit year after a month name: the end of a phrase, or a place ("à Lyon"). */
const SHORT_YEAR_AFTER = new RegExp(`^(?:\\s*(?:$|[.,;:!?)\\]])|\\s{1,3}(?:${alt(['à', 'au', 'en', 'in', 'at', 'в', 'во', 'у', 'на', 'w', 'we', 'na', 'im', 'am', 'bei', 'о'].map(foldKeepingOffsets))})(?![\\p{L}.]))`, 'u');
/**
 * A full month name and two digits ("1er avril 78", "5 марта 19 г.", "3 March 99.") make a date only when
 * the digits cannot be a count: "5 May 20 people", "4 maja 12 osób", "am 3. Mai 10 Uhr" are not guessed.
 * So a year word, an apostrophe ("'99"), or the end of the phrase must follow.
 */
function shortYearOk(form, g, month, after) {
    if (form.abbreviation || (form.english && !isCapitalised(month)))
        return false;
    return g.apos !== undefined || Boolean(g.suffix) || SHORT_YEAR_AFTER.test(after);
}
/** Whether the words of a match make a date, by the rules of its frame. */
function wordsOk(kind, g, form, surface, { before, after }) {
    switch (kind) {
        case 'dmyy':
            if (isUpperCase(surface('mon')) && surface('mon').length >= 3)
                return true;
            // "ul. 3 Maja 12," is a street and a house number.
            return (form !== undefined && shortYearOk(form, g, surface('mon'), after) && !STREET.test(before));
        case 'numeric':
            return numericOk(g, after) && glueOk(g, before) && !DOCUMENT_NUMBER.test(before);
        case 'iso':
            return glueOk(g, before) && !DOCUMENT_NUMBER.test(before);
        case 'spaced':
            return !DOCUMENT_NUMBER.test(before);
        case 'compact':
            return surface('mon').length === 3 && isUpperCase(surface('mon'));
        case 'roman':
            // Lower case only between the same mark ("13/vi/2021"): between spaces "5 i 2019" is Polish "and".
            return isUpperCase(surface('rom')) || (/^[./-]$/.test(g.s1 ?? '') && g.s1 === g.s2);
        case 'my':
            // An abbreviation with a year alone only when it looks like one: "DEC 2017", "Dec. 2017".
            return !form?.abbreviation || isUpperCase(surface('mon')) || surface('dot') === '.';
        case 'dm':
            return form !== undefined && yearlessMonthOk(form, surface('mon')) && !STREET.test(before);
        case 'md':
            return form !== undefined && form.english && yearlessMonthOk(form, surface('mon'));
        case 'cueMonth':
        case 'rangeMonth':
            return form !== undefined && yearlessMonthOk(form, surface('mon'));
        case 'yearFrom':
        case 'yearTo':
            return ((g.cue !== undefined || g.plural !== undefined) &&
                Number(g.from ?? g.year) < Number(g.to ?? g.year) &&
                !CITATION.test(before));
        case 'yearAfter':
        case 'yearBefore':
            return !CITATION.test(before);
        default:
            return true;
    }
}
/** The month a match names, by its frame; day and month swap for a month-first "09/23/2018". */
function monthAndDay(kind, g, form) {
    const day = g.day === undefined ? undefined : Number(g.day);
    switch (kind) {
        case 'bilingual': {
            const a = fuzzyMonth(g.m1 ?? '');
            const b = fuzzyMonth(g.m2 ?? '');
            return [a !== undefined && b !== undefined && a !== b ? undefined : (a ?? b), day];
        }
        case 'numeric': {
            const month = Number(g.mon);
            // Day first, as everywhere in this corpus; "09/23/2018" can only be month first.
            return g.sep === '/' && month > 12 && day !== undefined && day <= 12
                ? [day, month]
                : [month, day];
        }
        case 'iso':
        case 'spaced':
            return [Number(g.mon), day];
        case 'roman':
            return [ROMAN_MONTHS.indexOf(swapLetters(g.rom ?? '', LOWER_CYRILLIC_TO_LATIN)) + 1, day];
        default:
            return [form?.month, day];
    }
}
/** Reads one frame match into a candidate, or null when the words do not make a date. */
function readMatch(kind, m, text, folded) {
    const g = m.groups ?? {};
    const spans = m.indices?.groups ?? {};
    const surface = (name) => {
        const r = spans[name];
        return r ? text.slice(r[0], r[1]) : '';
    };
    const group = SPAN_GROUP[kind];
    const [start, end] = (group && spans[group]) || [m.index, m.index + m[0].length];
    const form = g.mon === undefined ? undefined : MONTH_FORMS.get(g.mon);
    const near = {
        before: folded.slice(Math.max(0, start - 16), start),
        after: folded.slice(end, end + 16),
    };
    if (!wordsOk(kind, g, form, surface, near))
        return null;
    const [month, day] = monthAndDay(kind, g, form);
    const year = g.year === undefined ? undefined : fullYear(g.year);
    const monthOk = month !== undefined && month >= 1 && month <= 12;
    // Only a year, or a day waiting for the month of its range, may come without a month.
    if (!monthOk && !kind.startsWith('year') && kind !== 'dayRange')
        return null;
    // An impossible date still claims its words, so that "30 февраля 2018" does not become "февраля 2018".
    const invalid = (year !== undefined && (year < 1900 || year > 2100)) ||
        day === 0 ||
        (day !== undefined && monthOk && day > daysIn(year ?? 2000, month));
    return { kind, start, end, year, month: monthOk ? month : undefined, day, invalid };
}
function daysIn(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** All frames' candidates; where they overlap, the longest wins, then the earlier frame. */
function candidates(folded, text) {
    const all = [];
    COMPILED.forEach(([kind, re], priority) => {
        re.lastIndex = 0;
        for (let m = re.exec(folded); m; m = re.exec(folded)) {
            const c = readMatch(kind, m, text, folded);
            if (c)
                all.push({ ...c, priority });
            // A rejected match may hide a good one that starts inside it.
            else
                re.lastIndex = m.index + 1;
        }
    });
    all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
    const kept = [];
    for (const c of all) {
        if (!kept.some((k) => c.start < k.end && k.start < c.end))
            kept.push(c);
    }
    return kept.filter((c) => !c.invalid).sort((a, b) => a.start - b.start);
}
// ---------------------------------------------------------------------------------------------------
// Years for dates written without one.
/** What the dates extractor keeps per document beyond `ctx.lastYear`: the latest year not in the future. */
const presentYear = new WeakMap();
/** "с апреля по июль 2018 года": the start of a range takes the year of its end (the one before if it wraps). */
function rangeEndYear(c, next, folded) {
    if (!next || next.year === undefined || next.month === undefined || c.month === undefined)
        return undefined;
    if (!RANGE_BETWEEN.test(folded.slice(c.end, next.start)))
        return undefined;
    return c.month > next.month ? next.year - 1 : next.year;
}
/** "с 1 по 15 июня 2017 года": a day alone at the start of a range takes the month of its end. */
function completeDayRanges(list, folded) {
    return list.flatMap((c, i) => {
        if (c.kind !== 'dayRange')
            return [c];
        const next = list[i + 1];
        if (next?.month === undefined ||
            next.day === undefined ||
            c.day === undefined ||
            c.day >= next.day)
            return [];
        return RANGE_BETWEEN.test(folded.slice(c.end, next.start)) ? [{ ...c, month: next.month }] : [];
    });
}
/** The sentence around a candidate, to read its tense. */
function sentenceOf(folded, c) {
    const before = folded.slice(0, c.start);
    const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1;
    const after = folded.slice(c.end).search(/[.!?]/);
    return folded.slice(from, after < 0 ? folded.length : c.end + after);
}
function isBirthDate(folded, c, previousEnd) {
    return BIRTH.test(folded.slice(Math.max(previousEnd, c.start - 25), c.start) +
        ' ' +
        folded.slice(c.end, c.end + 25));
}
const pad = (n) => String(n).padStart(2, '0');
function isoOf(year, month, day) {
    if (month === undefined)
        return String(year);
    return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}
/** Dates on one page, in text order; reads and advances the document's `ctx.lastYear`. */
export function findDates(text, ctx) {
    const folded = foldKeepingOffsets(text);
    const list = completeDayRanges(candidates(folded, text), folded);
    const thisYear = new Date().getFullYear();
    // A birth date is no narrative anchor; nor is a year alone ("с 2015 года") for the year of "22 March".
    const narrative = list.map((c, i) => c.year !== undefined && !isBirthDate(folded, c, list[i - 1]?.end ?? 0));
    const isAnchor = (i) => narrative[i] === true && list[i]?.month !== undefined;
    /** The year of a date written without one. */
    const yearFor = (c, i) => {
        const future = FUTURE.test(sentenceOf(folded, c)) ? presentYear.get(ctx) : undefined;
        // With nothing read before it, the first anchor after it on the page is the best guess.
        const later = list.find((d, j) => j > i && isAnchor(j))?.year;
        return rangeEndYear(c, list[i + 1], folded) ?? future ?? ctx.lastYear ?? later;
    };
    const found = [];
    list.forEach((c, i) => {
        const year = c.year ?? yearFor(c, i);
        if (year === undefined ||
            (c.day !== undefined && c.month !== undefined && c.day > daysIn(year, c.month)))
            return;
        if (isAnchor(i))
            ctx.lastYear = year;
        if (narrative[i] && year <= thisYear && year > (presentYear.get(ctx) ?? 0))
            presentYear.set(ctx, year);
        found.push({
            type: 'date',
            text: text.slice(c.start, c.end),
            normalized: isoOf(year, c.month, c.day),
            start: c.start,
            end: c.end,
            // A labelled birth date ("Date of birth", "таваллуд") tells whose it is to the people stage.
            ...(c.day !== undefined && isBirthDate(folded, c, list[i - 1]?.end ?? 0)
                ? { attributes: { role: 'birth' } }
                : {}),
        });
    });
    return found;
}
//# sourceMappingURL=dates.js.map