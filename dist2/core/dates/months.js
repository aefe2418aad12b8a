// Month words of the documents' languages, in their folded forms (core/text/fold.ts foldKeepingOffsets):
// the dates extractor's grammar is built on them, and a citation check labels a differing word a date
// when it is one.
import { foldKeepingOffsets } from '../text/fold.js';
/** Month names in every grammatical case, one string per month, January first. */
const MONTH_NAMES = {
    ru: [
        'январь января январе январю январём январем',
        'февраль февраля феврале февралю февралём февралем',
        'март марта марте марту мартом',
        'апрель апреля апреле апрелю апрелем',
        'май мая мае маю маем',
        'июнь июня июне июню июнем',
        'июль июля июле июлю июлем',
        'август августа августе августу августом',
        'сентябрь сентября сентябре сентябрю сентябрём сентябрем',
        'октябрь октября октябре октябрю октябрём октябрем',
        'ноябрь ноября ноябре ноябрю ноябрём ноябрем',
        'декабрь декабря декабре декабрю декабрём декабрем',
    ],
    // Tajik (Cyrillic): the bare name and the izofat form ("23 марти соли 2018").
    tg: [
        'январ январи',
        'феврал феврали',
        'март марти',
        'апрел апрели',
        'май майи маи',
        'июн июни',
        'июл июли',
        'август августи',
        'сентябр сентябри',
        'октябр октябри',
        'ноябр ноябри',
        'декабр декабри',
    ],
    uk: [
        'січень січня січні січнем січню',
        'лютий лютого лютому лютім лютим',
        'березень березня березні березнем березню',
        'квітень квітня квітні квітнем квітню',
        'травень травня травні травнем травню',
        'червень червня червні червнем червню',
        'липень липня липні липнем липню',
        'серпень серпня серпні серпнем серпню',
        'вересень вересня вересні вереснем вересню',
        'жовтень жовтня жовтні жовтнем жовтню',
        'листопад листопада листопаді листопадом листопаду',
        'грудень грудня грудні груднем грудню',
    ],
    pl: [
        'styczeń stycznia styczniu styczniem',
        'luty lutego lutym',
        'marzec marca marcu marcem',
        'kwiecień kwietnia kwietniu kwietniem',
        'maj maja maju majem',
        'czerwiec czerwca czerwcu czerwcem',
        'lipiec lipca lipcu lipcem',
        'sierpień sierpnia sierpniu sierpniem',
        'wrzesień września wrześniu wrześniem',
        'październik października październiku październikiem',
        'listopad listopada listopadzie listopadem',
        'grudzień grudnia grudniu grudniem',
    ],
    en: [
        'january',
        'february',
        'march',
        'april',
        'may',
        'june',
        'july',
        'august',
        'september',
        'october',
        'november',
        'december',
    ],
    fr: [
        'janvier',
        'février',
        'mars',
        'avril',
        'mai',
        'juin',
        'juillet',
        'août',
        'septembre',
        'octobre',
        'novembre',
        'décembre',
    ],
    nl: [
        'januari',
        'februari',
        'maart',
        'april',
        'mei',
        'juni',
        'juli',
        'augustus',
        'september',
        'oktober',
        'november',
        'december',
    ],
    // German, with the Austrian "Jänner" and "Feber" and the spelling without an umlaut ("Maerz").
    de: [
        'januar jänner',
        'februar feber',
        'märz maerz',
        'april',
        'mai',
        'juni',
        'juli',
        'august',
        'september',
        'oktober',
        'november',
        'dezember',
    ],
};
/**
 * Abbreviations, only trusted next to a day and a year ("23 MAR 18", "11 МАР/MAR 2016"): many are words
 * too (Polish "sie", Ukrainian "лист", the name "Jan").
 */
const MONTH_ABBREVIATIONS = {
    en: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep sept', 'oct', 'nov', 'dec'],
    ru: [
        'янв',
        'фев февр',
        'мар',
        'апр',
        'май',
        'июн',
        'июл',
        'авг',
        'сен сент',
        'окт',
        'ноя нояб',
        'дек',
    ],
    uk: ['січ', 'лют', 'бер', 'квіт', 'трав', 'черв', 'лип', 'серп', 'вер', 'жовт', 'лист', 'груд'],
    pl: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
    fr: [
        'janv',
        'févr fév',
        'mars',
        'avr',
        'mai',
        'juin',
        'juil',
        'août',
        'sept',
        'oct',
        'nov',
        'déc',
    ],
    nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    de: [
        'jan jän',
        'feb',
        'mär mrz',
        'apr',
        'mai',
        'jun',
        'jul',
        'aug',
        'sep sept',
        'okt',
        'nov',
        'dez',
    ],
};
/** Every folded month word, full forms first so that "mars", "май", "maj" count as full names. */
export const MONTH_FORMS = buildForms();
function buildForms() {
    const forms = new Map();
    const add = (table, abbreviation) => {
        for (const [lang, months] of Object.entries(table)) {
            months.forEach((words, i) => {
                for (const w of words.split(' ')) {
                    const key = foldKeepingOffsets(w);
                    const known = forms.get(key);
                    if (known)
                        known.english ||= lang === 'en';
                    else
                        forms.set(key, { month: i + 1, abbreviation, english: lang === 'en' });
                }
            });
        }
    };
    add(MONTH_NAMES, false);
    add(MONTH_ABBREVIATIONS, true);
    return forms;
}
/** Is the word a month's name or abbreviation in any of the languages (`марта`, `Sept.`, `paź`)? */
export function isMonthWord(word) {
    return MONTH_FORMS.has(foldKeepingOffsets(word.replace(/\.$/, '')));
}
/**
 * Weekday names of the Latin-script languages (Wiktionary), folded: "on Friday" and "le vendredi"
 * end a capitalised name, they are no word of it.
 */
const WEEKDAYS = new Set([
    'monday tuesday wednesday thursday friday saturday sunday',
    'lundi mardi mercredi jeudi vendredi samedi dimanche',
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag',
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
    'poniedzialek wtorek sroda czwartek piatek sobota niedziela',
]
    .join(' ')
    .split(' '));
/** Is the word a month's name or a weekday's name in a Latin-script language (`Friday`, `piątek`)? */
export function isCalendarWord(word) {
    return isMonthWord(word) || WEEKDAYS.has(foldKeepingOffsets(word.replace(/\.$/, '')));
}
//# sourceMappingURL=months.js.map