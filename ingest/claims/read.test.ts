import { describe, expect, it } from 'vitest';
import { extractDocumentPages } from '../extract/stage.js';
import { readClaims } from './read.js';

function claimsOf(text: string) {
  const pages = [{ page: 1, text, words: null }];
  const entities = extractDocumentPages(pages).map((e, i) => ({ ...e, id: i + 1, attributes: e.attributes ?? null }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  return readClaims(pages, entities).map((c) => ({ who: c.personIds.map((i) => byId.get(i)?.normalized), place: c.place, from: c.from, to: c.to, stance: c.stance }));
}

describe('readClaims', () => {
  it('reads an accusation: the destination of the flight, alleged', () => {
    expect(claimsOf('ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nДействуя умышленно, 23 марта 2018 года Назарова Ф. Р. вылетела из г. Душанбе в г. Стамбул.')).toEqual([
      { who: ['F. R. Nazarova'], place: 'Istanbul', from: '2018-03-23', to: '2018-03-23', stance: 'alleged' },
    ]);
  });

  it('reads a date range and a stay from a record, documented', () => {
    expect(claimsOf('ДОВІДКА\nУ період з 17 січня 2018 р. по 6 травня 2019 р. громадянка Назарова Фарангис Рустамівна перебувала на території України.')).toEqual([
      { who: ['Farangis Nazarova'], place: 'Ukraine', from: '2018-01-17', to: '2019-05-06', stance: 'documented' },
    ]);
  });

  it('reads first-person testimony for the letter\'s author, and skips what others are said to claim', () => {
    const letter = 'Здравствуйте!\nМеня зовут Назарова Фарангис, я гражданка Таджикистана.\nТаджикистан говорит что я 23 марта 2018 летала в Стамбул.\nЯ жила в Харькове с января 2018 года.';
    expect(claimsOf(letter)).toEqual([{ who: ['Farangis Nazarova'], place: 'Kharkiv', from: '2018-01', to: null, stance: 'testimony' }]);
  });

  it('reads nothing from a news report, which points to sources rather than being one', () => {
    expect(claimsOf('Eurasia Rights Monitor\nBy Paul Hendricks · September 9, 2019\nFarangis Nazarova flew to Istanbul on March 23, 2018.')).toEqual([]);
  });

  it('resolves "she" and "the wanted person" to the person the notice is about', () => {
    const notice = 'INTERPOL — RED NOTICE\nPresent family name NAZAROVA\nForename FARANGIS\nSummary of facts: On 23 MAR 18 the wanted person travelled by air from DUSHANBE to ISTANBUL. In April 2018 she illegally travelled to the Syrian Arab Republic.';
    expect(claimsOf(notice).map((c) => [c.who[0], c.place, c.from])).toEqual([
      ['Farangis Nazarova', 'Istanbul', '2018-03-23'],
      ['Farangis Nazarova', 'Syria', '2018-04'],
    ]);
  });

  it('places the subject of a marriage, not the partner named after "with"; a certificate places both parties', () => {
    const ruling = 'POSTANOWIENIE\nSąd ustalił, że Farangis Nazarowa przebywała na Ukrainie. Ponadto w dniu 10 lutego 2018 r. zawarła ona w Charkowie związek małżeński z Szerzodem Ibrochimowem.';
    expect(claimsOf(ruling).filter((c) => c.place === 'Kharkiv').map((c) => c.who)).toEqual([['Farangis Nazarova']]);
    const certificate = 'ШАҲОДАТНОМАИ НИКОҲ\nИброхимов Шерзод Алиевич ва Назарова Фарангис Рустамовна 10 февраля 2018 года в г. Харькове заключили никах.';
    expect(claimsOf(certificate).map((c) => c.who)).toEqual([['Sherzod Ibrokhimov', 'Farangis Nazarova']]);
  });

  it('keeps an entry stamp to its own day: what follows from it is for the contradictions to reason', () => {
    const stamps = 'ШИНОСНОМА / PASSPORT\nНасаб / Surname\nНАЗАРОВА / NAZAROVA\nHom / Given names\nФАРАНГИС / FARANGIS\nУКРАЇНА 0347\nГОПТІВКА\n17.01.18\nВ\'ЇЗД\nУКРАЇНА 1209\nШЕГИНІ\n06.05.19\nВИЇЗД';
    expect(claimsOf(stamps).map((c) => [c.place, c.from, c.to])).toEqual([
      ['Hoptivka', '2018-01-17', '2018-01-17'],
      ['Shehyni', '2019-05-06', '2019-05-06'],
    ]);
  });
});
