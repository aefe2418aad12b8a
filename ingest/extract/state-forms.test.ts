import { describe, expect, it } from 'vitest';
import { extractPage } from './extract.js';
import { newContext } from './types.js';

// Invented sentences; the countries are real names the gazetteer holds.
const places = (text: string) =>
  extractPage(text, newContext())
    .filter((f) => f.type === 'place')
    .map((f) => `${f.text} = ${f.normalized}`);

describe("a country's state form before its name", () => {
  it('is part of the place, whose name stays the country', () => {
    expect(places('They beat the Republic of Ireland 2-0 on Sunday.')).toEqual([
      'Republic of Ireland = Ireland',
    ]);
    expect(places('Il vit en République de Guinée depuis mai.')).toEqual([
      'République de Guinée = Guinea',
    ]);
    expect(places('Er lebt seit Mai in der Republik Kroatien.')).toEqual([
      'Republik Kroatien = Croatia',
    ]);
  });
});

describe("a state's form opening a sentence", () => {
  it('leaves the article out of the place', () => {
    expect(places('The Kingdom of Norway signed the treaty.')).toEqual([
      'Kingdom of Norway = Norway',
    ]);
    expect(places('La République du Mali a voté contre.')).toEqual(['République du Mali = Mali']);
    expect(places('The Republic of Angola objected.')).toEqual(['Republic of Angola = Angola']);
  });
});

describe("a country's long name in the documents' languages", () => {
  it('is the country in Russian, Ukrainian, Polish and German, in its case forms', () => {
    const text =
      'Жители Соединённого Королевства вышли на улицы. Він переїхав до Сполученого Королівства. ' +
      'Przyjechał ze Zjednoczonego Królestwa. Er kam aus dem Vereinigten Königreich.';
    expect(
      extractPage(text, newContext())
        .filter((f) => f.type === 'place')
        .map((f) => f.normalized),
    ).toEqual(['United Kingdom', 'United Kingdom', 'United Kingdom', 'United Kingdom']);
  });
});
