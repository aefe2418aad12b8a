// Tokens of a page for the named-entity tagger: words (letters and digits, with inner apostrophes and
// hyphens: O'Brien, д'Артаньян, Нью-Йорк) and single punctuation marks, each with its offsets.
// A token that begins a line is marked, so the decoder never lets a name run on across a line break;
// a word broken by a hyphen at the end of a line ("Ива-\nнов") is joined back into one token instead.
import { isStrayQuote } from '../../../core/text/stray-quote.js';
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’ʼ`\-‐][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
// A word, a hyphen at the end of its line, then a lower-case continuation on the next line.
const HYPHEN_BREAK = /^[-‐¬]?[ \t]*\r?\n[ \t]*(\p{Ll}[\p{L}\p{M}]*)/u;
export function tokenize(text) {
    const out = [];
    TOKEN.lastIndex = 0;
    let lineStart = true;
    let scanned = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
        if (text.slice(scanned, m.index).includes('\n'))
            lineStart = true;
        const tok = { text: m[0], start: m.index, end: m.index + m[0].length, lineStart };
        scanned = tok.end;
        // A speck OCR read as a quote mark would split a name: no token.
        if (tok.text.length === 1 && isStrayQuote(text, tok.start))
            continue;
        lineStart = false;
        const joined = /\p{L}$/u.test(tok.text) && text[tok.end] === '-'
            ? HYPHEN_BREAK.exec(text.slice(tok.end))
            : null;
        if (joined?.[1]) {
            // "Ива-\nнов": one token; the continuation's own offsets end it.
            const tail = joined[1];
            tok.end = tok.end + joined[0].length;
            tok.text += tail;
            scanned = tok.end;
            TOKEN.lastIndex = tok.end;
        }
        out.push(tok);
    }
    return out;
}
//# sourceMappingURL=tokens.js.map