const SHORT_LINE = 60;
const OPEN_END = /(?:^|[^\p{L}])(?:по|до|с|со|з|із|від|and|to|until|till|from|between|od|do|du|au|von|vom|bis|und|et|аз|то)\s*$/iu;
export function sentences(page) {
    const out = [];
    let start = 0;
    const push = (end) => {
        const raw = page.slice(start, end);
        const lead = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (text)
            out.push({ text, start: start + lead, end: start + lead + text.length });
        start = end;
    };
    for (let i = 0; i < page.length; i++) {
        const ch = page[i];
        if (ch === '\n') {
            const line = page.slice(page.lastIndexOf('\n', i - 1) + 1, i);
            const next = page.slice(i + 1, page.indexOf('\n', i + 1) === -1 ? page.length : page.indexOf('\n', i + 1));
            // A line that ends inside a range or on a preposition goes on in the next, even one that opens
            // with a date ("… за период с 11.11.2019 по\n15.11.2019 в гостинице …").
            if (OPEN_END.test(line))
                continue;
            if ((line.trim().length < SHORT_LINE && !wraps(line, next)) ||
                /^\s*(?:[—–-]|\d+[.)]\s|\d{1,3}\s+\d|[QA]:|\d{1,2}[./]\d{1,2}[./]\d{2,4}\s)/u.test(next) ||
                next.trim() === '' ||
                /[:;]\s*$/.test(line) ||
                /^\s*(?:\d{1,3}\s+\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}\s)/u.test(line))
                push(i + 1);
            continue;
        }
        if (ch === '!' || ch === '?' || (ch === '.' && endsSentence(page, i, start)))
            push(i + 1);
    }
    push(page.length);
    return out;
}
function endsSentence(page, i, from) {
    const before = /([\p{L}\p{N}]+)[)»"”]?$/u.exec(page.slice(Math.max(0, i - 30), i))?.[1] ?? '';
    // "стр.", "ул.", "art.", "pkt." and the like: abbreviations that never end a sentence here.
    if (/^(?:стр|тел|обл|ред|реєстр|пр|вул|ул|просп|оф|кв|буд|art|pkt|ust|sygn|nr|No|prof|dr|проф)$/iu.test(before))
        return false;
    // "r." and "р." after a year end a Polish or Ukrainian sentence that the date closes ("… w dniach
    // 14 i 21 sierpnia 2018 r. Na terytorium …"), not one it opens ("Dnia 3 marca 2019 r. Anna …").
    if (/^[rр]$/u.test(before) &&
        /\d{4}\s*$/u.test(page.slice(Math.max(0, i - 8), i - 1)) &&
        page.slice(from, i).split(/\s+/u).length > 8)
        return /^\s+["«„“(]?\p{Lu}\p{Ll}/u.test(page.slice(i + 1, i + 5));
    if (before.length < 3 && !/^\d+$/.test(before))
        return false;
    // A date written with spaces: "11. 05. 2019".
    if (/^\d{1,2}$/.test(before) &&
        /^\s?(?:\d{1,2}\.\s?\d{2,4}|\d{4}(?!\d))/u.test(page.slice(i + 1, i + 10)))
        return false;
    // German ordinals: "am 4. Juni", "vom 2. März".
    if (/^\d{1,2}$/.test(before) &&
        /^\s+(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)/iu.test(page.slice(i + 1, i + 8)))
        return false;
    const after = page.slice(i + 1, i + 4);
    return /^\s+["«„“(]?[\p{Lu}\d]/u.test(after) || /^\s*$/.test(after);
}
/** A short line that a letter's wrapping cut: it ends in a word or a comma, and the next line goes on in lower case or with the year of its date. */
function wraps(line, next) {
    return (/[\p{L},]$/u.test(line.trim()) && (/^\s*\p{Ll}/u.test(next) || /^\s*\d{4}(?!\d)/u.test(next)));
}
//# sourceMappingURL=sentences.js.map