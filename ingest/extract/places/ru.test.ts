import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in Russian', () => {
  it('matches case forms of cities and countries', () => {
    expect(names('вылетел из г. Куляб в г. Анталья (Турецкая Республика)')).toEqual([
      'Kulob',
      'Antalya',
      'Turkey',
    ]);
    expect(names('работая в г. Казани Российской Федерации')).toEqual(['Kazan', 'Russia']);
    expect(names('из Анталии во Львове, затем в Полтаве, Украины')).toEqual([
      'Antalya',
      'Lviv',
      'Poltava',
      'Ukraine',
    ]);
    expect(names('въезд в Турцию, на территории Ирака')).toEqual(['Turkey', 'Iraq']);
  });

  it('reads long forms of countries and regions written as adjectives', () => {
    expect(names('прибыл в г. Идлиб Сирийской Арабской Республики')).toEqual(['Idlib', 'Syria']);
    expect(names('гражданин Республики Узбекистан')).toEqual(['Uzbekistan']);
    expect(names('уроженец г. Дангара Хатлонской области')).toEqual(['Danghara', 'Khatlon']);
    expect(names('в Полтавской области')).toEqual(['Poltava Oblast']);
  });

  it('keeps the exact surface text and offsets', () => {
    const text = 'Подозреваемый выехал в Турцию.';
    const [p] = findPlaces(text);
    expect(p).toMatchObject({ type: 'place', text: 'Турцию', normalized: 'Turkey' });
    expect(text.slice(p?.start, p?.end)).toBe('Турцию');
  });

  it('finds a large town after "в" in the locative through GeoNames, not a small one or a person', () => {
    expect(names('Соревнования прошли в Кызыле, а финал в Абакане.')).toEqual(['Kyzyl', 'Abakan']);
    expect(names('Он учился во Владимире.')).toEqual(['Vladimir']);
    // Under 50,000 people, or a family name in the locative, is no town without a marker.
    expect(names('разочаровался в Саидове окончательно')).toEqual([]);
  });

  it('finds towns after a settlement marker through GeoNames', () => {
    expect(names('проживал в г. Серпухове, затем в г. Мытищах')).toEqual([
      'Serpukhov',
      'Mytishchi',
    ]);
  });

  it('reads OCR slips in long names and words hyphenated across lines', () => {
    expect(names('утверждает что я ездила в Самаркавд')).toEqual(['Samarkand']);
    const [p] = findPlaces('гражданин Республики Узбе-\nкистан');
    expect(p).toMatchObject({ text: 'Республики Узбе-\nкистан', normalized: 'Uzbekistan' });
  });

  it('leaves people, streets, years and adjectives alone', () => {
    expect(names('Расулова Гузал, Турсунов Э. Р., Мухиддинов З. Б.')).toEqual([]);
    expect(names('по адресу: ул. Самарканд, д. 8; ул. Полтавская')).toEqual([]);
    expect(names('«22» февраля 2021 г.\nОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ')).toEqual([]);
    expect(names('Таджикский аграрный университет, Хельсинкский комитет, киевский суд')).toEqual(
      [],
    );
    expect(names('связь с Расуловым Т. К.')).toEqual([]);
  });

  it('reads upper-case stamps', () => {
    expect(names('РОССИЯ 0419\nМОСКВА ШЕРЕМЕТЬЕВО')).toEqual([
      'Russia',
      'Moscow',
      'Moscow Sheremetyevo Airport',
    ]);
  });
});

// Invented sentences: a capitalised ordinary word one letter from a country is not that country.
describe('places: OCR-tolerant matching needs the context of a place', () => {
  it('a word at a sentence start one letter from a long name is no place', () => {
    expect(names('Фракция одобрила закон.')).toEqual([]);
    expect(names('Фракция поддержала проект. Фракцию возглавил депутат.')).toEqual([]);
  });

  it('an OCR slip after a preposition of place, or in a line of capitals, still reads', () => {
    expect(names('утверждает что я ездила в Самаркавд')).toEqual(['Samarkand']);
    expect(names('ГРАЖДАНИН РЕСПУБЛИКИ ПАДЖИКИСТАН')).toEqual(['Tajikistan']);
  });
});

describe('places: OCR slips in long names and ordinary words', () => {
  it('one letter in a name of nine letters or more is a slip anywhere; a word the page writes in lower case is a word', () => {
    expect(names('Меня вышлют Кыргызсган, я боюсь.')).toEqual(['Kyrgyzstan']);
    expect(names('Фракция одобрила закон, и фракция распалась.')).toEqual([]);
  });
});
