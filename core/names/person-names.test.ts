import { describe, expect, it } from 'vitest';
import { familyForm, parseName } from './person-names.js';

// Invented family names.
describe('familyForm', () => {
  it('gives the other gender form of Slavic and Central Asian family names', () => {
    expect(familyForm('Bekmurodov', 'f')).toBe('Bekmurodova');
    expect(familyForm('Bekmurodova', 'm')).toBe('Bekmurodov');
    expect(familyForm('Wróblewska', 'm', 'pl')).toBe('Wróblewski');
    expect(familyForm('Wróblewski', 'f', 'pl')).toBe('Wróblewska');
    expect(familyForm('Zhyvotovska', 'm', 'uk')).toBe('Zhyvotovskyi');
    expect(familyForm('Zhyvotovskyi', 'f', 'uk')).toBe('Zhyvotovska');
    expect(familyForm('Belopolskaya', 'm', 'ru')).toBe('Belopolskiy');
    expect(familyForm('Belopolskiy', 'f', 'ru')).toBe('Belopolskaya');
  });

  it('keeps a family name with one form for both, or already in that gender', () => {
    expect(familyForm('Qurbonzoda', 'f')).toBe('Qurbonzoda');
    expect(familyForm('Stetsiuk', 'f', 'uk')).toBe('Stetsiuk');
    expect(familyForm('Benali', 'm', 'fr')).toBe('Benali');
    expect(familyForm('Toshev', 'm', 'en')).toBe('Toshev');
  });

  it('the forms share the family key clustering compares', () => {
    for (const [a, b] of [
      ['Bekmurodov', 'Bekmurodova'],
      ['Wróblewski', 'Wróblewska'],
      ['Zhyvotovskyi', 'Zhyvotovska'],
    ])
      expect(parseName(`Anna ${a}`)?.familyKey).toBe(parseName(`Anna ${b}`)?.familyKey);
  });
});
