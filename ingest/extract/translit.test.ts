import { describe, expect, it } from 'vitest';
import { transliterate, transliterateInitial } from './translit.js';

describe('transliterate', () => {
  it('handles Russian and the Tajik letters ғ ӣ қ ӯ ҳ ҷ', () => {
    expect(['Назарова', 'Холматов', 'Раджабов', 'Иброҳимов', 'Ҷамшед', 'Ғафуров', 'Қурбонов', 'Раҳмонӣ', 'Ӯрунов'].map((w) => transliterate(w))).toEqual([
      'Nazarova', 'Kholmatov', 'Rajabov', 'Ibrohimov', 'Jamshed', 'Ghafurov', 'Qurbonov', 'Rahmoni', 'Urunov',
    ]);
  });
  it('keeps the case pattern and romanizes Ukrainian by Ukrainian rules', () => {
    expect(transliterate('НАЗАРОВА')).toBe('NAZAROVA');
    expect(transliterate('Мельник', { ukrainian: true })).toBe('Melnyk');
    expect(transliterate('Ольга', { ukrainian: true })).toBe('Olha');
    expect(transliterateInitial('Ш')).toBe('Sh');
  });
});
