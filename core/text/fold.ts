// The comparison form of words for extraction, clustering and the gazetteer, as the scorer folds:
// lower case, diacritics removed (Unicode NFD, marks dropped), and the letters NFD leaves alone mapped
// by hand. Scripts are kept: Cyrillic stays Cyrillic (see translit.ts and names/keys.ts for Latin forms).
const EXTRA: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

// Latin and Cyrillic letters that NFD leaves as they are: such words only need lower-casing.
const PLAIN = /^[a-zA-Z\u0404\u0406\u0410-\u0418\u041A-\u0438\u043A-\u044F\u0454\u0456\u0490-\u0493\u049A\u049B\u04B2\u04B3\u04B6\u04B7]*$/;

/** `Przemyśl` → `przemysl`, `Łódź` → `lodz`, `Йошкар` → `иошкар` (й is и with a mark), `Straße` → `strasse`. */
export function foldAccents(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  const bare = s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return /[łøđħıßæœþ]/.test(bare) ? bare.replace(/[łøđħıßæœþ]/g, (c) => EXTRA[c] ?? c) : bare;
}
