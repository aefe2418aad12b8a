// Invented town names only.
import { describe, expect, it } from 'vitest';
import { latinReadings, phoneticKey } from './romanize.js';

describe('latinReadings', () => {
  it('reads a folded word letter by letter with the name table, г both as g and as h', () => {
    expect(latinReadings('брешковск')).toEqual(['breshkovsk']);
    expect(latinReadings('гаврунеж')).toEqual(['gavrunezh', 'havrunezh']);
    expect(latinReadings('x-гора')).toEqual(['x-gora', 'x-hora']);
    expect(latinReadings('щербынь')).toEqual(['shcherbyn']);
    expect(latinReadings('подъярск')).toEqual(['podyarsk']);
    expect(latinReadings('ізюмів')).toEqual(['izyumiv']);
  });

  it('reads the Tajik letters ҳ ҷ ғ қ', () => {
    expect(latinReadings('ҷаҳонобод')).toEqual(['jahonobod']);
    expect(latinReadings('ғозиқалъа')).toEqual(['ghoziqala']);
  });

  it('leaves letters a folded word cannot hold (ё й ӯ) as they are', () => {
    expect(latinReadings('ёлкий')).toEqual(['ёlkiй']);
    expect(latinReadings('қӯрғонча')).toEqual(['qӯrghoncha']);
  });

  it('gives transliterations of one name one key', () => {
    expect(phoneticKey(latinReadings('щербынь')[0]!)).toBe(phoneticKey('Shcherbin'));
    expect(phoneticKey(latinReadings('гаврунеж')[0]!)).toBe(phoneticKey('Gavrunezh'));
  });
});
