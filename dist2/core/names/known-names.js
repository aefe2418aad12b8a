// Whether a word is a known name: a place whose name is that one capitalised word (core/geo's place
// names: Душанбе, Kijów) or a listed given name. Undoing line-end hyphenation asks it of a joined word
// in capitals (`ДУШАН-⏎БЕ`), where the page alone cannot tell a split word from a compound.
import { nameWords, placeNames } from '../geo/place-names.js';
import { foldAccents } from '../text/fold.js';
import { isGivenName } from './given-names.js';
let placeWords;
/** Folded one-word place names written with a capital. */
function onePlaceWords() {
    const out = new Set();
    for (const p of placeNames()) {
        const words = nameWords(p.raw);
        const first = words[0];
        if (words.length === 1 && first && first.charAt(0) !== first.charAt(0).toLowerCase())
            out.add(foldAccents(first));
    }
    return out;
}
/** A one-word place name (folded comparison) or a given name of three letters or more. */
export function isKnownName(word) {
    placeWords ??= onePlaceWords();
    return placeWords.has(foldAccents(word)) || isGivenName(word);
}
//# sourceMappingURL=known-names.js.map