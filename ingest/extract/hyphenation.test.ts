// Words hyphenated at a line end are extracted whole, with offsets into the page text as stored.
import { describe, expect, it } from 'vitest';
import { extractDocumentPages } from './document.js';

const found = (text: string, type: string) =>
  extractDocumentPages([{ page: 1, text, words: null }])
    .filter((e) => e.type === type)
    .map((e) => {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      return [e.text, e.normalized];
    });

// Invented people and sentences.
describe('extraction across line-end hyphenation', () => {
  it('dates whose month name is split by the line end, in several languages', () => {
    expect(found('Задержан 5 сен-\nтября 2019 года в аэропорту.', 'date')).toEqual([
      ['5 сен-\nтября 2019 года', '2019-09-05'],
    ]);
    expect(found('He was heard on 14 Decem-\nber 2020 in the morning.', 'date')).toEqual([
      ['14 Decem-\nber 2020', '2020-12-14'],
    ]);
    expect(found('Postanowienie z dnia 12 paździer-\nnika 2017 r. w sprawie', 'date')).toEqual([
      ['12 paździer-\nnika 2017 r.', '2017-10-12'],
    ]);
  });

  it('a person whose name is split by the line end, or whose double surname has its hyphen there', () => {
    expect(found('Допрошен гражданин Ша-\nрипов Фаррух Каримович.', 'person')).toEqual([
      ['Ша-\nрипов Фаррух Каримович', 'Farrukh Sharipov'],
    ]);
    expect(found('Przewodnicząca: sędzia Beata Kowalczyk-\nZawada, protokolant', 'person')).toEqual(
      [['Beata Kowalczyk-\nZawada', 'Beata Kowalczyk-Zawada']],
    );
  });

  it('a place split by the line end, and a compound place name whose hyphen falls there', () => {
    expect(found('прибыл в г. Истаравш-\nан 5 мая', 'place').map(([, n]) => n)).toEqual([
      'Istaravshan',
    ]);
    expect(
      found('проживає у м. Івано-\nФранківськ, вул. Лісова', 'place').map(([, n]) => n),
    ).toEqual(['Ivano-Frankivsk']);
  });
});
