// Words that GeoNames (or a country's name in some language) shares with ordinary vocabulary, and the
// function words that may stand beside a place name: data/stopwords.json, matched after folding.
import { loadData } from '../../../core/data.js';

interface StopwordFile {
  entries: Array<{ languages: string[]; source: string; words: string[] }>;
  functionWords: { source: string; words: string[] };
}

let cache: Set<string> | undefined;
let functionCache: Set<string> | undefined;

/** Folded function words (articles, prepositions, conjunctions) of the documents' languages. */
export function functionWords(fold: (s: string) => string): Set<string> {
  functionCache ??= new Set(loadData<StopwordFile>('stopwords.json').functionWords.words.map(fold));
  return functionCache;
}

/** Folded stopwords of all the documents' languages. */
export function stopwords(fold: (s: string) => string): Set<string> {
  cache ??= new Set(
    loadData<StopwordFile>('stopwords.json')
      .entries.flatMap((e) => e.words)
      .map(fold),
  );
  return cache;
}
