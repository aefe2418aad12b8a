// Cyrillic town names after a settlement marker (`г. Подольске`, `м. Суми`, `ш. Ваҳдат`) are looked up
// in GeoNames by a rough phonetic key shared with the Latin names, since transliterations differ
// (Khudzhand/Khujand, Yekaterinburg/Ekaterinburg, Podol'sk/Podolsk).
import { foldAccents } from '../../../core/text/fold.js';

// Folded Cyrillic (й→и, ё→е, ї→і) to Latin. Not core/text/translit.ts, which spells a name as written
// (case kept, дж→j, Ukrainian rules): these readings only feed the phonetic key, and give both
// readings of г, which a folded word cannot tell apart.
const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  є: 'ye',
  ґ: 'g',
  ҳ: 'h',
  ҷ: 'j',
  ғ: 'gh',
  қ: 'q',
};

/** Latin readings of a folded Cyrillic word: `подольск` → [`podolsk`]; `г` read both ways (g, h). */
export function latinReadings(word: string): string[] {
  const latin = [...word].map((c) => LATIN[c] ?? c).join('');
  return word.includes('г')
    ? [latin, [...word].map((c) => (c === 'г' ? 'h' : (LATIN[c] ?? c))).join('')]
    : [latin];
}

const KEY_RULES: ReadonlyArray<[RegExp, string]> = [
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
export function phoneticKey(latin: string): string {
  return KEY_RULES.reduce((s, [re, to]) => s.replace(re, to), foldAccents(latin));
}
