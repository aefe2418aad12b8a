import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in French and Dutch', () => {
  it('matches French exonyms and country names', () => {
    expect(names('Il a quitté Tachkent pour Antalya, puis la Syrie et la Turquie.')).toEqual([
      'Tashkent',
      'Antalya',
      'Syria',
      'Turkey',
    ]);
    expect(names('arrêté en Moldavie, né en Ouzbékistan, passé par Lvov')).toEqual([
      'Moldova',
      'Uzbekistan',
      'Lviv',
    ]);
  });

  it('matches Dutch exonyms and country names', () => {
    expect(
      names('Hij vloog van Tasjkent naar Moskou en reisde door Wit-Rusland naar Polen.'),
    ).toEqual(['Tashkent', 'Moscow', 'Belarus', 'Poland']);
    expect(names('geboren in Oezbekistan, woonde in Roemenië')).toEqual(['Uzbekistan', 'Romania']);
  });

  it('leaves ordinary words alone', () => {
    expect(names('Le tribunal a rendu sa décision. De rechtbank heeft besloten.')).toEqual([]);
  });
});
