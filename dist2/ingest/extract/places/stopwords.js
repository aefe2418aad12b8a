// Words that GeoNames (or a country's name in some language) shares with ordinary vocabulary, and the
// function words that may stand beside a place name: data/stopwords.json, matched after folding.
import { loadData } from '../../../core/data.js';
let cache;
let functionCache;
/** Folded function words (articles, prepositions, conjunctions) of the documents' languages. */
export function functionWords(fold) {
    functionCache ??= new Set(loadData('stopwords.json').functionWords.words.map(fold));
    return functionCache;
}
/** Folded stopwords of all the documents' languages. */
export function stopwords(fold) {
    cache ??= new Set(loadData('stopwords.json')
        .entries.flatMap((e) => e.words)
        .map(fold));
    return cache;
}
//# sourceMappingURL=stopwords.js.map