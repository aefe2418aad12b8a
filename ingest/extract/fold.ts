// The one comparison form of words for the extractors: lower case, no diacritics (Unicode NFD, marks
// removed, and ł and ё, which NFD leaves alone, mapped too).
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l').replace(/ё/g, 'е');
}
