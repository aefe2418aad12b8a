import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in French and Dutch', () => {
  it('matches French exonyms and country names', () => {
    expect(names('Elle a quitté Douchanbé pour Istanbul, puis la Syrie et la Turquie.')).toEqual(['Dushanbe', 'Istanbul', 'Syria', 'Turkey']);
    expect(names('arrêtée en Pologne, née au Tadjikistan, passée par Kharkov')).toEqual(['Poland', 'Tajikistan', 'Kharkiv']);
  });

  it('matches Dutch exonyms and country names', () => {
    expect(names('Zij vloog van Doesjanbe naar Istanboel en reisde door Oekraïne naar Polen.')).toEqual([
      'Dushanbe',
      'Istanbul',
      'Ukraine',
      'Poland',
    ]);
    expect(names('geboren in Tadzjikistan, woonde in Rusland')).toEqual(['Tajikistan', 'Russia']);
  });

  it('leaves ordinary words alone', () => {
    expect(names('Le tribunal a rendu sa décision. De rechtbank heeft besloten.')).toEqual([]);
  });
});
