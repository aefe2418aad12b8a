// Cyrillic town names after a settlement marker (`г. Подольске`, `м. Суми`, `ш. Ваҳдат`) are looked up
// in GeoNames by a rough phonetic key shared with the Latin names, since transliterations differ
// (Khudzhand/Khujand, Yekaterinburg/Ekaterinburg, Podol'sk/Podolsk).
import { foldAccents } from '../../../core/text/fold.js';
import { LATIN_OF } from '../../../core/text/translit.js';
// The letters of core/text/translit.ts, read one by one: not transliterate(), which spells a name as
// written (case kept, дж→j, Ukrainian rules), since these readings only feed the phonetic key. A
// folded word has no ё й ї ӣ ӯ (they fold to е и і и у): those pass through unread.
const FOLDED_AWAY = new Set(['ё', 'й', 'ї', 'ӣ', 'ӯ']);
const LATIN = Object.fromEntries(Object.entries(LATIN_OF).filter(([letter]) => !FOLDED_AWAY.has(letter)));
/** The other reading of a letter a folded word cannot tell: г is g in Russian, h in Ukrainian. */
const ALTERNATIVE = { г: 'h' };
/** Latin readings of a folded Cyrillic word: `подольск` → [`podolsk`]; `г` read both ways (g, h). */
export function latinReadings(word) {
    const letters = [...word];
    const latin = letters.map((c) => LATIN[c] ?? c).join('');
    return letters.some((c) => ALTERNATIVE[c] !== undefined)
        ? [latin, letters.map((c) => ALTERNATIVE[c] ?? LATIN[c] ?? c).join('')]
        : [latin];
}
const KEY_RULES = [
    [/['’ʼ`-]/g, ''],
    [/dzh|dj|zh/g, 'j'],
    [/shch|sz/g, 'sh'],
    [/kh/g, 'h'],
    [/gh/g, 'g'],
    [/q/g, 'k'],
    [/ts|tz|cz/g, 'c'],
    [/w/g, 'v'],
    [/y([aeiou])/g, '$1'],
    [/y/g, 'i'],
    [/(.)\1+/g, '$1'],
];
/** A phonetic key of a Latin name: transliteration variants of one name share it. */
export function phoneticKey(latin) {
    return KEY_RULES.reduce((s, [re, to]) => s.replace(re, to), foldAccents(latin));
}
//# sourceMappingURL=romanize.js.map