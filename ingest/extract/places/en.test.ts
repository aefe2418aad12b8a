import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in English', () => {
  it('matches cities and countries under their common English names', () => {
    expect(names('She flew from Dushanbe to Istanbul and crossed into Syria.')).toEqual(['Dushanbe', 'Istanbul', 'Syria']);
    expect(names('the Syrian Arab Republic, the Russian Federation, the Republic of Tajikistan')).toEqual(['Syria', 'Russia', 'Tajikistan']);
    expect(names('entered Ukraine from Russia; crossed into Poland at Medyka')).toEqual(['Ukraine', 'Russia', 'Poland', 'Medyka']);
  });

  it('reads upper-case passports and notices', () => {
    expect(names('Place of birth NUREK, TAJIKISTAN\nfrom DUSHANBE to ISTANBUL (TURKEY)')).toEqual(['Nurek', 'Tajikistan', 'Dushanbe', 'Istanbul', 'Turkey']);
  });

  it('takes GeoNames towns where the context says place', () => {
    expect(names('He was born in Vorukh, Tajikistan, and studied in Leeds.')).toEqual(['Vorukh', 'Tajikistan', 'Leeds']);
    expect(names('the hearing in Manchester')).toEqual(['Manchester']);
  });

  it('does not take ordinary words or people for towns', () => {
    expect(names('Date of birth. Sex F. Police came. The Court of Appeal. Mobile phone. Split decision.')).toEqual([]);
    expect(names('By Paul Hendricks. Interviewer Marta Zielinska. The witness Taylor said.')).toEqual([]);
    expect(names('Farangis Nazarova and Rustam Nazarov met Karimov and Rakhmonzoda.')).toEqual([]);
    expect(names('The Iraqi and Israeli officials; a Haskell like syntax; Chad Granum wrote.')).toEqual([]);
  });

  it('lets the longest name win', () => {
    expect(names('the Moscow Domodedovo Airport')).toEqual(['Moscow', 'Moscow Domodedovo Airport']);
    expect(names('in Kharkiv region')).toEqual(['Kharkiv Oblast']);
  });
});
