import { describe, expect, it } from 'vitest';
import { findPassports, mrzDate, parseMrz } from './passports.js';
import { newContext } from './types.js';

// An invented holder and passport (check digits computed by ICAO 9303): no evaluation corpus has them.
const MRZ = [
  'P<TJKRASULOVA<<GUZAL<<<<<<<<<<<<<<<<<<<<<<<<',
  '4073152983TJK9402032F2911250<<<<<<<<<<<<<<<6',
];

describe('findPassports', () => {
  it('parses a TD3 machine-readable zone into the passport, its holder and dates', () => {
    const found = findPassports(`Passport\n${MRZ.join('\n')}\n`, newContext());
    expect(found.map((f) => [f.type, f.normalized])).toEqual([
      ['passport', 'TJK:407315298'],
      ['person', 'Guzal Rasulova'],
      ['date', '1994-02-03'],
      ['date', '2029-11-25'],
    ]);
  });

  it('repairs an OCR confusion the check digits expose, and rejects what they cannot explain', () => {
    expect(parseMrz([MRZ[0]!, MRZ[1]!.replace('4073152983', '4O73152983')])?.documentNumber).toBe(
      '407315298',
    );
    expect(parseMrz([MRZ[0]!, MRZ[1]!.replace('4073152983', '4093152983')])).toBeUndefined();
  });

  it('reads passport numbers in running text, the issuer from the citizenship around them', () => {
    const ru = findPassports(
      'уроженка и гражданка Республики Таджикистан, предъявила паспорт № 407315298 при въезде',
      newContext(),
    );
    expect(ru.map((f) => f.normalized)).toEqual(['TJK:407315298']);
    const pl = findPassports(
      'cudzoziemka, obywatelka Republiki Tadżykistanu, okazała paszport (nr 407315298) funkcjonariuszom',
      newContext(),
    );
    expect(pl.map((f) => f.normalized)).toEqual(['TJK:407315298']);
    const en = findPassports(
      'Travel document: Passport TJK No. 407315298, valid until 25 NOV 29',
      newContext(),
    );
    expect(en.map((f) => f.normalized)).toEqual(['TJK:407315298']);
    const abbr = findPassports(
      'предъявив паспорт гражданина РТ № 402260814, который',
      newContext(),
    );
    expect(abbr.map((f) => f.normalized)).toEqual(['TJK:402260814']);
    const two = findPassports(
      'Шиноснома / Паспорт 402260814 407315298',
      Object.assign(newContext(), { citizenship: 'TJK' }),
    );
    expect(two.map((f) => f.normalized)).toEqual(['TJK:402260814', 'TJK:407315298']);
  });

  it('turns MRZ dates into ISO dates with the right century', () => {
    expect(mrzDate('940203', 'birth', new Date('2026-01-01'))).toBe('1994-02-03');
    expect(mrzDate('291125', 'expiry', new Date('2026-01-01'))).toBe('2029-11-25');
    expect(mrzDate('940230', 'birth')).toBeUndefined();
  });
});
