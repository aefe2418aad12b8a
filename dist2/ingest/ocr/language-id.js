// Chooses the OCR models for a page from text already read from it (a sample of its lines, or a first
// full reading), and the languages of a text layer's page (ingest/text/stage.ts). Script shares decide which alphabets are present; frequent function words
// decide the language within each script. Letters that a Russian or English model cannot produce
// (Tajik ҳ ҷ қ ғ ӣ ӯ, Ukrainian і ї є ґ, Polish ą ę ł …) are folded to the look-alikes those models do
// produce, so the words are recognised in first-pass output too.
import { OWN_LETTERS } from './languages.js';
const MODEL_LETTERS = {
    ...OWN_LETTERS.tgk,
    ...OWN_LETTERS.ukr,
    ё: 'е',
    й: 'и',
    ą: 'a',
    ć: 'c',
    ę: 'e',
    ł: 'l',
    ń: 'n',
    ó: 'o',
    ś: 's',
    ź: 'z',
    ż: 'z',
    é: 'e',
    è: 'e',
    ê: 'e',
    à: 'a',
    â: 'a',
    ç: 'c',
    î: 'i',
    ô: 'o',
    û: 'u',
    ù: 'u',
    ë: 'e',
    ï: 'i',
    ä: 'a',
    ö: 'o',
    ü: 'u',
    ß: 'ss',
};
/** Lower case, with the letters the Russian and English models lack replaced by those they read instead. */
function toModelLetters(word) {
    return [...word.toLowerCase()].map((c) => MODEL_LETTERS[c] ?? c).join('');
}
// Frequent words, already in model letters. Chosen to be frequent in each language and rare in its neighbours.
const CYRILLIC_WORDS = {
    rus: [
        'и',
        'в',
        'не',
        'что',
        'по',
        'года',
        'от',
        'для',
        'из',
        'который',
        'это',
        'был',
        'была',
        'как',
        'при',
        'также',
        'или',
        'его',
        'ее',
        'она',
        'он',
        'г',
        'ул',
        'республики',
        'суда',
        'уголовного',
    ],
    ukr: [
        'та',
        'що',
        'від',
        'вид',
        'року',
        'згидно',
        'який',
        'яка',
        'це',
        'або',
        'пид',
        'при',
        'украини',
        'украина',
        'державнои',
        'державного',
        'прикордоннои',
        'громадянка',
        'громадянин',
        'громадянина',
        'громадянство',
        'громадянства',
        'народження',
        'проживання',
        'разом',
        'з',
        // "2019 р." (рік) where Russian writes "г."; the months, which no Russian text writes.
        'р',
        'сичня',
        'лютого',
        'березня',
        'квитня',
        'травня',
        'червня',
        'липня',
        'серпня',
        'вересня',
        'жовтня',
        'листопада',
        'грудня',
    ],
    tgk: [
        'ва',
        'дар',
        'ба',
        'аз',
        'ки',
        'бо',
        'ин',
        'он',
        'шуд',
        'буд',
        'мебошад',
        'карда',
        'намуда',
        'соли',
        'точикистон',
        'чумхурии',
        'нохияи',
        'шахри',
        'тибки',
        'маълумот',
        'мешавад',
        'накл',
        'насаб',
        'ном',
        'шиносома',
        'шиноснома',
        'санаи',
        'чои',
        'таваллуд',
        'додан',
        'бастанд',
    ],
};
const LATIN_WORDS = {
    eng: [
        'the',
        'and',
        'of',
        'to',
        'in',
        'is',
        'was',
        'for',
        'on',
        'with',
        'by',
        'that',
        'she',
        'he',
        'from',
        'date',
        'name',
        'passport',
        'not',
        'were',
    ],
    pol: [
        'w',
        'i',
        'z',
        'na',
        'do',
        'sie',
        'nie',
        'jest',
        'ze',
        'oraz',
        'dnia',
        'przez',
        'sad',
        'r',
        'od',
        'po',
        'ktory',
        'ktora',
        'jak',
        'tym',
    ],
    fra: [
        'le',
        'la',
        'les',
        'de',
        'des',
        'et',
        'du',
        'en',
        'est',
        'un',
        'une',
        'pour',
        'dans',
        'au',
        'aux',
        'que',
        'qui',
        'sur',
        'par',
        'pas',
    ],
    deu: [
        'der',
        'die',
        'das',
        'und',
        'ist',
        'nicht',
        'sich',
        'mit',
        'des',
        'dem',
        'den',
        'ein',
        'eine',
        'auf',
        'fur',
        'von',
        'wird',
        'wurde',
        'nach',
        'bei',
        'gegen',
        'sie',
        'er',
        'zu',
        'vom',
        'zur',
    ],
    nld: [
        'de',
        'het',
        'een',
        'en',
        'van',
        'in',
        'is',
        'op',
        'te',
        'met',
        'voor',
        'dat',
        'niet',
        'zijn',
        'werd',
        'naar',
        'bij',
        'ook',
        'aan',
        'om',
    ],
};
// Letters only one language of a script writes; a model that can produce them makes them decisive.
const MARKERS = [
    [/[ҳҷқғӣӯҲҶҚҒӢӮ]/gu, 'tgk'],
    [/[іїєґІЇЄҐ]/gu, 'ukr'],
    [/[ąęłńśźżĄĘŁŃŚŹŻ]/gu, 'pol'],
    [/[éèêàçùûœÉÈÊÀÇ]/gu, 'fra'],
    [/[ßäöüÄÖÜ]/gu, 'deu'],
];
function best(counts, fallback) {
    let lang = fallback;
    for (const k of Object.keys(counts))
        if (counts[k] > counts[lang])
            lang = k;
    return { lang, hits: counts[lang] };
}
/** Picks the models for text like `text`; `fallback` is used for a script with too little evidence. */
export function chooseLanguages(text) {
    const cyr = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
    const lat = (text.match(/\p{Script=Latin}/gu) ?? []).length;
    const letters = cyr + lat;
    if (letters < 20)
        return { languages: ['rus', 'eng'], reason: 'too little text to tell; rus+eng', evidence: 0 };
    const words = text
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .map(toModelLetters);
    const count = (lists, script) => {
        const sets = Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, new Set(v)]));
        const counts = Object.fromEntries(Object.keys(lists).map((k) => [k, 0]));
        for (const w of words) {
            if (!script.test(w))
                continue;
            for (const k of Object.keys(sets))
                if (sets[k].has(w))
                    counts[k]++;
        }
        return counts;
    };
    const cyrCounts = count(CYRILLIC_WORDS, /\p{Script=Cyrillic}/u);
    const latCounts = count(LATIN_WORDS, /\p{Script=Latin}/u);
    // A Russian model has no і or ї: it reads them as Latin i, as 1 or as ! inside a Cyrillic word.
    cyrCounts.ukr +=
        2 *
            (text.match(/\p{Script=Cyrillic}[i!1]\p{Script=Cyrillic}|\b[1i]\p{Ll}{2}|\p{Script=Cyrillic}{2}!(?=\s|$)/gu) ?? []).length;
    for (const [re, lang] of MARKERS) {
        const n = (text.match(re) ?? []).length;
        if (lang in cyrCounts)
            cyrCounts[lang] += n * 2;
        if (lang in latCounts)
            latCounts[lang] += n * 2;
    }
    const chosen = [];
    const reasons = [];
    const cyrBest = best(cyrCounts, 'rus');
    const latBest = best(latCounts, 'eng');
    const scripts = [
        { share: cyr / letters, pick: cyrBest, base: 'rus', counts: cyrCounts },
        { share: lat / letters, pick: latBest, base: 'eng', counts: latCounts },
    ];
    scripts.sort((a, b) => b.share - a.share);
    for (const s of scripts) {
        // Below 10% of letters, the other script is more likely misread noise than text.
        if (s.share < 0.1)
            continue;
        const lang = s.pick.hits >= 3 ? s.pick.lang : s.base;
        chosen.push(lang);
        reasons.push(`${lang} (${Math.round(s.share * 100)}% of letters, ${s.pick.hits} cue words)`);
        // Tajik and Ukrainian documents quote Russian; keep Russian beside them when it is there too.
        if ((lang === 'tgk' || lang === 'ukr') && (s.counts.rus ?? 0) >= 3 && !chosen.includes('rus'))
            chosen.push('rus');
    }
    return { languages: chosen, reason: reasons.join(', '), evidence: scripts[0]?.pick.hits ?? 0 };
}
//# sourceMappingURL=language-id.js.map