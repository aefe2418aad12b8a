// A page being searched: its words and what the words around a match say about it.
import { foldAccents } from '../../../core/text/fold.js';
import { functionWords } from './stopwords.js';
import { tokenize } from './tokens.js';
// Particles of family names: capitalised they belong to the name, lower-case they join two parts of it.
const PARTICLES = new Set([
    'de',
    'van',
    'von',
    'da',
    'di',
    'du',
    'del',
    'della',
    'ter',
    'ten',
    'bin',
    'ibn',
    'dos',
    'das',
    'al',
    'el',
]);
export class Page {
    text;
    isCountry;
    tokens;
    lower;
    polishText;
    constructor(text, 
    /** Whether a folded word is a country's name. */
    isCountry) {
        this.text = text;
        this.isCountry = isCountry;
        this.tokens = tokenize(text);
    }
    token(i) {
        return this.tokens[i];
    }
    /** The page's words written in lower case: a name also used as an ordinary word there is that word. */
    lowerWords() {
        this.lower ??= new Set(this.tokens.filter((t) => !t.capital).map((t) => t.readings[0]?.folded ?? ''));
        return this.lower;
    }
    /** Polish letters are frequent: Latin words here may carry Polish case endings. */
    polish() {
        if (this.polishText === undefined) {
            const needed = Math.min(3, Math.max(1, Math.floor(this.text.length / 300)));
            this.polishText = (this.text.match(/[ąęłśżźćńĄĘŁŚŻŹĆŃ]/g)?.length ?? 0) >= needed;
        }
        return this.polishText;
    }
    /** The lower-case word right before word i (a preposition, say), or ''. */
    wordBefore(i) {
        const before = this.tokens[i - 1];
        return before && !before.upper ? before.raw.toLowerCase() : '';
    }
    /** Preceded by an initial (`M. Jordan`): a person. */
    afterInitial(i) {
        const prev = this.tokens[i - 1];
        return (!!prev &&
            prev.raw.length === 1 &&
            prev.capital &&
            /^\.\s{0,2}$/.test(this.text.slice(prev.end, this.token(i).start)));
    }
    /** A capitalised word right before or after words first…next-1 (`Peter Holloway`, `Sino District`,
     *  `Lucas De Marchi`, `Perez de Castro`): part of another name. */
    nextToName(first, next) {
        const before = this.tokens[first - 1];
        const after = this.tokens[next];
        if (this.isName(before) && this.close(before, this.tokens[first]))
            return true;
        if (this.isName(after) && this.close(this.tokens[next - 1], after))
            return true;
        const particle = before && PARTICLES.has(before.raw.toLowerCase()) ? this.tokens[first - 2] : undefined;
        return (this.isName(particle) &&
            this.close(particle, before) &&
            this.close(before, this.tokens[first]));
    }
    isName(t) {
        if (!t?.capital)
            return false;
        const folded = t.readings[0]?.folded ?? '';
        return PARTICLES.has(folded) || !functionWords(foldAccents).has(folded);
    }
    close(a, b) {
        return !!a && !!b && /^[ -]{1,2}$/.test(this.text.slice(a.end, b.start));
    }
    /** Next to a country name across a comma or bracket (`Vorukh, Tajikistan`, `Hrodna (Belarus)`). */
    besideCountry(next) {
        const after = this.tokens[next];
        const last = this.token(next - 1);
        if (!after || !/^\s?[,(/]\s?$/.test(this.text.slice(last.end, after.start)))
            return false;
        return this.isCountry?.(after.readings[0]?.folded ?? '') ?? false;
    }
    /** Followed by a possessive `'s`: more often a person than a small town. */
    possessive(end) {
        return /^['’]s\b/.test(this.text.slice(end, end + 3));
    }
}
//# sourceMappingURL=page.js.map