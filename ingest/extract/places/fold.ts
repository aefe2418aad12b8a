// Folding and script helpers shared by the gazetteer and the matcher (folding is the extractors' one fold()).
export { fold } from '../fold.js';
export { hasCyrillic as isCyrillic } from '../translit.js';

export const startsUpper = (s: string): boolean => {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
};

/** Every cased letter is upper case (at least two letters): `DUSHANBE`, `НУРЕК`. */
export const isAllUpper = (s: string): boolean => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();

/** The words of a name: apostrophes join (`Podol'sk`), any other non-letter separates. */
export function nameWords(name: string): string[] {
  return name.replace(/[’'ʼ`]/g, '').split(/[^\p{L}\p{M}]+/u).filter(Boolean);
}

// OCR reads upper-case Cyrillic with Latin look-alikes (`YKPAIHA`, `HYPEK`) and vice versa.
const LATIN_TO_CYR: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у',
};
const CYR_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYR).map(([l, c]) => [c, l]),
);

/** The same word read in the other script, when OCR may have mixed look-alike letters; else undefined. */
export function otherScript(word: string): string | undefined {
  const cyr = /[\u0400-\u04FF]/.test(word);
  const lat = /[A-Za-z]/.test(word);
  if (cyr && lat) {
    const cyrillicLetters = word.replace(/[^\u0400-\u04FF]/g, '').length;
    return swap(word, cyrillicLetters * 2 >= word.length ? LATIN_TO_CYR : CYR_TO_LATIN);
  }
  // An all-capital Latin word made only of look-alikes may be Cyrillic (`MOCKBA`).
  if (lat && word.length >= 4 && /^[ABCEHIKMOPTXY]+$/.test(word)) return swap(word, LATIN_TO_CYR);
  return undefined;
}

function swap(word: string, table: Readonly<Record<string, string>>): string | undefined {
  const out = [...word].map((c) => table[c] ?? c).join('');
  const mixed = /\p{Script=Cyrillic}/u.test(out) && /\p{Script=Latin}/u.test(out);
  return mixed ? undefined : out;
}
