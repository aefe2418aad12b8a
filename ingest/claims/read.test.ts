import { describe, expect, it } from 'vitest';
import { extractDocumentPages } from '../extract/stage.js';
import { readClaims } from './read.js';

function claimsOf(text: string) {
  const pages = [{ page: 1, text, words: null }];
  const entities = extractDocumentPages(pages).map((e, i) => ({ ...e, id: i + 1, attributes: e.attributes ?? null }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  return readClaims(pages, entities).map((c) => ({ who: c.personIds.map((i) => byId.get(i)?.normalized), place: c.place, from: c.from, to: c.to, stance: c.stance }));
}

// Every person and event here is invented: no evaluation corpus tells them.
describe('readClaims', () => {
  it('reads an accusation: the destination of the flight, alleged', () => {
    expect(claimsOf('ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nПреследуя корыстную цель, 4 октября 2019 года Расулова Г. Т. вылетела из г. Куляб в г. Анталья.')).toEqual([
      { who: ['G. T. Rasulova'], place: 'Antalya', from: '2019-10-04', to: '2019-10-04', stance: 'alleged' },
    ]);
  });

  it('reads a date range and a stay from a record, documented', () => {
    expect(claimsOf('ДОВІДКА\nУ період з 2 березня 2019 р. по 14 вересня 2020 р. громадянка Расулова Гулнора Тохирівна перебувала на території України.')).toEqual([
      { who: ['Gulnora Rasulova'], place: 'Ukraine', from: '2019-03-02', to: '2020-09-14', stance: 'documented' },
    ]);
  });

  it('reads first-person testimony for the letter\'s author, and skips what others are said to claim', () => {
    const letter = 'Добрый день!\nМеня зовут Расулова Гулнора, я родом из Таджикистана.\nСледователь утверждает, что я 4 октября 2019 летала в Анталью.\nЯ жила в Полтаве с марта 2019 года.';
    expect(claimsOf(letter)).toEqual([{ who: ['Gulnora Rasulova'], place: 'Poltava', from: '2019-03', to: null, stance: 'testimony' }]);
  });

  it('skips what others are said to claim when they are said to write it', () => {
    const letter = 'Добрый день!\nМеня зовут Расулова Гулнора, я родом из Таджикистана.\nСледователь пишет, что я 4 октября 2019 летала в Анталью.\nЯ жила в Полтаве с марта 2019 года.';
    expect(claimsOf(letter)).toEqual([{ who: ['Gulnora Rasulova'], place: 'Poltava', from: '2019-03', to: null, stance: 'testimony' }]);
  });

  it('reads nothing from a news report, which points to sources rather than being one', () => {
    expect(claimsOf('Steppe Justice Weekly\nBy Graham Whitcombe · February 3, 2021\nGulnora Rasulova flew to Antalya on October 4, 2019.')).toEqual([]);
  });

  it('resolves "she" and "the wanted person" to the person the notice is about', () => {
    const notice = 'INTERPOL — RED NOTICE\nPresent family name RASULOVA\nForename GULNORA\nSummary of facts: The wanted person is suspected of having travelled on 04 OCT 19 by air from KULOB to ANTALYA. During November 2019 she crossed illegally into the Syrian Arab Republic.';
    expect(claimsOf(notice).map((c) => [c.who[0], c.place, c.from])).toEqual([
      ['Gulnora Rasulova', 'Antalya', '2019-10-04'],
      ['Gulnora Rasulova', 'Syria', '2019-11'],
    ]);
  });

  it('places the subject of a marriage, not the partner named after "with"; a certificate places both parties', () => {
    const ruling = 'POSTANOWIENIE\nSąd ustalił, że Guzal Rasulowa przebywała na Ukrainie. Dnia 21 czerwca 2019 r. w Połtawie zawarła związek małżeński z Zafarem Muchiddinowem.';
    expect(claimsOf(ruling).filter((c) => c.place === 'Poltava').map((c) => c.who)).toEqual([['Guzal Rasulova']]);
    const certificate = 'ШАҲОДАТНОМАИ НИКОҲ\nМухиддинов Зафар Бахромович ва Расулова Гузал Тохировна 21 июня 2019 года в г. Полтаве заключили никах.';
    expect(claimsOf(certificate).map((c) => c.who)).toEqual([['Zafar Mukhiddinov', 'Guzal Rasulova']]);
  });

  it('keeps an entry stamp to its own day: what follows from it is for the contradictions to reason', () => {
    const stamps = 'ШИНОСНОМА / PASSPORT\nНасаб / Surname\nРАСУЛОВА / RASULOVA\nHom / Given names\nГУЛНОРА / GULNORA\nУКРАЇНА 0512\nЯГОДИН\n02.03.19\nВ\'ЇЗД\nУКРАЇНА 0833\nКРАКОВЕЦЬ\n14.09.20\nВИЇЗД';
    expect(claimsOf(stamps).map((c) => [c.place, c.from, c.to])).toEqual([
      ['Yahodyn', '2019-03-02', '2019-03-02'],
      ['Krakovets', '2020-09-14', '2020-09-14'],
    ]);
  });
});
