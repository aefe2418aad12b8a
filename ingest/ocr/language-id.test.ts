import { describe, expect, it } from 'vitest';
import { chooseLanguages } from './language-id.js';

describe('chooseLanguages', () => {
  it('keeps Russian for Russian text', () => {
    expect(
      chooseLanguages(
        'Следствием установлено, что Расулова Г. Т., действуя по предварительному сговору, летом 2019 года перевела денежные средства',
      ).languages,
    ).toEqual(['rus']);
  });

  it('finds Tajik even in a Russian model reading (ҳ ҷ қ read as х ч к)', () => {
    const asReadByRus =
      'Шахрванд Расулова Гузал бо гумони содир намудани чиноят аз чониби макомоти хифзи хукук чустучу карда мешавад. Мувофики маълумот, у 4 октябри соли 2019 ба Эрон рафтааст ва то имруз барнагаштааст';
    expect(chooseLanguages(asReadByRus).languages[0]).toBe('tgk');
  });

  it('finds Ukrainian from і read as Latin i, 1 or !', () => {
    const asReadByRus =
      'Вiдповiдно до Вашого запиту надаемо iнформацiю, що громадянин Республiки Узбекистан 1з 02.03.2019 по 14.09.2020 перебував на територ1! Украiни згiдно з обл1ком';
    expect(chooseLanguages(asReadByRus).languages[0]).toBe('ukr');
  });

  it('chooses the Latin language by its function words', () => {
    expect(
      chooseLanguages(
        'Sąd Okręgowy w Lublinie postanawia oddalić wniosek obrońcy, ponieważ nie zachodzą przesłanki z art. 258 oraz w dniu 4 marca',
      ).languages,
    ).toEqual(['pol']);
    expect(
      chooseLanguages(
        'Le requérant soutient qu’en cas de renvoi vers l’Ouzbékistan il serait exposé à des traitements contraires à la Convention',
      ).languages,
    ).toEqual(['fra']);
    expect(
      chooseLanguages(
        'De rechtbank heeft het verzoek van de officier van justitie niet ingewilligd en de vreemdeling is op vrije voeten gesteld',
      ).languages,
    ).toEqual(['nld']);
    expect(
      chooseLanguages(
        'The investigator says that your brother travelled from Kulob to Antalya in October 2019. Is that correct?',
      ).languages,
    ).toEqual(['eng']);
  });

  it('keeps both scripts of a bilingual page', () => {
    const passport =
      'ШИНОСНОМА / PASSPORT Ҷинс / Sex Шаҳрвандӣ / Nationality Санаи анҷоми мӯҳлат / Date of expiry Мақомоти додашуда / Authority Рақами шиноснома / Passport No. Ном / Given names';
    expect(chooseLanguages(passport).languages.sort()).toEqual(['eng', 'tgk']);
  });

  it('falls back to rus+eng on too little text', () => {
    expect(chooseLanguages('12 34').languages).toEqual(['rus', 'eng']);
  });

  it('tells German from Dutch and English', () => {
    expect(
      chooseLanguages(
        'Der Senat hat den Antrag der Generalstaatsanwaltschaft geprüft und die Auslieferung des Verfolgten für unzulässig erklärt, weil ihm dort Folter droht',
      ).languages,
    ).toEqual(['deu']);
    expect(
      chooseLanguages(
        'Die Beschwerdeführerin wurde am 4. Juni von der Polizei festgenommen und ist seitdem in der Justizvollzugsanstalt untergebracht',
      ).languages,
    ).toEqual(['deu']);
  });

  it('finds Ukrainian in a Russian model reading that dropped і: its months, р., form words', () => {
    // Invented records, as a Russian model reads them: і and ї dropped or read as other letters.
    for (const text of [
      'Дата народження: 04. 11. 1987\nМсце проживання: м. Луцьк, вул. Садова, 3\nПеребувала на лкуванн з 2 по 9 березня 2020 р.',
      'Громадянин Молдови, паспорт громадянина № 118, прибув 14 жовтня 2018 р. разом з дружиною',
      'Виписаний 21 серпня 2017 р. у задовльному стан, мсце проживання: м. Рвне',
    ])
      expect(chooseLanguages(text).languages[0]).toBe('ukr');
    expect(
      chooseLanguages(
        'Дата рождения: 04.11.1987, место жительства: г. Луцк, ул. Садовая, 3. Находилась на лечении с 2 по 9 марта 2020 г.',
      ).languages[0],
    ).toBe('rus');
  });
});
