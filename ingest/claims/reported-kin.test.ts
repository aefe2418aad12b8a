// A relative named after a reporting verb ("according to her brother Farid", "как сообщил её брат
// …", "jak powiedziała jej siostra …", "selon son père …"): a person, a relative of the subject, and
// what they say is their testimony about the subject, not the subject's own record or the accusation.
// Every name and sentence here is invented.
import { describe, expect, it } from 'vitest';
import { pageClaims } from '../../test/page-mentions.js';

function read(text: string) {
  const { claims, entities, byId } = pageClaims(text);
  return {
    claims: claims.map((c) => [
      c.personIds.map((i) => byId.get(i)?.normalized).join(', '),
      c.place,
      c.from,
      c.to,
      c.stance,
    ]),
    relatives: entities
      .filter((e) => e.type === 'person' && e.attributes?.source === 'kinship')
      .map((e) => `${e.normalized} (${String(e.attributes?.relation)})`),
  };
}

describe('a relative named after a reporting verb', () => {
  it('English: according to her brother, in a decision', () => {
    expect(
      read(
        'DECISION\nMs Leyla Mardanova, born 12.04.1990, lives in Graz. According to her brother Farid, she stayed in Lyon from 3 to 9 May 2019.',
      ),
    ).toEqual({
      claims: [['Leyla Mardanova', 'Lyon', '2019-05-03', '2019-05-09', 'testimony']],
      relatives: ['Farid Mardanov (brother)'],
    });
  });

  it('Russian: как сообщил её брат, in an accusation', () => {
    expect(
      read(
        'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ\nОбвиняемая Мардонова Лейла Рустамовна, 12.04.1990 г. р. Как сообщил её брат Фарид, с 3 по 9 мая 2019 года она находилась в г. Казань.',
      ),
    ).toEqual({
      claims: [['Leyla Mardonova', 'Kazan', '2019-05-03', '2019-05-09', 'testimony']],
      relatives: ['Farid Mardonov (brother)'],
    });
  });

  it('Polish: jak powiedziała jej siostra', () => {
    expect(
      read(
        'POSTANOWIENIE\nSprawa dotyczy obywatelki Lejli Mardanowej. Jak powiedziała jej siostra Zuzanna, w okresie od 3 do 9 maja 2019 r. przebywała ona w Krakowie.',
      ),
    ).toEqual({
      claims: [['Lejla Mardanova', 'Kraków', '2019-05-03', '2019-05-09', 'testimony']],
      relatives: ['Zuzanna Mardanova (sister)'],
    });
  });

  it('French: selon son père', () => {
    expect(
      read(
        'DÉCISION\nLa requérante Leïla Mardanova est née le 12.04.1990. Selon son père Karim, elle a séjourné à Lyon du 3 au 9 mai 2019.',
      ),
    ).toEqual({
      claims: [['Leïla Mardanova', 'Lyon', '2019-05-03', '2019-05-09', 'testimony']],
      relatives: ['Karim Mardanov (father)'],
    });
  });

  it('a relative and a name before the reporting verb: Ukrainian and English', () => {
    expect(
      read(
        'РІШЕННЯ\nЗаявниця Мельничук Оксана Петрівна, 12.04.1990 р. н. Її брат Тарас розповів, що з 3 по 9 травня 2019 року вона перебувала у Львові.',
      ).claims,
    ).toEqual([['Oksana Melnychuk', 'Lviv', '2019-05-03', '2019-05-09', 'testimony']]);
    expect(
      read(
        'DECISION\nMs Leyla Mardanova, born 12.04.1990, lives in Graz. Her brother Farid said that she stayed in Lyon from 3 to 9 May 2019.',
      ).claims,
    ).toEqual([['Leyla Mardanova', 'Lyon', '2019-05-03', '2019-05-09', 'testimony']]);
  });
});
