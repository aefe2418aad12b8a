import { describe, expect, it } from 'vitest';
import { findPlaces } from '../places.js';

const names = (text: string) => findPlaces(text).map((p) => p.normalized);

describe('places in Russian', () => {
  it('matches case forms of cities and countries', () => {
    expect(names('вылетела из г. Душанбе в г. Стамбул (Турецкая Республика)')).toEqual(['Dushanbe', 'Istanbul', 'Turkey']);
    expect(names('проживая в г. Москве Российской Федерации')).toEqual(['Moscow', 'Russia']);
    expect(names('из Стамбула в Киеве, затем в Харькове, Украины')).toEqual(['Istanbul', 'Kyiv', 'Kharkiv', 'Ukraine']);
    expect(names('выезд в Турцию, на территории Сирии')).toEqual(['Turkey', 'Syria']);
  });

  it('reads long forms of countries and regions written as adjectives', () => {
    expect(names('прибыла в г. Ракка Сирийской Арабской Республики')).toEqual(['Raqqa', 'Syria']);
    expect(names('гражданка Республики Таджикистан')).toEqual(['Tajikistan']);
    expect(names('уроженец г. Худжанд Согдийской области')).toEqual(['Khujand', 'Sughd']);
    expect(names('в Харьковской области')).toEqual(['Kharkiv Oblast']);
  });

  it('keeps the exact surface text and offsets', () => {
    const text = 'Обвиняемая выехала в Турцию.';
    const [p] = findPlaces(text);
    expect(p).toMatchObject({ type: 'place', text: 'Турцию', normalized: 'Turkey' });
    expect(text.slice(p?.start, p?.end)).toBe('Турцию');
  });

  it('finds towns after a settlement marker through GeoNames', () => {
    expect(names('проживал в г. Подольске, затем в г. Люберцах')).toEqual(['Podolsk', 'Lyubertsy']);
  });

  it('reads OCR slips in long names and words hyphenated across lines', () => {
    expect(names('говорит что я летала из Рушанбе')).toEqual(['Dushanbe']);
    const [p] = findPlaces('гражданка Республики Таджи-\nкистан');
    expect(p).toMatchObject({ text: 'Республики Таджи-\nкистан', normalized: 'Tajikistan' });
  });

  it('leaves people, streets, years and adjectives alone', () => {
    expect(names('Назарова Фарангис, Каримов Б. Д., Ибрагимов Ш. А.')).toEqual([]);
    expect(names('по адресу: ул. Бухоро, д. 45; ул. Люблинская')).toEqual([]);
    expect(names('«14» сентября 2018 г.\nОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ')).toEqual([]);
    expect(names('Таджикский национальный университет, Хельсинкский фонд, московский суд')).toEqual([]);
    expect(names('связь с Назаровым Р. Х.')).toEqual([]);
  });

  it('reads upper-case stamps', () => {
    expect(names('РОССИЯ 0271\nМОСКВА ДОМОДЕДОВО')).toEqual(['Russia', 'Moscow', 'Moscow Domodedovo Airport']);
  });
});
