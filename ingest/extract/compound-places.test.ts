// A place name that only modifies another word (Boston-based) is no mention of the place.
import { describe, expect, it } from 'vitest';
import { extractDocumentPages } from './document.js';

const places = (text: string) =>
  extractDocumentPages([{ page: 1, text, words: null }])
    .filter((e) => e.type === 'place')
    .map((e) => e.text);

// Invented sentences.
describe('places in compound modifiers', () => {
  it('a place before -based, -bound and the like is no place mention (en, de, pl, fr)', () => {
    expect(places('The Berlin-based lender said on Monday it would cut jobs.')).toEqual([]);
    expect(places('An Oslo-bound flight was diverted to Bergen.')).toEqual(['Bergen']);
    expect(places('Die Hamburg-basierte Reederei meldete Verluste.')).toEqual([]);
    expect(places('Spółka Kraków-centryczna ogłosiła wyniki w Gdańsku.')).toEqual(['Gdańsku']);
    expect(places('Le groupe Lyon-centré a ouvert un bureau à Marseille.')).toEqual(['Marseille']);
  });

  it('a place named by hyphenated parts, and a place before other words, stays (ru, uk, en)', () => {
    expect(places('Он приехал в Ростов-на-Дону вечером.')).toEqual(['Ростов-на-Дону']);
    expect(places('Вона переїхала до Львова минулого року.')).toEqual(['Львова']);
    expect(places('He moved to Boston - based on the records - in May.')).toEqual(['Boston']);
  });

  it('a place before a hyphen and a noun (a checkpoint, an airport, a station) stays (uk, ru, en, pl)', () => {
    expect(places('12.03.2021 «Львів-аеропорт», рейс до Варшави виїзд')).toEqual(
      expect.arrayContaining(['Львів']),
    );
    expect(places('Пункт пропуска «Самара-вокзал» закрыт.')).toEqual(['Самара']);
    expect(places('He left through the Lviv-airport checkpoint.')).toEqual(['Lviv']);
    expect(places('Odprawa w punkcie Rzeszów-lotnisko trwała godzinę.')).toEqual(['Rzeszów']);
  });
});
