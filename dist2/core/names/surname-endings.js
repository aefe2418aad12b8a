// Family names by their endings: the suffixes that mark a surname in the languages of the case files.
// Russian, Ukrainian and Tajik (-ов/-ова, -енко, -зода, -ӣ, with Russian case endings), Polish
// (-ski/-ska, -owa, -wicz; German -ow/-owa, -ewa), South Slavic (-ović, -ić), Armenian (-yan) in Latin letters, and the
// German spellings of Tajik ones (-soda, -sade for -zoda, -zade). Lithuanian family names have marked
// endings (a married woman's -ienė, an unmarried one's -aitė/-ytė/-iūtė/-utė; men's -auskas,
// -evičius/-avičius, -aitis, -ėnas: Lithuanian naming law, as summarised in Wikipedia's "Lithuanian
// name"). A signal, not a proof: the extractors combine it with the other word of a name.
import { hasCyrillic } from '../text/scripts.js';
const FAMILY_CYR = /(?:ов|ев|ёв|ин|ын|зода|заде|ский|цкий|ская|цкая|енко|ук|юк|чук|ич|ян|ли|ӣ)(?:а|у|ым|ой|ою|е|ом|ым|ых|ыми|ого|ому|ую|им|ей)?$/iu;
const FAMILY_LAT = /(?:ov|ev|ova|eva|ow|owa|\p{L}{3}owej|\p{L}{3}ową|\p{L}{3}owem|owi|ski|ska|skiego|skiej|cki|cka|wicz|czyk|enko|zoda|zade|\p{L}{3}soda|\p{L}{3}sade|uk|yan|ović|ić|\p{L}{3}ewa|\p{L}{3}ewej|\p{L}{3}ewą|\p{L}{3}ewem|yev|yeva|iev|ieva|ovich|ovna|ienė|aitė|ytė|iūtė|utė|auskas|evičius|avičius|aitis|ėnas)$/iu;
/** Whether a word ends as a family name does (Cyrillic or Latin script, any case). */
export function hasSurnameEnding(word) {
    return hasCyrillic(word) ? FAMILY_CYR.test(word) : FAMILY_LAT.test(word);
}
//# sourceMappingURL=surname-endings.js.map