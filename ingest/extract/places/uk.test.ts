import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in Ukrainian', () => {
  it('matches cities and their case forms', () => {
    expect(names('вул. Володимирська, 26, м. Київ')).toEqual(['Kyiv']);
    expect(names('у Києві та в Харкові, до Львова')).toEqual(['Kyiv', 'Kharkiv', 'Lviv']);
  });

  it('matches countries in their case forms', () => {
    expect(names("в'їзд з Росії, виїзд до Польщі, територія України")).toEqual(['Russia', 'Poland', 'Ukraine']);
    expect(names('громадянка Республіки Таджикистан')).toEqual(['Tajikistan']);
  });

  it('reads oblasts written as adjectives, abbreviated or not', () => {
    const found = findPlaces('«Гоптівка» (Харківська обл.) та «Шегині» (Львівська обл.), у Харківській області');
    expect(found.map((p) => p.normalized)).toEqual(['Hoptivka', 'Kharkiv Oblast', 'Shehyni', 'Lviv Oblast', 'Kharkiv Oblast']);
    expect(found[1]?.text).toBe('Харківська обл.');
  });

  it('reads OCR look-alikes in stamps', () => {
    expect(names('YKPAIHA 1209\nШЕГИН!\n06.05.19')).toEqual(['Ukraine', 'Shehyni']);
  });

  it('does not take adjectives of places for places', () => {
    expect(names('вул. Сумська, 10; Державна прикордонна служба; київський суд')).toEqual([]);
  });
});
