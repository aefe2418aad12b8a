// What the project's lists say of a word, as features for the tagger: a listed given name
// (data/given-names.json and the @stdlib English lists), the first word of a gazetteer place or a
// country name (places/gazetteer.ts), an organization head noun (data/organization-heads.json), a
// common surname ending (-ов/-ова, -зода, -ski, -enko…) and Tajik letters. The lists are signals the
// model weighs against context, never decisions by themselves.
import { foldAccents } from '../../../core/text/fold.js';
import { givenNames } from '../../../core/names/given-names.js';
import { isHead } from '../organization-shapes.js';
import { gazetteer } from '../places/gazetteer.js';
// Surname endings with the case endings Slavic surnames take (Иванова, Ивановым, Tohirzoda).
const SURNAME = new RegExp('(?:' +
    [
        'ов|ев|ёв|ин|ын',
        'ск|цк',
        'енко|чук|ук|юк|ишин|ич',
        'зода|заде|иён|ён',
        'ov|ev|in',
        'sk|ck|wicz|icz',
        'enko|chuk|yuk',
        'zoda|zade|zadeh',
    ].join('|') +
    ')(?:а|у|ым|ой|ого|ому|ом|ую|ая|ий|ей|ы|е|и|a|u|y|i|ego|iej|iego|emu|im|ą|owa)?$', 'u');
const TAJIK = /[ҳҷқғӣӯҲҶҚҒӢӮ]/u;
export function lexicalFlags(word) {
    const flags = [];
    const f = foldAccents(word);
    const capital = /^\p{Lu}/u.test(word);
    if (f.length >= 3 && givenNames().has(f))
        flags.push('given');
    // The model was trained before the gazetteer held regions, continents and world regions: a word
    // only such a name begins with does not get the feature (models/ner/MODEL.md).
    if (capital &&
        gazetteer()
            .capital.exact.get(f)
            ?.some((e) => e.source !== 'region' && e.source !== 'world'))
        flags.push('gaz');
    if (gazetteer().countryWords.has(f))
        flags.push('country');
    if (f.length >= 3 && isHead(word))
        flags.push('head');
    if (capital && f.length >= 5 && SURNAME.test(f))
        flags.push('surname');
    if (TAJIK.test(word))
        flags.push('tajik');
    return flags;
}
//# sourceMappingURL=lexicon.js.map