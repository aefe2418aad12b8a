import { describe, expect, it } from 'vitest';
import { latinize, nameKey } from './keys.js';

describe('search keys', () => {
  it('brings the spellings of one name to one key', () => {
    const variants = ['Иброхимова', 'Ibrohimova', 'Ibragimova', 'Ibrochimowa', 'Иброхимовой'];
    expect(new Set(variants.map(nameKey))).toEqual(new Set(['ibrhmv']));
    // Tajik ҳ, Russian х or г, kh, Polish ch, and case endings in three scripts.
    const rahimova = [
      'Раҳимова',
      'Рахимова',
      'Рагимова',
      'Rahimova',
      'Rakhimova',
      'Ragimova',
      'Rachimowa',
      'Rachimowej',
      'Рахимовой',
      'Рагимовым',
    ];
    expect(new Set(rahimova.map(nameKey))).toEqual(new Set(['rhmv']));
    expect(new Set(['Душанбе', 'Dushanbe', 'Duszanbe'].map(nameKey))).toEqual(new Set(['dshnb']));
    expect(
      new Set(['Тоҳирзода', 'Тохирзода', 'Tohirzoda', 'Tokhirzoda', 'Tochirzoda'].map(nameKey))
        .size,
    ).toBe(1);
    expect(new Set(['Турсунова', 'Турсуновой', 'Tursunowej', 'TURSUNOVA'].map(nameKey))).toEqual(
      new Set(['trsnv']),
    );
  });

  it('keeps different names apart', () => {
    expect(nameKey('Tursunova')).not.toBe(nameKey('Sharipov'));
    expect(nameKey('Kyiv')).toBeUndefined();
  });

  it('latinizes Cyrillic and drops diacritics', () => {
    expect(latinize('Турсунова в Łańcucie')).toBe('tursunova v lancucie');
  });
});
