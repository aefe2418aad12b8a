import { describe, expect, it } from 'vitest';
import { transliterate, transliterateInitial } from './translit.js';

describe('transliterate', () => {
  it('handles Russian and the Tajik letters ғ ӣ қ ӯ ҳ ҷ', () => {
    expect(
      [
        'Расулова',
        'Хушвактов',
        'Джураев',
        'Муҳиддинов',
        'Ҷонибек',
        'Ғаниев',
        'Қаюмов',
        'Ҳакимӣ',
        'Ӯлмасов',
      ].map((w) => transliterate(w)),
    ).toEqual([
      'Rasulova',
      'Khushvaktov',
      'Juraev',
      'Muhiddinov',
      'Jonibek',
      'Ghaniev',
      'Qayumov',
      'Hakimi',
      'Ulmasov',
    ]);
  });
  it('keeps the case pattern and romanizes Ukrainian by Ukrainian rules', () => {
    expect(transliterate('РАСУЛОВА')).toBe('RASULOVA');
    expect(transliterate('Дмитрик', { ukrainian: true })).toBe('Dmytryk');
    expect(transliterate('Галина', { ukrainian: true })).toBe('Halyna');
    expect(transliterateInitial('Ш')).toBe('Sh');
    expect(transliterateInitial('Ю')).toBe('Yu');
  });
});
