import { describe, expect, it } from 'vitest';
import type { PlacedBox } from '../../core/word-boxes.js';
import { tablePage } from '../../test/page-mentions.js';
import { findTableRecords, mayHoldTable } from './tables.js';

// Invented tables: cells at their columns' x, 10 px a letter, rows 30 px apart (tablePage).
const page = (rows: string[][], xs: number[]) => tablePage(rows, xs);

/** Persons and passports found (the rows' dates are checked apart). */
const summary = (found: ReturnType<typeof findTableRecords>) =>
  found.filter((f) => f.type !== 'date').map((f) => `${f.type} ${f.normalized}`);

/** The dates found, each with its column's role. */
const datesOf = (found: ReturnType<typeof findTableRecords>) =>
  found
    .filter((f) => f.type === 'date')
    .map((f) => `${String(f.attributes?.role)} ${f.normalized}`);

describe('record tables', () => {
  it('reads a manifest: persons from the name cells, passports issued by the nationality cell', () => {
    const xs = [0, 60, 260, 460, 560, 700];
    const { text, words } = page(
      [
        ['NO', 'SURNAME', 'GIVEN NAME', 'NAT', 'DOC NO', 'SEAT'],
        ['01', 'VARENKO', 'TARAS', 'UKR', 'FK480213', '3A'],
        ['02', 'DE WINTER', 'GRETA MARIA', 'NLD', 'NX7715032', '3B'],
        ['03', 'KOSMALSKA', 'EWA', 'POL', 'EA5521870', ''],
      ],
      xs,
    );
    expect(summary(findTableRecords(text, words))).toEqual([
      'person Taras Varenko',
      'passport UKR:FK480213',
      'person Greta Maria De Winter',
      'passport NLD:NX7715032',
      'person Ewa Kosmalska',
      'passport POL:EA5521870',
    ]);
  });

  it('reads a Russian register with a whole-name column and no nationality, issuing nothing', () => {
    const xs = [0, 40, 360, 520];
    const { text, words } = page(
      [
        ['№', 'ФИО', 'Паспорт', 'Дата'],
        ['1', 'Сафарова Зарина Алиевна', '402118734', '03.02.2019'],
        ['2', 'Гулов Мирзо', '402553190', '04.02.2019'],
      ],
      xs,
    );
    const found = findTableRecords(text, words);
    expect(summary(found)).toEqual([
      'person Safarova Zarina Alievna',
      'passport 402118734',
      'person Gulov Mirzo',
      'passport 402553190',
    ]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Сафарова Зарина Алиевна');
  });

  it('ends the table at a row that fills too few columns, and reads nothing without a name column', () => {
    const xs = [0, 120, 300, 450];
    const { text, words } = page(
      [
        ['Nazwisko', 'Imię', 'Nr dokumentu', 'Obywatelstwo'],
        ['ORLICKA', 'JOLANTA', 'AB1234567', 'POL'],
        ['Sporządził: podpis nieczytelny'],
        ['TARNOWSKI', 'PIOTR', 'AB7654321', 'POL'],
      ],
      xs,
    );
    expect(summary(findTableRecords(text, words))).toEqual([
      'person Jolanta Orlicka',
      'passport POL:AB1234567',
    ]);
    const noNames = page(
      [
        ['Date', 'Checkpoint', 'Direction'],
        ['02.03.2019', 'Krakovets', 'entry'],
      ],
      [0, 150, 350],
    );
    expect(findTableRecords(noNames.text, noNames.words)).toEqual([]);
    expect(findTableRecords(text, null)).toEqual([]);
  });

  it('reads the document numbers of a border printout whose header has no name column', () => {
    const xs = [0, 140, 420, 560];
    const { text, words } = page(
      [
        ['Дата', 'Пункт пропуску', 'Напрямок / Документ №'],
        ['1. СОБИРОВА ЗАРІНА, 09.04.1996 р. н., громадянка Узбекистану'],
        ['05.10.2020', '«Львів-аеропорт», рейс з Риги', "в'їзд FA7781234"],
        ['08.10.2020', '«Львів-аеропорт», рейс до Риги', 'виїзд FA7781234'],
      ],
      xs,
    );
    // The checkpoint cell's places are the row's too (the crossing's place, then the flight's end).
    expect(summary(findTableRecords(text, words))).toEqual([
      'place Lviv',
      'place Riga',
      'passport UZB:FA7781234',
      'place Lviv',
      'passport UZB:FA7781234',
    ]);
    const english = page(
      [
        ['Date', 'Crossing point', 'Direction', 'Passport No'],
        ['Holder: Davron Sobirov, citizen of Kazakhstan'],
        ['12.03.2021', 'Narva', 'exit', 'N12345678'],
      ],
      [0, 140, 300, 420],
    );
    expect(summary(findTableRecords(english.text, english.words))).toEqual([
      'passport KAZ:N12345678',
    ]);
  });

  it('ends the table at a total under numbered rows, and makes no person of codes or weights', () => {
    const xs = [0, 60, 260, 460, 560];
    const totals = page(
      [
        ['NO', 'SURNAME', 'GIVEN NAME', 'NAT', 'DOC NO'],
        ['01', 'HALVORSEN', 'ERIK', 'NOR', 'NR4471203'],
        ['TOTAL 2 PERSONS', 'LUGGAGE 61 KG', 'BOARDING ENDED', 'OK', '0912'],
        ['02', 'LINDQVIST', 'MAJA', 'SWE', 'SW9913047'],
      ],
      xs,
    );
    expect(summary(findTableRecords(totals.text, totals.words))).toEqual([
      'person Erik Halvorsen',
      'passport NOR:NR4471203',
    ]);
    const russian = page(
      [
        ['№', 'Фамилия', 'Имя', 'Гражданство', 'Документ'],
        ['1', 'ОРЛОВА', 'ВЕРА', 'RUS', '751234567'],
        ['2', 'ГРУЗ 12КГ', 'МЕСТ 3', 'RUS', '751234568'],
      ],
      [0, 60, 260, 460, 620],
    );
    expect(summary(findTableRecords(russian.text, russian.words))).toEqual([
      'person Vera Orlova',
      'passport RUS:751234567',
      'passport RUS:751234568',
    ]);
  });
});

describe('record tables read by OCR', () => {
  it('reads Cyrillic look-alikes in a document number and ignores specks in the cells', () => {
    const xs = [0, 150, 300, 420];
    const { text, words } = page(
      [
        ['SURNAME', 'GIVEN NAME', 'NAT', 'DOC NO'],
        ['HALVORSEN', 'INGRID', 'NOR ~~', 'МР4471025'],
        ['BRANDT', 'OSKAR', 'ток', '= C8Z2L7741'],
      ],
      xs,
    );
    expect(summary(findTableRecords(text, words))).toEqual([
      'person Ingrid Halvorsen',
      'passport NOR:MP4471025',
      'person Oskar Brandt',
      // An unreadable nationality names no issuer.
      'passport C8Z2L7741',
    ]);
  });
});

describe('the issuer of a row without a nationality column', () => {
  it('guesses none from the countries a page names around a list of people', () => {
    // A route, an address or one person's citizenship above the list is not each row's issuer.
    const pages = [
      [
        ['Рейс Рига – Вильнюс, Литва; гражданка Латвии сопровождала группу'],
        ['№', 'ФИО', 'Паспорт', 'Дата'],
        ['1', 'Сафарова Зарина Алиевна', '402118734', '03.02.2019'],
      ],
      [
        ['Lot Warszawa – Wilno, Litwa, obywatelka Łotwy jako opiekunka'],
        ['Nazwisko', 'Imię', 'Nr dokumentu', 'Uwagi'],
        ['ORLICKA', 'JOLANTA', 'AB1234567', 'brak'],
      ],
      [
        ['Flight from Riga to Vilnius, Lithuania, escorted by a citizen of Latvia'],
        ['Surname', 'Given name', 'Passport No', 'Seat'],
        ['HALVORSEN', 'ERIK', 'NR4471203', '3A'],
      ],
    ];
    const wanted = ['402118734', 'AB1234567', 'NR4471203'];
    pages.forEach((rows, i) => {
      const { text, words } = page(rows, [0, 160, 400, 560]);
      const passports = findTableRecords(text, words).filter((f) => f.type === 'passport');
      expect(
        passports.map((f) => f.normalized),
        rows[0]![0],
      ).toEqual([wanted[i]]);
    });
  });

  it('takes the code a document cell writes with the number, or a nationality cell’s', () => {
    const { text, words } = page(
      [
        ['NO', 'SURNAME', 'GIVEN NAME', 'DOC NO'],
        ['01', 'VARENKO', 'TARAS', 'UKR FK480213'],
        ['02', 'KOSMALSKA', 'EWA', 'EA5521870'],
      ],
      [0, 60, 260, 460],
    );
    expect(summary(findTableRecords(text, words)).filter((s) => s.startsWith('passport'))).toEqual([
      'passport UKR:FK480213',
      'passport EA5521870',
    ]);
  });
});

/**
 * A page as OCR reads a ruled table: each cell a block of its own, so the text gives every cell line
 * on a line of its own, cell after cell (a cell's lines split at "\n"). Columns start at `xs`, rows
 * are 60 px apart and a cell's second line 25 px below its first.
 */
function blockPage(rows: string[][], xs: number[]): { text: string; words: PlacedBox[] } {
  const words: PlacedBox[] = [];
  const lines: string[] = [];
  let offset = 0;
  rows.forEach((row, r) =>
    row.forEach((cell, c) =>
      cell
        .split('\n')
        .filter(Boolean)
        .forEach((line, k) => {
          let x = xs[c]!;
          let at = 0;
          for (const w of line.split(' ')) {
            const start = offset + line.indexOf(w, at);
            at = start - offset + w.length;
            words.push({
              x0: x,
              x1: x + w.length * 10,
              y0: r * 60 + k * 25,
              y1: r * 60 + k * 25 + 20,
              start,
              end: start + w.length,
            });
            x += w.length * 10 + 10;
          }
          lines.push(line);
          offset += line.length + 1;
        }),
    ),
  );
  return { text: lines.join('\n'), words };
}

describe('record tables whose cells OCR reads as blocks', () => {
  it('reads rows by the words’ height on the page, a cell’s second line and a numbered name cell', () => {
    const registers: Array<{ rows: string[][]; want: string[] }> = [
      {
        rows: [
          ['№ / Фамилия, имя', 'Дата\nрожд.', 'Гражданство', 'Паспорт', 'Заезд', 'Выезд'],
          [
            '1 / Левченко\nОксана',
            '02.04.1988',
            'Молдова',
            '812204417',
            '03.06.2021\n12:00',
            '05.06.2021\n09:30',
          ],
          [
            '2 / Гринько\nПавел',
            '11.09.1979',
            'Молдова',
            '812377105',
            '03.06.2021\n12:00',
            '05.06.2021\n09:30',
          ],
        ],
        want: [
          'person Oksana Levchenko',
          'passport 812204417',
          'person Pavel Grinko',
          'passport 812377105',
        ],
      },
      {
        rows: [
          ["№ / Прізвище, ім'я", 'Громадянство', 'Паспорт', 'Прибуття', 'Вибуття'],
          ['1 / Дзюба\nМарта', 'Румунія', '055123987', '14.02.2022', '16.02.2022'],
          ['2 / Гаврилюк\nІлля', 'Румунія', '055998321', '14.02.2022', '15.02.2022'],
        ],
        want: [
          'person Marta Dzyuba',
          'passport 055123987',
          'person Illia Havryliuk',
          'passport 055998321',
        ],
      },
      {
        rows: [
          ['Lp. / Nazwisko i imię', 'Nr paszportu', 'Przyjazd', 'Wyjazd'],
          ['1. / Wróblewska\nHalina', 'EZ4417760', '07.08.2020', '09.08.2020'],
          ['2. / Szymczak\nBogdan', 'EZ5520118', '07.08.2020', '10.08.2020'],
        ],
        want: [
          'person Halina Wróblewska',
          'passport EZ4417760',
          'person Bogdan Szymczak',
          'passport EZ5520118',
        ],
      },
      {
        rows: [
          ['Name, Vorname', 'Reisepass', 'Anreise', 'Abreise'],
          ['Brenner,\nUlrike', 'C4KL81T27', '21.10.2023', '23.10.2023'],
          ['Hofstetter,\nJonas', 'C4KL92X05', '21.10.2023', '24.10.2023'],
        ],
        want: [
          'person Ulrike Brenner',
          'passport C4KL81T27',
          'person Jonas Hofstetter',
          'passport C4KL92X05',
        ],
      },
    ];
    for (const { rows, want } of registers) {
      const xs = [0, 260, 420, 580, 740, 900];
      const { text, words } = blockPage(rows, xs);
      expect(summary(findTableRecords(text, words)), rows[0]!.join(' | ')).toEqual(want);
    }
  });

  it('ends the table at a note under it, though it lies in a column a row fills', () => {
    const { text, words } = blockPage(
      [
        ['Surname', 'Given name', 'Passport No', 'Arrival', 'Departure'],
        ['ASHDOWN', 'PETRA', 'K90215547', '02.05.2022', '04.05.2022'],
        ['Paid in cash'],
        ['MERRICK', 'TOM', 'K90215548', '02.05.2022', '04.05.2022'],
      ],
      [0, 200, 400, 600, 800],
    );
    expect(summary(findTableRecords(text, words))).toEqual([
      'person Petra Ashdown',
      'passport K90215547',
    ]);
  });
});

describe('header labels', () => {
  it('reads a name column beside a given-name column as the family name', () => {
    const tables = [
      [
        ['Name', 'Vorname', 'Reisepass'],
        ['Quandt', 'Elsbeth', 'C3PX77120'],
      ],
      [
        ['Name', 'First name', 'Passport No'],
        ['Harrowby', 'Neville', '507733198'],
      ],
      [
        ['Name', 'Imię', 'Nr paszportu'],
        ['Ostrowska', 'Jadwiga', 'EK9012334'],
      ],
    ];
    const want = ['Elsbeth Quandt', 'Neville Harrowby', 'Jadwiga Ostrowska'];
    tables.forEach((rows, i) => {
      const { text, words } = page(rows, [0, 200, 400]);
      const persons = findTableRecords(text, words).filter((f) => f.type === 'person');
      expect(persons.map((f) => f.normalized)).toEqual([want[i]]);
    });
  });

  it('tells a page that may hold a table by a name or document column’s label on a line', () => {
    expect(mayHoldTable('Гостиница\n№ Фамилия, имя Паспорт Заезд\n1 Левченко')).toBe(true);
    expect(mayHoldTable('Lp. Nazwisko i imię Nr paszportu')).toBe(true);
    expect(mayHoldTable('NO SEAT SURNAME GIVEN NAME DOC NO')).toBe(true);
    expect(mayHoldTable('Anreise Abreise Reisepass')).toBe(true);
    // A label inside a longer word is not a label; a page of running text names no column.
    expect(mayHoldTable('The surnamed heirs arrived on 3 May.')).toBe(false);
    expect(mayHoldTable('Суд установил, что заявитель прибыл 3 мая.')).toBe(false);
  });
});

describe('the dates of a row', () => {
  it('gives each date its column: birth, arrival, departure, a record’s day', () => {
    const cases: Array<{ rows: string[][]; want: string[] }> = [
      {
        rows: [
          ['№ / Фамилия, имя', 'Дата\nрожд.', 'Паспорт', 'Заезд', 'Выезд'],
          [
            '1 / Левченко\nОксана',
            '02.04.1988',
            '812204417',
            '03.06.2021\n12:00',
            '05.06.2021\n09:30',
          ],
        ],
        want: ['birth 1988-04-02', 'arrival 2021-06-03', 'departure 2021-06-05'],
      },
      {
        rows: [
          ["Прізвище, ім'я", 'Дата народження', 'Паспорт', 'Прибуття', 'Вибуття'],
          ['Дзюба Марта', '17.01.1991', '055123987', '14.02.2022', '16.02.2022'],
        ],
        want: ['birth 1991-01-17', 'arrival 2022-02-14', 'departure 2022-02-16'],
      },
      {
        rows: [
          ['Nazwisko i imię', 'Nr paszportu', 'Przyjazd', 'Wyjazd'],
          ['Wróblewska Halina', 'EZ4417760', '7 sierpnia 2020', '9 sierpnia 2020'],
        ],
        want: ['arrival 2020-08-07', 'departure 2020-08-09'],
      },
      {
        rows: [
          ['Name', 'Vorname', 'Geburtsdatum', 'Reisepass', 'Anreise', 'Abreise'],
          ['Brenner', 'Ulrike', '30.11.1984', 'C4KL81T27', '21.10.2023', '23.10.2023'],
        ],
        want: ['birth 1984-11-30', 'arrival 2023-10-21', 'departure 2023-10-23'],
      },
      {
        rows: [
          ['Date', 'Crossing point', 'Direction', 'Passport No'],
          ['12.03.2021', 'Harbour gate', 'exit', 'N12345678'],
        ],
        want: ['date 2021-03-12'],
      },
    ];
    for (const { rows, want } of cases) {
      const { text, words } = blockPage(rows, [0, 220, 400, 560, 720, 880]);
      expect(datesOf(findTableRecords(text, words)), rows[0]!.join(' | ')).toEqual(want);
    }
  });
});
