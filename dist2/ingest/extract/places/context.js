// Whether the word before a name says "place" whatever the NER model reads of the name: a verb whose
// object is a place ("left", "покинула", "opuściła", "verließ", "quitté") or a Slavic preposition of
// place or direction (data/place-verbs.json). The model, trained on news, reads a town after "left"
// as the club of a transfer; in a case file it is where someone went.
import { loadData } from '../../../core/data.js';
let words;
function placeWords() {
    words ??= new Set(loadData('place-verbs.json').entries.flatMap((e) => e.forms));
    return words;
}
/**
 * Whether the word right before offset `start` of `text` (spaces only between them) is a verb whose
 * object is a place or a Slavic preposition of place, compared in lower case.
 */
export function placeWordBefore(text, start) {
    const m = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start));
    return m ? placeWords().has(m[1].toLowerCase()) : false;
}
//# sourceMappingURL=context.js.map