import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in Ukrainian', () => {
  it('matches cities and their case forms', () => {
    expect(names('вул. Садова, 14, м. Вінниця')).toEqual(['Vinnytsia']);
    expect(names('у Житомирі та в Полтаві, до Тернополя')).toEqual([
      'Zhytomyr',
      'Poltava',
      'Ternopil',
    ]);
  });

  it('finds a large town after "в" in the locative through GeoNames', () => {
    expect(names('Він працював в Мелітополі, потім в Бердянську.')).toEqual([
      'Melitopol',
      'Berdyansk',
    ]);
  });

  it('matches countries in their case forms', () => {
    expect(names("в'їзд з Молдови, виїзд до Угорщини, територія України")).toEqual([
      'Moldova',
      'Hungary',
      'Ukraine',
    ]);
    expect(names('громадянин Республіки Узбекистан')).toEqual(['Uzbekistan']);
  });

  it('reads oblasts written as adjectives, abbreviated or not', () => {
    const found = findPlaces(
      '«Ягодин» (Волинська обл.) та «Краковець» (Львівська обл.), у Волинській області',
    );
    expect(found.map((p) => p.normalized)).toEqual([
      'Yahodyn',
      'Volyn Oblast',
      'Krakovets',
      'Lviv Oblast',
      'Volyn Oblast',
    ]);
    expect(found[1]?.text).toBe('Волинська обл.');
  });

  it('reads OCR look-alikes in stamps', () => {
    expect(names('YKPAIHA 0512\nЧЕРНІВЦ!\n02.03.19')).toEqual(['Ukraine', 'Chernivtsi']);
    expect(names('YKPAIHA 0512\nЯГOДИH\n02.03.19')).toEqual(['Ukraine', 'Yahodyn']);
  });

  it('does not take adjectives of places for places', () => {
    expect(names('вул. Полтавська, 3; Державна міграційна служба; львівський суд')).toEqual([]);
  });
});
