// Rows of flight manifests and border-database printouts read as events (ingest/extract/tables.ts
// reads the cells, ingest/claims/read.ts the events). Every name, number and sentence here is
// invented; the towns are real, so that the gazetteer places them.
import { describe, expect, it } from 'vitest';
import { claimRows, pageClaims, tablePage } from '../../test/page-mentions.js';

/** [kind, person, place, from, to, stance] of the claims of a page holding `rows` under `head`. */
function events(head: string, rows: string[][], xs: number[]) {
  const { text, words } = tablePage(rows, xs, head);
  const read = pageClaims(text, words);
  // Each claim's source is its row: the quote is the row's words, at their offsets.
  for (const c of read.claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
  return claimRows(read);
}

describe('flight manifests: each row a journey of its passenger', () => {
  it('reads an English manifest with a route column', () => {
    expect(
      events(
        'Passenger manifest',
        [
          ['No', 'Surname', 'Given name', 'Doc no', 'Flight', 'Route', 'Date'],
          ['1', 'HALVERSEN', 'TOMAS', 'XK4410923', 'QX 417', 'Istanbul - Frankfurt', '14.03.2021'],
          ['2', 'BRANDAUER', 'ELKE', 'XK5521034', 'QX 417', 'Istanbul - Frankfurt', '14.03.2021'],
        ],
        [0, 50, 200, 340, 480, 580, 820],
      ),
    ).toEqual([
      ['travel', 'Tomas Halversen', 'Frankfurt', '2021-03-14', '2021-03-14', 'documented'],
      ['travel', 'Elke Brandauer', 'Frankfurt', '2021-03-14', '2021-03-14', 'documented'],
    ]);
  });

  it('reads a Russian manifest with from and to columns', () => {
    expect(
      events(
        'Список пассажиров рейса',
        [
          ['№', 'Фамилия', 'Имя', 'Паспорт', 'Рейс', 'Откуда', 'Куда', 'Дата'],
          ['1', 'Желтовская', 'Арина', '4011552233', 'ZR 205', 'Москва', 'Самарканд', '02.06.2020'],
        ],
        [0, 40, 200, 320, 460, 560, 700, 860],
      ),
    ).toEqual([
      ['travel', 'Arina Zheltovskaya', 'Samarkand', '2020-06-02', '2020-06-02', 'documented'],
    ]);
  });

  it('reads a Polish manifest dated in its title, not in a column', () => {
    expect(
      events(
        'Lista pasażerów lotu z dnia 21.09.2019',
        [
          ['Lp.', 'Nazwisko', 'Imię', 'Nr paszportu', 'Nr lotu', 'Trasa'],
          ['1', 'Pietrzykowska', 'Jadwiga', 'EK3390127', 'LX 338', 'Kraków - Wiedeń'],
        ],
        [0, 60, 230, 350, 510, 630],
      ),
    ).toEqual([
      ['travel', 'Jadwiga Pietrzykowska', 'Vienna', '2019-09-21', '2019-09-21', 'documented'],
    ]);
  });

  it('reads a manifest an accusation attaches as alleged', () => {
    expect(
      events(
        'INDICTMENT\nThe accused flew as listed below.',
        [
          ['Surname', 'Given name', 'Passport no', 'From', 'To', 'Date'],
          ['ORMSBY', 'CALLUM', 'PQ7712093', 'Dublin', 'Lisbon', '05.11.2018'],
        ],
        [0, 140, 280, 420, 540, 660],
      ),
    ).toEqual([['travel', 'Callum Ormsby', 'Lisbon', '2018-11-05', '2018-11-05', 'alleged']]);
  });
});

describe("a manifest row's journey keeps where it set out from", () => {
  const origins = (head: string, rows: string[][], xs: number[]) => {
    const { text, words } = tablePage(rows, xs, head);
    return pageClaims(text, words).claims.map((c) => [c.origin, c.place]);
  };

  it('from a route cell, in English, Ukrainian and French', () => {
    expect(
      origins(
        'Passenger manifest',
        [
          ['Surname', 'Given name', 'Doc no', 'Route', 'Date'],
          ['VANTERPOOL', 'IRIS', 'LM2209381', 'Oslo - Vilnius', '08.04.2022'],
          // Towns named like given names: in a route cell they are the towns.
          ['OKAFOR', 'DAVID', 'LM3310472', 'Sofia - Florence', '08.04.2022'],
        ],
        [0, 160, 300, 440, 660],
      ),
    ).toEqual([
      ['Oslo', 'Vilnius'],
      ['Sofia', 'Florence'],
    ]);
    expect(
      origins(
        'Список пасажирів рейсу',
        [
          ['Прізвище', "Ім'я", 'Паспорт', 'Маршрут', 'Дата'],
          ['Гончарук', 'Ліана', 'FT118420', 'Львів - Варшава', '11.10.2021'],
        ],
        [0, 160, 280, 420, 640],
      ),
    ).toEqual([['Lviv', 'Warsaw']]);
    expect(
      origins(
        'Liste des passagers',
        [
          ['Nom', 'Prénom', 'Passeport', 'Trajet', 'Date'],
          ['DELAUNOY', 'MAXIME', '19AB55021', 'Lyon - Tunis', '30.01.2020'],
        ],
        [0, 160, 300, 440, 640],
      ),
    ).toEqual([['Lyon', 'Tunis']]);
  });

  it('from a From column, and none where the row names one place', () => {
    expect(
      origins(
        'Список пассажиров рейса',
        [
          ['Фамилия', 'Имя', 'Паспорт', 'Откуда', 'Куда', 'Дата'],
          ['Тарасевич', 'Олеся', '4017662211', 'Казань', 'Баку', '19.08.2020'],
        ],
        [0, 160, 280, 420, 560, 700],
      ),
    ).toEqual([['Kazan', 'Baku']]);
    expect(
      origins(
        'Passenger manifest',
        [
          ['Surname', 'Given name', 'Doc no', 'Destination', 'Date'],
          ['VANTERPOOL', 'IRIS', 'LM2209381', 'Vilnius', '08.04.2022'],
        ],
        [0, 160, 300, 440, 660],
      ),
    ).toEqual([[undefined, 'Vilnius']]);
  });
});

describe('border-database printouts: each row an entry or an exit', () => {
  it('reads a Ukrainian printout about the person named above its rows', () => {
    expect(
      events(
        'Відомості про перетинання державного кордону\nгромадянка України Гнатюкевич Мирослава Петрівна, 05.06.1990 р. н.',
        [
          ['Дата', 'Пункт пропуску', 'Напрямок', 'Документ №'],
          ['14.02.2020', 'Львів', 'в’їзд', 'FA5530917'],
          ['09.08.2020', 'Одеса', 'виїзд', 'FA5530917'],
        ],
        [0, 140, 320, 460],
      ),
    ).toEqual([
      ['entry', 'Myroslava Hnatiukevych', 'Lviv', '2020-02-14', '2020-02-14', 'documented'],
      ['exit', 'Myroslava Hnatiukevych', 'Odesa', '2020-08-09', '2020-08-09', 'documented'],
    ]);
  });

  it('reads a German printout with a name column', () => {
    expect(
      events(
        'Auszug aus der Grenzdatenbank',
        [
          ['Name', 'Vorname', 'Datum', 'Grenzübergang', 'Richtung', 'Reisepass'],
          ['Kettenbach', 'Mareike', '03.05.2022', 'Frankfurt', 'Einreise', 'C7RT40915'],
          ['Kettenbach', 'Mareike', '19.05.2022', 'München', 'Ausreise', 'C7RT40915'],
        ],
        [0, 140, 260, 380, 540, 660],
      ),
    ).toEqual([
      ['entry', 'Mareike Kettenbach', 'Frankfurt', '2022-05-03', '2022-05-03', 'documented'],
      ['exit', 'Mareike Kettenbach', 'Munich', '2022-05-19', '2022-05-19', 'documented'],
    ]);
  });

  it('reads a French and a Polish printout, and a head that names no kind of document', () => {
    expect(
      events(
        'Relevé des passages frontaliers\nNom : VAUTRIN\nPrénom : Solène',
        [
          ['Date', 'Point de passage', 'Sens', 'Passeport'],
          ['12.04.2019', 'Marseille', 'Entrée', '19AB44102'],
        ],
        [0, 140, 330, 440],
      ),
    ).toEqual([['entry', 'Solène Vautrin', 'Marseille', '2019-04-12', '2019-04-12', 'documented']]);
    expect(
      events(
        'Wydruk z bazy Straży Granicznej\nNazwisko: Kuraszkiewicz\nImię: Bożena',
        [
          ['Data', 'Przejście graniczne', 'Kierunek', 'Nr dokumentu'],
          ['30.06.2021', 'Terespol', 'wyjazd', 'EM2219044'],
        ],
        [0, 140, 360, 480],
      ),
    ).toEqual([
      ['exit', 'Bożena Kuraszkiewicz', 'Terespol', '2021-06-30', '2021-06-30', 'documented'],
    ]);
  });

  it('reads the direction a merged header cell labels with the document number, each row of the person named above it', () => {
    expect(
      events(
        'Сведения о пересечении государственной границы',
        [
          ['Дата', 'Пункт пропуска', 'Направление / Документ №'],
          ['1. Дорофеева Алина Сергеевна, 05.06.1992 г. р.'],
          ['02.03.2018', 'Казань', 'въезд 4509112233'],
          ['09.09.2019', 'Сочи', 'выезд 4509112233'],
        ],
        [0, 160, 340],
      ),
    ).toEqual([
      ['entry', 'Alina Dorofeeva', 'Kazan', '2018-03-02', '2018-03-02', 'documented'],
      ['exit', 'Alina Dorofeeva', 'Sochi', '2019-09-09', '2019-09-09', 'documented'],
    ]);
    expect(
      events(
        'Border crossing record',
        [
          ['Date', 'Crossing point', 'Direction / Document no'],
          ['1. Wilhelmina Fairbrook, born 11.10.1987'],
          ['17.01.2021', 'Dover', 'exit 533019284'],
          ['2. Ignatius Fairbrook, born 02.02.1960'],
          ['23.01.2021', 'Dover', 'entry 533019777'],
        ],
        [0, 160, 340],
      ),
    ).toEqual([
      ['exit', 'Wilhelmina Fairbrook', 'Dover', '2021-01-17', '2021-01-17', 'documented'],
      ['entry', 'Ignatius Fairbrook', 'Dover', '2021-01-23', '2021-01-23', 'documented'],
    ]);
  });

  it('reads a Tajik printout', () => {
    expect(
      events(
        'Маълумотнома дар бораи убури сарҳад\nНазаров Фаррух Алиевич, 12.04.1990',
        [
          ['Сана', 'Гузаргоҳ', 'Самт', 'Шиноснома'],
          ['14.02.2020', 'Душанбе', 'вуруд', '400123456'],
          ['21.03.2020', 'Хуҷанд', 'хуруҷ', '400123456'],
        ],
        [0, 140, 300, 420],
      ),
    ).toEqual([
      ['entry', 'Farrukh Nazarov', 'Dushanbe', '2020-02-14', '2020-02-14', 'documented'],
      ['exit', 'Farrukh Nazarov', 'Khujand', '2020-03-21', '2020-03-21', 'documented'],
    ]);
  });
});
