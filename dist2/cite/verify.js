// Does a quote really stand on a page? For a fact-checker a near miss is a wrong quote: a changed
// day, flight number, name or a dropped "not" changes the claim while leaving the text 98% alike.
//
// Semantics:
// - `exact` (found): the quote stands on the page, whole words at both ends, once both are put in a
//   normal form that forgives only what copying changes: line breaks and runs of whitespace (space
//   counts only between two letters or digits and inside numbers, so "Ф. Р." = "Ф.Р." and French
//   "Pins ;" = "Pins;", but "3, 5" ≠ "3,5"),
//   words hyphenated at line ends (matched with or without the hyphen), typographic quotes,
//   apostrophes and dashes, Latin ligatures, invisible characters, Unicode composition, letter case.
// - `near` (not found): the closest passage by edit distance is at least NEAR_THRESHOLD alike. It is
//   widened to whole words and reported as it stands on the page, with every token that differs.
// - null (not found): nothing on the page is that close.
// Nothing but `exact` is ever `found`.
import { isMonthWord } from '../core/dates/months.js';
/** Closest passages less alike than this (before widening to whole words) are not reported. */
const NEAR_THRESHOLD = 0.85;
/** Longer quotes are only checked for an exact match: the near search costs quote × page. */
const NEAR_MAX_QUOTE = 2000;
const EQUIVALENT = {
    ...Object.fromEntries([...'«»“”„‟″'].map((c) => [c, '"'])),
    ...Object.fromEntries([...'‘’‚‛′ʼ'].map((c) => [c, "'"])),
    ...Object.fromEntries([...'‐‑‒–—―−'].map((c) => [c, '-'])),
    '…': '...',
    // Typographic ligatures of PDF text layers: letters, not a different word.
    ﬀ: 'ff',
    ﬁ: 'fi',
    ﬂ: 'fl',
    ﬃ: 'ffi',
    ﬄ: 'ffl',
    ﬅ: 'st',
    ﬆ: 'st',
};
/** Stands in the normal form for a hyphen at a line end between letters: the word is joined, or hyphenated. */
const BREAK = '\u00ad';
const INVISIBLE = /^[\u200b\u2060\ufeff]$/;
const WORD = /^[\p{L}\p{M}\p{N}]/u;
const LETTER = /^[\p{L}\p{M}]/u;
const CLUSTER = /[\s\S]\p{M}*/uy;
const SPACES = /\s*/y;
class NormalBuilder {
    norm = '';
    starts = [];
    ends = [];
    lastWord = false;
    lastLetter = false;
    push(s, start, end, letter = LETTER.test(s)) {
        for (const unit of s) {
            this.norm += unit;
            for (let k = 0; k < unit.length; k++) {
                this.starts.push(start);
                this.ends.push(end);
            }
        }
        this.lastWord = WORD.test(s.slice(-1)) || s === BREAK;
        this.lastLetter = letter;
    }
}
/** Where whitespace from `i` ends, and whether it holds a line break. */
function spaceRun(text, i) {
    SPACES.lastIndex = i;
    const run = SPACES.exec(text)[0];
    return { end: i + run.length, newline: run.includes('\n') };
}
const DIGIT = /^\p{N}/u;
/** Separators inside a number, where a space makes another number ("3,5" is not "3, 5"). */
const NUMBER_SEPARATOR = /^[.,:/]$/;
/**
 * Does a space between the normal form so far and `next` (the original continuing at `after`)
 * count? Between two letters or digits, and inside a number; elsewhere it is typography.
 */
function spaceCounts(norm, next, text, after) {
    const last = norm.slice(-1);
    if (WORD.test(last) && WORD.test(next))
        return true;
    if (DIGIT.test(next))
        return NUMBER_SEPARATOR.test(last) && DIGIT.test(norm.slice(-2));
    const resumes = spaceRun(text, after).end;
    return (DIGIT.test(last) && NUMBER_SEPARATOR.test(next) && DIGIT.test(text.slice(resumes, resumes + 1)));
}
/** The normal form (see the header), with the map back to the original's offsets. */
function normalizeWithMap(text) {
    const out = new NormalBuilder();
    let space = -1;
    for (let i = 0; i < text.length;) {
        CLUSTER.lastIndex = i;
        const ch = CLUSTER.exec(text)[0];
        const next = i + ch.length;
        if (/^\s$/.test(ch)) {
            if (space < 0)
                space = i;
            i = next;
            continue;
        }
        if (INVISIBLE.test(ch)) {
            i = next;
            continue;
        }
        if (ch === '-' || ch === '\u2010' || ch === '\u00ad') {
            // A soft hyphen, or a hyphen at a line end, between letters: a hyphenation break.
            const run = spaceRun(text, next);
            if (space < 0 &&
                out.lastLetter &&
                LETTER.test(text.slice(run.end, run.end + 1)) &&
                (ch === '\u00ad' || run.newline)) {
                out.push(BREAK, i, run.end, false);
                space = -1;
                i = run.end;
                continue;
            }
            if (ch === '\u00ad') {
                i = next;
                continue;
            }
        }
        const mapped = (EQUIVALENT[ch] ?? ch).normalize('NFC').toLowerCase();
        if (space >= 0 && spaceCounts(out.norm, mapped, text, next))
            out.push(' ', space, space + 1, false);
        space = -1;
        out.push(mapped, i, next);
        i = next;
    }
    return out;
}
const escapeRe = (c) => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
/**
 * The normalized quote as a pattern over the normalized page: a hyphenation break on the page may
 * stand for nothing or for a hyphen of the quote, and the quote may not begin or end inside a word.
 */
function quotePattern(q) {
    const chars = [...q];
    let source = WORD.test(chars[0]) ? `(?<![\\p{L}\\p{M}\\p{N}]${BREAK}?)` : '';
    chars.forEach((c, k) => {
        const between = LETTER.test(chars[k - 1] ?? '') && LETTER.test(chars[k + 1] ?? '');
        if (c === BREAK)
            source += `[-${BREAK}]?`;
        else if (c === '-' && between)
            source += `[-${BREAK}]`;
        else
            source +=
                escapeRe(c) + (LETTER.test(c) && LETTER.test(chars[k + 1] ?? '') ? `${BREAK}?` : '');
    });
    if (WORD.test(chars[chars.length - 1]))
        source += `(?!${BREAK}?[\\p{L}\\p{M}\\p{N}])`;
    return new RegExp(source, 'u');
}
/** The normal form without hyphenation breaks, for approximate matching and tokens. */
function withoutBreaks(n) {
    const out = { norm: '', starts: [], ends: [] };
    for (let k = 0; k < n.norm.length; k++) {
        if (n.norm[k] === BREAK)
            continue;
        out.norm += n.norm[k];
        out.starts.push(n.starts[k]);
        out.ends.push(n.ends[k]);
    }
    return out;
}
/**
 * Semi-global edit distance: the best-matching passage of `text` for `pattern` (Sellers' algorithm).
 * By hand: edit-distance packages compare whole strings, not the best passage of a page with its offsets.
 */
function closestPassage(pattern, text) {
    const m = pattern.length;
    // Two rows of distances and of where each alignment starts, swapped per row: typed arrays, no allocation.
    let prev = Int32Array.from({ length: m + 1 }, (_, j) => j);
    let cur = new Int32Array(m + 1);
    let prevStart = new Int32Array(m + 1);
    let curStart = new Int32Array(m + 1);
    let best = { distance: m, start: 0, end: 0 };
    for (let i = 1; i <= text.length; i++) {
        const t = text.charCodeAt(i - 1);
        cur[0] = 0;
        curStart[0] = i;
        for (let j = 1; j <= m; j++) {
            const sub = prev[j - 1] + (pattern.charCodeAt(j - 1) === t ? 0 : 1);
            const del = prev[j] + 1;
            const ins = cur[j - 1] + 1;
            if (sub <= del && sub <= ins) {
                cur[j] = sub;
                curStart[j] = prevStart[j - 1];
            }
            else if (del <= ins) {
                cur[j] = del;
                curStart[j] = prevStart[j];
            }
            else {
                cur[j] = ins;
                curStart[j] = curStart[j - 1];
            }
        }
        if (cur[m] < best.distance)
            best = { distance: cur[m], start: curStart[m], end: i };
        [prev, cur, prevStart, curStart] = [cur, prev, curStart, prevStart];
    }
    return best;
}
/** Widens [start, end) of a normal form to whole words and trims spaces at its ends. */
function wholeWords(s, start, end) {
    const inWord = (k) => WORD.test(s[k - 1] ?? '') && WORD.test(s[k] ?? '');
    while (start > 0 && inWord(start))
        start--;
    while (end < s.length && inWord(end))
        end++;
    while (s[start] === ' ' && start < end)
        start++;
    while (s[end - 1] === ' ' && end > start)
        end--;
    return [start, end];
}
/** Words, numbers with their inner separators ("3,5", "2016/4471", "07.05.2019"), and single other characters. */
const TOKEN = /\p{N}+(?:[.,:/-]\p{N}+)+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
function tokens(n, original, from, to) {
    return [...n.norm.slice(from, to).matchAll(TOKEN)].map((m) => {
        const a = from + m.index;
        const b = a + m[0].length;
        const [start, end] = [n.starts[a], n.ends[b - 1]];
        const shown = original
            .slice(start, end)
            .replace(/[-\u00ad]\s*\n\s*/g, '')
            .replace(/\s+/g, ' ');
        return { norm: m[0], shown, start, end };
    });
}
const NEGATIONS = new Set([
    'not',
    'no',
    'never',
    'nor',
    'neither',
    'none',
    'nobody',
    'nothing',
    'without',
    'cannot',
    'не',
    'ни',
    'нет',
    'никогда',
    'ничего',
    'никто',
    'нигде',
    'без',
    'ні',
    'ніколи',
    'нічого',
    'ніхто',
    'нест',
    'ҳеҷ',
    'бе',
    'nie',
    'nigdy',
    'nic',
    'nikt',
    'bez',
    'żaden',
    'ne',
    'n',
    'pas',
    'jamais',
    'rien',
    'aucun',
    'aucune',
    'sans',
    'non',
]);
/** Negating prefixes: Tajik на-омад, Russian не-виновен, Polish nie-winny, English un-lawful. */
const NEGATING_PREFIXES = ['не', 'ни', 'на', 'nie', 'un', 'non'];
function isNegation(a, b) {
    if (a === undefined || b === undefined)
        return NEGATIONS.has(a ?? b ?? '');
    if (NEGATIONS.has(a) || NEGATIONS.has(b))
        return true;
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    // English contractions: "wasn't" against "was" differs in "wasn".
    return NEGATING_PREFIXES.some((p) => long === p + short) || long === short + 'n';
}
function kindOf(q, p) {
    const shown = [q, p].filter((t) => t !== undefined).map((t) => t.shown);
    if (shown.some((w) => /\p{N}/u.test(w)))
        return 'number';
    if (isNegation(q?.norm, p?.norm))
        return 'negation';
    if (shown.some(isMonthWord))
        return 'date';
    if (shown.some((w) => /^\p{Lu}/u.test(w)))
        return 'name';
    return shown.some((w) => WORD.test(w)) ? 'word' : 'punctuation';
}
/** Plain edit distance of two short strings (tokens). */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
        prev = cur;
    }
    return prev[b.length];
}
/** Replacing a token costs between 1 (nearly alike) and 2 (as much as leaving one out and adding the other). */
function replaceCost(a, b) {
    return a === b ? 0 : 1 + editDistance(a, b) / Math.max(a.length, b.length);
}
/** Every token of the quote against the passage, by a token-level edit alignment that pairs alike tokens. */
function tokenDifferences(quote, passage) {
    const rows = quote.length + 1;
    const cols = passage.length + 1;
    const cost = new Float64Array(rows * cols);
    const step = new Uint8Array(rows * cols); // 0 pair, 1 quote's token only, 2 page's token only
    for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
            if (i === 0 && j === 0)
                continue;
            const pair = i > 0 && j > 0
                ? cost[(i - 1) * cols + j - 1] + replaceCost(quote[i - 1].norm, passage[j - 1].norm)
                : Infinity;
            const quoteOnly = i > 0 ? cost[(i - 1) * cols + j] + 1 : Infinity;
            const pageOnly = j > 0 ? cost[i * cols + j - 1] + 1 : Infinity;
            const best = Math.min(pair, quoteOnly, pageOnly);
            cost[i * cols + j] = best;
            step[i * cols + j] = best === pair ? 0 : best === quoteOnly ? 1 : 2;
        }
    const out = [];
    const add = (q, p) => out.push({
        quote: q?.shown ?? null,
        page: p?.shown ?? null,
        kind: kindOf(q, p),
        start: p?.start ?? null,
        end: p?.end ?? null,
    });
    for (let i = quote.length, j = passage.length; i > 0 || j > 0;) {
        const s = step[i * cols + j];
        if (s === 0) {
            if (quote[i - 1].norm !== passage[j - 1].norm)
                add(quote[i - 1], passage[j - 1]);
            i--;
            j--;
        }
        else if (s === 1)
            add(quote[--i], undefined);
        else
            add(undefined, passage[--j]);
    }
    return out.reverse();
}
/** Nothing near enough: a fresh object each time, as callers may add to `differences`. */
const none = (score = 0) => ({
    found: false,
    match: null,
    score,
    start: null,
    end: null,
    passage: null,
    differences: [],
});
const round = (x) => Math.round(Math.max(0, x) * 1000) / 1000;
/** The closest passage to a quote that is not on the page, if it is near enough to report. */
function nearPassage(pageText, page, quoteText, quote) {
    const p = withoutBreaks(page);
    const q = withoutBreaks(quote);
    if (q.norm.length > NEAR_MAX_QUOTE || p.norm.length === 0)
        return none();
    const best = closestPassage(q.norm, p.norm);
    if (1 - best.distance / q.norm.length < NEAR_THRESHOLD)
        return none(round(1 - best.distance / q.norm.length));
    const [start, end] = wholeWords(p.norm, best.start, best.end);
    if (end <= start)
        return none();
    // The characters the widening to whole words took in count as edits too.
    const score = round(1 - (best.distance + Math.max(0, end - start - (best.end - best.start))) / q.norm.length);
    const span = { start: p.starts[start], end: p.ends[end - 1] };
    const passage = pageText.slice(span.start, span.end);
    const differences = tokenDifferences(tokens(q, quoteText, 0, q.norm.length), tokens(p, pageText, start, end));
    // The same tokens, spaced otherwise (a space dropped from a line-end hyphen, say): still a difference.
    if (differences.length === 0)
        differences.push({
            quote: quoteText.trim().replace(/\s+/g, ' '),
            page: passage.replace(/\s+/g, ' '),
            kind: 'spacing',
            ...span,
        });
    return { found: false, match: 'near', score, ...span, passage, differences };
}
/** Is the quote on the page? Exact (found), near (not found, with the differences) or nothing; see the header. */
export function findQuote(pageText, quoteText) {
    const page = normalizeWithMap(pageText);
    const quote = normalizeWithMap(quoteText);
    if (quote.norm.length === 0)
        return none();
    // A quote longer than the page cannot stand on it (and would make a needlessly large pattern).
    const at = withoutBreaks(quote).norm.length <= page.norm.length
        ? quotePattern(quote.norm).exec(page.norm)
        : null;
    if (!at)
        return nearPassage(pageText, page, quoteText, quote);
    const span = { start: page.starts[at.index], end: page.ends[at.index + at[0].length - 1] };
    return {
        found: true,
        match: 'exact',
        score: 1,
        ...span,
        passage: pageText.slice(span.start, span.end),
        differences: [],
    };
}
/** One difference in words: the quote's token against the page's, and its kind. */
function describeDifference(d) {
    if (d.quote !== null && d.page !== null)
        return `“${d.quote}” where the page has “${d.page}” (${d.kind})`;
    if (d.quote !== null)
        return `“${d.quote}”, which the page does not have (${d.kind})`;
    return `“${d.page}”, left out (${d.kind})`;
}
/** What a reader is told about a quote that is not found (the viewer's notice, the API's refusal). */
export function notFoundMessage(m) {
    if (m.match !== 'near')
        return 'This quote does not stand on this page, nor anything close to it.';
    return `This quote does not stand on this page; the closest passage differs in: ${m.differences.map(describeDifference).join('; ')}.`;
}
//# sourceMappingURL=verify.js.map