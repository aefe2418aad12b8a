// Towns written in Cyrillic after a settlement marker (`г. Подольск`, `в г. Люберцах`, `м. Суми`,
// `ш. Ваҳдат`): the marker says "place", so any GeoNames town whose phonetic key fits is taken.
import { foldAccents } from '../../../core/text/fold.js';
import { ENDINGS } from './inflection.js';
import { latinReadings, phoneticKey } from './romanize.js';
// город, місто, шаҳр, село, посёлок, смт, as they stand before a name; the abbreviations only with
// their period, since `с` and `м` alone are also words.
const MARKERS = new Set('город города городе місто місті шаҳри шахри село селе поселок посёлок пгт смт'
    .split(' ')
    .map(foldAccents));
const ABBREVIATIONS = new Set('г гор м ш с пос'.split(' '));
// Nominative endings tried on a stem once a case ending is taken off (Люберц|ах → Люберцы).
const NOMINATIVE = ['', 'а', 'я', 'ы', 'и', 'ь', 'о', 'е'];
let byKey;
function index(g) {
    if (byKey)
        return byKey;
    byKey = new Map();
    for (const e of g.cities) {
        const key = phoneticKey(e.words.map((w) => w.form).join(' '));
        const prev = byKey.get(key);
        if (!prev || e.population > prev.population)
            byKey.set(key, e);
    }
    return byKey;
}
// "в"/"во" before a word in the locative (or the accusative of direction: в Абакане, в Мелітополі,
// в Бердянську, во Владимире) says "in a place" weakly: only a town this large is taken on it alone,
// not a small one whose name a family name in the locative may share.
const IN = new Set(['в', 'во']);
const IN_ENDING = /[еиіу]$/u;
const IN_MIN_POPULATION = 50_000;
/**
 * The town a capitalised Cyrillic word names, when a settlement marker stands right before it (any
 * GeoNames town), or "в" with the word in the locative (a town of IN_MIN_POPULATION or more).
 */
export function markedTown(g, page, i) {
    const t = page.token(i);
    const marker = page.tokens[i - 1];
    if (!marker || !t.capital || marker.capital)
        return undefined;
    const markerWord = marker.readings[0]?.folded ?? '';
    const gap = page.text.slice(marker.end, t.start);
    const preposition = IN.has(markerWord) && /^[ \t]$/.test(gap) && IN_ENDING.test(t.readings[0]?.folded ?? '');
    if (!preposition && !isMarker(markerWord, gap))
        return undefined;
    // `2018 г. Заключение`: here г. is a year.
    if (/\d\s*$/.test(page.text.slice(Math.max(0, marker.start - 3), marker.start)))
        return undefined;
    const town = townByKey(g, t.readings[0]?.folded ?? '');
    return town && (!preposition || town.population >= IN_MIN_POPULATION) ? town : undefined;
}
/** The most populous GeoNames town whose phonetic key a folded Cyrillic word's nominative shares. */
function townByKey(g, folded) {
    if (!/^\p{Script=Cyrillic}+$/u.test(folded))
        return undefined;
    const keys = index(g);
    for (const form of nominatives(folded)) {
        for (const latin of latinReadings(form)) {
            const hit = keys.get(phoneticKey(latin));
            if (hit)
                return hit;
        }
    }
    return undefined;
}
function isMarker(word, gap) {
    if (ABBREVIATIONS.has(word))
        return /^\.[ \t]{0,2}\n?$/.test(gap);
    return MARKERS.has(word) && /^[ \t]{1,2}$/.test(gap);
}
/** The word as written, then its stem with each nominative ending, for each case ending it may carry. */
function nominatives(word) {
    const out = [word];
    for (let k = 1; k <= 3 && word.length - k >= 3; k++) {
        if (ENDINGS.has(word.slice(-k)))
            for (const n of NOMINATIVE)
                out.push(word.slice(0, -k) + n);
    }
    return out;
}
//# sourceMappingURL=towns.js.map