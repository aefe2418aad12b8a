import { describe, expect, it } from 'vitest';
import { findPassports, mrzDate, parseMrz } from './passports.js';
import { newContext } from './types.js';

const MRZ = ['P<TJKNAZAROVA<<FARANGIS<<<<<<<<<<<<<<<<<<<<<', '4012345676TJK9106145F2707196<<<<<<<<<<<<<<<6'];

describe('findPassports', () => {
  it('parses a TD3 machine-readable zone into the passport, its holder and dates', () => {
    const found = findPassports(`Passport\n${MRZ.join('\n')}\n`, newContext());
    expect(found.map((f) => [f.type, f.normalized])).toEqual([
      ['passport', 'TJK:401234567'],
      ['person', 'Farangis Nazarova'],
      ['date', '1991-06-14'],
      ['date', '2027-07-19'],
    ]);
  });

  it('repairs an OCR confusion the check digits expose, and rejects what they cannot explain', () => {
    expect(parseMrz([MRZ[0]!, MRZ[1]!.replace('4012345676', '4O12345676')])?.documentNumber).toBe('401234567');
    expect(parseMrz([MRZ[0]!, MRZ[1]!.replace('4012345676', '4019345676')])).toBeUndefined();
  });

  it('reads passport numbers in running text, the issuer from the citizenship around them', () => {
    const ru = findPassports('гражданка Республики Таджикистан, паспорт № 401234567, перетинала', newContext());
    expect(ru.map((f) => f.normalized)).toEqual(['TJK:401234567']);
    const pl = findPassports('obywatelka Republiki Tadżykistanu. Z paszportu wnioskowanej (nr 401234567) wynika', newContext());
    expect(pl.map((f) => f.normalized)).toEqual(['TJK:401234567']);
    const en = findPassports('Identity documents Passport TJK No. 401234567, issued 20 JUL 17', newContext());
    expect(en.map((f) => f.normalized)).toEqual(['TJK:401234567']);
    const abbr = findPassports('паспорт гражданина РТ № 400876543, выдан', newContext());
    expect(abbr.map((f) => f.normalized)).toEqual(['TJK:400876543']);
    const two = findPassports('Шиноснома / Паспорт 400876543 401234567', Object.assign(newContext(), { citizenship: 'TJK' }));
    expect(two.map((f) => f.normalized)).toEqual(['TJK:400876543', 'TJK:401234567']);
  });

  it('turns MRZ dates into ISO dates with the right century', () => {
    expect(mrzDate('910614', 'birth', new Date('2026-01-01'))).toBe('1991-06-14');
    expect(mrzDate('270719', 'expiry', new Date('2026-01-01'))).toBe('2027-07-19');
    expect(mrzDate('910231', 'birth')).toBeUndefined();
  });
});
