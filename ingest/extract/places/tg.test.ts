import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in Tajik', () => {
  it('matches Tajik names of cities and countries', () => {
    expect(names('зодаи ш. Норак, сокини ш. Душанбе')).toEqual(['Nurek', 'Dushanbe']);
    expect(names('ба Туркия рафта, баъдан ба Сурия гузаштааст')).toEqual(['Turkey', 'Syria']);
    expect(names('ш. Хуҷанд, Тоҷикистон')).toEqual(['Khujand', 'Tajikistan']);
  });

  it('reads passport pages in both scripts', () => {
    expect(names('ҶУМҲУРИИ ТОҶИКИСТОН / REPUBLIC OF TAJIKISTAN')).toEqual(['Tajikistan', 'Tajikistan']);
    expect(names('Ҷои таваллуд / Place of birth\nХУҶАНД / KHUJAND')).toEqual(['Khujand', 'Khujand']);
  });

  it('leaves Tajik person names alone', () => {
    expect(names('НАЗАРОВА ФАРАНГИС РУСТАМҚИЗИ; Иброҳимов Шерзод; Сатторов Ҷамшед')).toEqual([]);
  });
});
