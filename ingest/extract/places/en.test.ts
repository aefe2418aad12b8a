import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in English', () => {
  it('matches cities and countries under their common English names', () => {
    expect(names('She flew from Kulob to Antalya and crossed into Syria.')).toEqual([
      'Kulob',
      'Antalya',
      'Syria',
    ]);
    expect(
      names('the Russian Federation, the Republic of Tajikistan, the Syrian Arab Republic'),
    ).toEqual(['Russia', 'Tajikistan', 'Syria']);
    expect(names('entered Ukraine from Belarus; left for Poland through Dorohusk')).toEqual([
      'Ukraine',
      'Belarus',
      'Poland',
      'Dorohusk',
    ]);
  });

  it('reads upper-case passports and notices', () => {
    expect(names('Place of birth DANGHARA, TAJIKISTAN\nfrom KULOB to ANTALYA (TURKEY)')).toEqual([
      'Danghara',
      'Tajikistan',
      'Kulob',
      'Antalya',
      'Turkey',
    ]);
  });

  it('takes GeoNames towns where the context says place', () => {
    expect(names('He was born in Adrasmon, Tajikistan, and studied in Sheffield.')).toEqual([
      'Adrasmon',
      'Tajikistan',
      'Sheffield',
    ]);
    expect(names('the hearing in Leicester')).toEqual(['Leicester']);
  });

  it('does not take ordinary words or people for towns', () => {
    expect(
      names(
        'Date of birth. Sex F. Police came. The Court of Appeal. Mobile phone. Split decision.',
      ),
    ).toEqual([]);
    expect(names('By Graham Whitcombe. Interviewer Ewa Sobczak. The witness Taylor said.')).toEqual(
      [],
    );
    expect(names('Guzal Rasulova and Tokhir Rasulov met Tursunov and Azimzoda.')).toEqual([]);
    expect(
      names('The Iraqi and Israeli officials; a Haskell like syntax; Chad Granum wrote.'),
    ).toEqual([]);
  });

  it('lets the longest name win', () => {
    expect(names('the Moscow Sheremetyevo Airport')).toEqual([
      'Moscow',
      'Moscow Sheremetyevo Airport',
    ]);
    expect(names('in Lviv region')).toEqual(['Lviv Oblast']);
  });
});
