// Case endings of place names in Russian, Ukrainian, Tajik and Polish: a text word matches a name word
// when it is one of the name word's stems plus a known ending of at most four letters (`Стамбул|а`,
// `Москв|е`, `Przemyśl|u`, `Medyc|e`). Everything here works on folded words (see core/text/fold.ts).
import { hasCyrillic } from '../../../core/text/scripts.js';
import { foldAccents } from '../../../core/text/fold.js';
const set = (words) => new Set(words.split(' ').map(foldAccents));
// Nouns: Russian and Ukrainian cases, the Tajik izafet `-и` and object marker `-ро`.
const CYR_NOUN = set('а я у ю е и ы і о ой ей ою ею ом ем ам ям ах ях ами ями ро');
const CYR_ADJ = set('ая яя ой ий ый ій ое ее ые ие ого его ому ему ым им ом ем ую юю ых их ыми ими а у і ої ою е');
// Polish; `-i`/`-y` only after a stripped final vowel (Syri|i, Polsk|i) or a soft consonant (Łodz|i,
// Bydgoszcz|y), which keeps demonyms and surnames (Iraq|i, Baghdad|i, Bukhar|i) out.
const LAT_NOUN = set('a u e ie iu y i ę ą em iem owi om ach ami ów');
const LAT_ADJ = set('i a e ie iego iej im ich ą y ego ej ym ych');
/** Every ending of any kind, to skip lookups for word tails that cannot be one. */
export const ENDINGS = new Set([CYR_NOUN, CYR_ADJ, LAT_NOUN, LAT_ADJ].flatMap((s) => [...s]));
// Adjectives in multi-word names (folded, so `-ий` reads `-ии`): Сирийская, Харківська, Автономная.
const CYR_ADJ_WORD = /(?:ск|цк|зьк|ськ|цьк)(?:ая|ии|ыи|ое|ие|ые|іи|а|е|і)$|н(?:ая|ыи|ии|ое)$/;
// Polish adjectives in multi-word names: Nowy Sącz, Zielona Góra, Biała Podlaska, obwód lwowski.
const LAT_ADJ_WORD = /(?:sk|ck|k|w|n|l|r|t|d)(?:y|i|a|ie|e)$/;
const VOWEL = /[аяоеыиіуюьaeiouyąę]$/;
/** How a folded text word matches a name word: exactly, with a case ending, or not at all. */
export function matchWord(text, word) {
    if (text === word.form)
        return 'exact';
    for (const { stem, vowel } of word.stems) {
        if (text.length <= stem.length || !text.startsWith(stem))
            continue;
        if (endingFits(text.slice(stem.length), stem, vowel, word))
            return 'inflected';
    }
    return null;
}
function endingFits(ending, stem, vowel, word) {
    if (word.cyrillic)
        return (word.adjective ? CYR_ADJ : CYR_NOUN).has(ending);
    if (word.adjective)
        return LAT_ADJ.has(ending);
    if (!LAT_NOUN.has(ending))
        return false;
    if (ending === 'i')
        return vowel ? /[kgjli]$/.test(stem) : /(?:dz|cz|sz|rz)$/.test(stem);
    if (ending === 'y')
        return vowel ? !/[kgjl]$/.test(stem) : /(?:cz|sz|rz)$/.test(stem);
    return true;
}
/** Stems of a folded name word that may take case endings; none for short words. */
function stemsOf(form, adjective) {
    if (form.length < 4)
        return [];
    if (adjective) {
        const m = /(?:ая|ии|ыи|ое|ие|ые|іи|а|е|і|i|a|ie|y|e)$/.exec(form);
        return m ? [{ stem: form.slice(0, m.index), vowel: false }] : [];
    }
    const stems = [{ stem: form, vowel: false }];
    if (VOWEL.test(form))
        stems.push({ stem: form.slice(0, -1), vowel: true });
    // Polish softens the stem's last consonant before -e/-ie: Medyka → Medyce, obwód → obwodzie.
    for (const { stem, vowel } of [...stems]) {
        const soft = /[a-z]$/.test(stem) ? softened(stem) : undefined;
        if (soft)
            stems.push({ stem: soft, vowel });
    }
    return stems.filter((s) => s.stem.length >= 3);
}
function softened(stem) {
    const m = /(k|g|d|r|t|ch)$/.exec(stem);
    if (!m)
        return undefined;
    const to = { k: 'c', g: 'dz', d: 'dz', r: 'rz', t: 'c', ch: 'sz' };
    return stem.slice(0, m.index) + to[m[1] ?? ''];
}
/** A name word with its stems; `inflect` is false for names that only match as written. */
export function nameWord(raw, inflect, multiword) {
    const form = foldAccents(raw);
    const cyrillic = hasCyrillic(form);
    const adjective = multiword && (cyrillic ? CYR_ADJ_WORD : LAT_ADJ_WORD).test(form);
    const first = raw.charAt(0);
    return {
        form,
        stems: inflect ? stemsOf(form, adjective) : [],
        adjective,
        cyrillic,
        capital: first !== first.toLowerCase(),
    };
}
//# sourceMappingURL=inflection.js.map