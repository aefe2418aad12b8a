import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in Tajik', () => {
  it('matches Tajik names of cities and countries', () => {
    expect(names('зодаи ш. Кӯлоб, сокини ш. Ваҳдат')).toEqual(['Kulob', 'Vahdat']);
    expect(names('аввал ба Эрон рафта, сипас ба Афғонистон гузаштааст')).toEqual([
      'Iran',
      'Afghanistan',
    ]);
    expect(names('ш. Панҷакент, Тоҷикистон')).toEqual(['Panjakent', 'Tajikistan']);
  });

  it('reads passport pages in both scripts', () => {
    expect(names('ҶУМҲУРИИ ТОҶИКИСТОН / REPUBLIC OF TAJIKISTAN')).toEqual([
      'Tajikistan',
      'Tajikistan',
    ]);
    expect(names('Ҷои таваллуд / Place of birth\nПАНҶАКЕНТ / PANJAKENT')).toEqual([
      'Panjakent',
      'Panjakent',
    ]);
  });

  it('leaves Tajik person names alone', () => {
    expect(names('РАСУЛОВА ГУЗАЛ ТОХИРҚИЗИ; Муҳиддинов Зафар; Ҷӯраев Ҳусейн')).toEqual([]);
  });
});
