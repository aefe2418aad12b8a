// Folding and script helpers shared by the gazetteer and the matcher. Folding follows the scorer:
// lower case, diacritics removed, and the letters NFD does not decompose mapped by hand.
const EXTRA: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

// Latin and Cyrillic letters that NFD leaves as they are: such words only need lower-casing.
const PLAIN = /^[a-zA-Z\u0404\u0406\u0410-\u0418\u041A-\u0438\u043A-\u044F\u0454\u0456\u0490-\u0493\u049A\u049B\u04B2\u04B3\u04B6\u04B7]*$/;

export function fold(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  const bare = s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return /[łøđħıßæœþ]/.test(bare) ? bare.replace(/[łøđħıßæœþ]/g, (c) => EXTRA[c] ?? c) : bare;
}

export const isCyrillic = (s: string): boolean => /\p{Script=Cyrillic}/u.test(s);

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
