import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { newContext, type DocumentContext } from './types.js';

/** [text, normalized] of every date found, in text order. */
function dates(text: string, ctx: DocumentContext = newContext()): Array<[string, string]> {
  const found = findDates(text, ctx);
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  return found.map((f) => [f.text, f.normalized]);
}

/** A context whose last full date was in `year`. */
function inYear(year: number): DocumentContext {
  return { ...newContext(), lastYear: year };
}

describe('numeric dates', () => {
  it('reads day-first dates with dots, slashes and dashes', () => {
    expect(dates('от 23.03.2018, родился 02/09/1994, выезд 17-01-2018')).toEqual([
      ['23.03.2018', '2018-03-23'],
      ['02/09/1994', '1994-09-02'],
      ['17-01-2018', '2018-01-17'],
    ]);
  });

  it('reads year-first dates', () => {
    expect(
      dates('Published: 2018-08-21. Date of birth 1991/06/14. Prescription: 2033-03-23.'),
    ).toEqual([
      ['2018-08-21', '2018-08-21'],
      ['1991/06/14', '1991-06-14'],
      ['2033-03-23', '2033-03-23'],
    ]);
  });

  it('pivots two-digit years', () => {
    expect(dates('ВЫЕЗД\n17.01.18\nвизд\n06.05.19\nexpires 19.07.27, born 14.06.91')).toEqual([
      ['17.01.18', '2018-01-17'],
      ['06.05.19', '2019-05-06'],
      ['19.07.27', '2027-07-19'],
      ['14.06.91', '1991-06-14'],
    ]);
  });

  it('reads space-separated stamps and keeps year words', () => {
    expect(dates('МОСКВА ДОМОДЕДОВО\n05 12 2017\nВЪЕЗД')).toEqual([['05 12 2017', '2017-12-05']]);
    expect(dates('14.06.1991 р. н.; od 17.01.2018 r. do 06.05.2019 r.')).toEqual([
      ['14.06.1991 р.', '1991-06-14'],
      ['17.01.2018 r.', '2018-01-17'],
      ['06.05.2019 r.', '2019-05-06'],
    ]);
  });

  it('reads Roman-numeral months', () => {
    expect(dates('dnia 23 III 2018 r. oraz 23.III.2018')).toEqual([
      ['23 III 2018 r.', '2018-03-23'],
      ['23.III.2018', '2018-03-23'],
    ]);
  });

  it('reads a month-first date only when day-first is impossible', () => {
    expect(dates('filed 09/23/2018')).toEqual([['09/23/2018', '2018-09-23']]);
  });
});

describe('Russian', () => {
  it('reads month names in every case', () => {
    expect(
      dates(
        '«14» сентября 2018 г. Постановление от 9\nоктября 2014 года; 23 март 2018 летала; 10 февраль 2018 никах',
      ),
    ).toEqual([
      ['«14» сентября 2018 г.', '2018-09-14'],
      ['9\nоктября 2014 года', '2014-10-09'],
      ['23 март 2018', '2018-03-23'],
      ['10 февраль 2018', '2018-02-10'],
    ]);
  });

  it('reads months with a year', () => {
    expect(
      dates('в марте 2018, январь 2018, в феврале 2018 года, в начале апреля 2018 года'),
    ).toEqual([
      ['марте 2018', '2018-03'],
      ['январь 2018', '2018-01'],
      ['феврале 2018 года', '2018-02'],
      ['апреля 2018 года', '2018-04'],
    ]);
  });

  it('gives the start of a month range the year of its end', () => {
    expect(dates('В период с апреля по июль 2018 года')).toEqual([
      ['апреля', '2018-04'],
      ['июль 2018 года', '2018-07'],
    ]);
    expect(dates('с ноября по февраль 2018 года')).toEqual([
      ['ноября', '2017-11'],
      ['февраль 2018 года', '2018-02'],
    ]);
    expect(dates('с сентября 2017 года по февраль 2018 года')).toEqual([
      ['сентября 2017 года', '2017-09'],
      ['февраль 2018 года', '2018-02'],
    ]);
    expect(dates('с 17 января по 6 мая 2019 года')).toEqual([
      ['17 января', '2019-01-17'],
      ['6 мая 2019 года', '2019-05-06'],
    ]);
  });

  it('reads both ends of a span of days or years', () => {
    expect(
      dates('В период с 1 по 15 июня 2017 года; в 2016-2017 годах; между 2015 и 2017 годами'),
    ).toEqual([
      ['1', '2017-06-01'],
      ['15 июня 2017 года', '2017-06-15'],
      ['2016', '2016'],
      ['2017 годах', '2017'],
      ['2015', '2015'],
      ['2017 годами', '2017'],
    ]);
    expect(dates('дело № 2016-2017, т. 2, л. д. 14-19')).toEqual([]);
  });

  it('reads a year alone only with a cue', () => {
    expect(
      dates(
        'Саидов К. Б., 1962 года рождения, с 2015 года скрывается; университет, 2013 г.), в 2016 переехал',
      ),
    ).toEqual([
      ['1962 года', '1962'],
      ['2015 года', '2015'],
      ['2013 г.', '2013'],
      ['2016', '2016'],
    ]);
    expect(
      dates('в конце 2017 года вступила; весной 2018 года; я гражданка, 1991 год_\nрождения'),
    ).toEqual([
      ['2017 года', '2017'],
      ['2018 года', '2018'],
      ['1991 год', '1991'],
    ]);
  });

  it('reads bilingual passport abbreviations, OCR-damaged ones too', () => {
    expect(
      dates(
        'Date of birth\n30 НОЯ/NOV 1988\nDate of issue\n11 МАР/MAR 2016\nexpiry 10 MAP/MAR 2026\n30 НОЯІ/МОУ 1988',
      ),
    ).toEqual([
      ['30 НОЯ/NOV 1988', '1988-11-30'],
      ['11 МАР/MAR 2016', '2016-03-11'],
      ['10 MAP/MAR 2026', '2026-03-10'],
      ['30 НОЯІ/МОУ 1988', '1988-11-30'],
    ]);
  });

  it('reads a month name spelled with Latin look-alike letters', () => {
    expect(dates('23 мapтa 2018 года')).toEqual([['23 мapтa 2018 года', '2018-03-23']]);
  });
});

describe('Ukrainian', () => {
  it('reads month names', () => {
    expect(
      dates(
        'у період з 17 січня 2018 р. по 6 травня 2019 р.; 22 березня 2018 р. зверталася; у листопаді 2019 року',
      ),
    ).toEqual([
      ['17 січня 2018 р.', '2018-01-17'],
      ['6 травня 2019 р.', '2019-05-06'],
      ['22 березня 2018 р.', '2018-03-22'],
      ['листопаді 2019 року', '2019-11'],
    ]);
  });
});

describe('Tajik', () => {
  it('reads the izofat month and "соли"', () => {
    expect(
      dates(
        'Тибқи маълумот, 23 марти соли 2018 ба Туркия рафта; 10 феврали соли 2018 никоҳ бастанд',
      ),
    ).toEqual([
      ['23 марти соли 2018', '2018-03-23'],
      ['10 феврали соли 2018', '2018-02-10'],
    ]);
  });

  it('reads a birth year after its cue', () => {
    expect(dates('САИДОВА ДИЛБАР\nСоли таваллудаш 1991, зодаи ш. Кӯлоб')).toEqual([
      ['1991', '1991'],
    ]);
  });
});

describe('Polish', () => {
  it('reads month names and "r."', () => {
    expect(
      dates(
        'Dnia 23 lipca 2019 r. urodzonej 14\nczerwca 1991 r. W dniu 20 maja 2019 r. do dnia 6 maja 2019\nr.',
      ),
    ).toEqual([
      ['23 lipca 2019 r.', '2019-07-23'],
      ['14\nczerwca 1991 r.', '1991-06-14'],
      ['20 maja 2019 r.', '2019-05-20'],
      ['6 maja 2019\nr.', '2019-05-06'],
    ]);
  });

  it('reads months and years with cues', () => {
    expect(
      dates('w maju 2019 r. pobyt, w 2016 r. ślub, od października do grudnia 2018 r.'),
    ).toEqual([
      ['maju 2019 r.', '2019-05'],
      ['2016 r.', '2016'],
      ['października', '2018-10'],
      ['grudnia 2018 r.', '2018-12'],
    ]);
  });
});

describe('English', () => {
  it('reads day-month-year and month-day-year', () => {
    expect(
      dates(
        'Date and place 14 August 2019, Warsaw. On March 23, 2018 and September 9, 2019; the 5th of May 2018',
      ),
    ).toEqual([
      ['14 August 2019', '2019-08-14'],
      ['March 23, 2018', '2018-03-23'],
      ['September 9, 2019', '2019-09-09'],
      ['5th of May 2018', '2018-05-05'],
    ]);
  });

  it('reads abbreviations with two-digit years only in capitals', () => {
    expect(
      dates(
        'issued 20 JUL 17. On 23 MAR 18 the wanted person travelled; 23 MAR/MARS 2018; 9 Sept. 2019',
      ),
    ).toEqual([
      ['20 JUL 17', '2017-07-20'],
      ['23 MAR 18', '2018-03-23'],
      ['23 MAR/MARS 2018', '2018-03-23'],
      ['9 Sept. 2019', '2019-09-09'],
    ]);
    expect(dates('on 5 may 20 people came')).toEqual([]);
  });

  it('reads months and years', () => {
    expect(
      dates(
        'In December 2017. In April 2018 she travelled; she left in 2015 and since 2016 lives here',
      ),
    ).toEqual([
      ['December 2017', '2017-12'],
      ['April 2018', '2018-04'],
      ['2015', '2015'],
      ['2016', '2016'],
    ]);
  });

  it('takes the year of dates written without one from the context', () => {
    expect(dates('on 23 March 2018. On 22 March we were together', newContext())).toEqual([
      ['23 March 2018', '2018-03-23'],
      ['22 March', '2018-03-22'],
    ]);
    expect(
      dates(
        'The court ruled on July 23; he was detained on August 27. She applied in April.',
        inYear(2019),
      ),
    ).toEqual([
      ['July 23', '2019-07-23'],
      ['August 27', '2019-08-27'],
      ['April', '2019-04'],
    ]);
    expect(dates('came one week later, on 6 May.', inYear(2019))).toEqual([
      ['6 May', '2019-05-06'],
    ]);
  });

  it('leaves "may" and "march" as verbs alone', () => {
    expect(
      dates('They may 6 times try. We march 10 miles. You may come in May or not.', inYear(2019)),
    ).toEqual([['May', '2019-05']]);
    expect(dates('They may march on 6 may.', inYear(2019))).toEqual([]);
  });
});

describe('French and Dutch', () => {
  it('reads month names', () => {
    expect(
      dates('le 23 mars 2018, le 1er mars 2018, en avril 2019; op 23 maart 2018, in mei 2019'),
    ).toEqual([
      ['23 mars 2018', '2018-03-23'],
      ['1er mars 2018', '2018-03-01'],
      ['avril 2019', '2019-04'],
      ['23 maart 2018', '2018-03-23'],
      ['mei 2019', '2019-05'],
    ]);
    expect(dates('depuis 2016, en 2017, sinds 2015')).toEqual([
      ['2016', '2016'],
      ['2017', '2017'],
      ['2015', '2015'],
    ]);
  });
});

describe('not dates', () => {
  it('skips case, article, house, phone, post and document numbers', () => {
    const text = [
      'по уголовному делу № 12/2018-ОВД; Sygn. akt II Kop 17/19; дела № 41-118/2018; розыскное дело № 3/118-18',
      'Control No.: A-6012/8-2018 . File No.: 2018/41277-1; № 0.16-4417/0/15-19; ref. 3/118-18; 1-24/7',
      'ст. 401(1), art. 604 § 1 pkt 5 i 7, ч. 2 ст. 307(3); ul. Rakowiecka 26/30; д. 45, кв. 12',
      'тел. (044) 527-63-63, (37)\n221-12-34; 734043, г. Душанбе; 02-528 Warszawa; 11-400 Ketrzyn',
      'P<TJKTOHIROV<<SARVAR<<<<<<\n4009172635TJK9002145M2811209<<<<6; паспорт № 409172635',
      'Maximum penalty: 20 years. от 12 до 20 лет; (т. 2, л. д. 14-19); п. 3.1.12; № 12.03.18',
    ].join('\n');
    expect(dates(text, inYear(2018))).toEqual([]);
  });

  it('rejects impossible calendar dates and years out of range', () => {
    expect(
      dates(
        '31.02.2018, 12.13.2018, 29.02.2019, 30 февраля 2018 года, 12.05.1850, 5 мая 2150 года',
      ),
    ).toEqual([]);
    expect(dates('29.02.2020')).toEqual([['29.02.2020', '2020-02-29']]);
  });

  it('skips streets named after dates and statute citations', () => {
    expect(
      dates(
        'ul. 3 Maja 12, ул. 8 Марта, вул. 8 Березня 5; (Dz. U. z 2018 r. poz. 1600)',
        inYear(2019),
      ),
    ).toEqual([]);
  });

  it('skips numbers that follow "№", "No." or "nr"', () => {
    expect(dates('Case No. 05/06/2019; nr 1/2/2019; № 12.03.2018')).toEqual([]);
  });

  it('does not read a quantity after a preposition as a year', () => {
    expect(dates('до 2000 человек, in 2000 euros')).toEqual([]);
  });
});

describe('year inference across pages', () => {
  it('uses the last full date of earlier pages and skips yearless dates without one', () => {
    const ctx = newContext();
    expect(dates('в ноябре суд', ctx)).toEqual([]);
    expect(dates('Меня задержали 27 августа 2019 года.', ctx)).toEqual([
      ['27 августа 2019 года', '2019-08-27'],
    ]);
    expect(ctx.lastYear).toBe(2019);
    expect(dates('Суд был в ноябре.', ctx)).toEqual([['ноябре', '2019-11']]);
  });

  it('does not take the year of a birth date', () => {
    const ctx = newContext();
    expect(dates('Саидова, 14.06.1991 года рождения, 22 марта', ctx)).toEqual([
      ['14.06.1991 года', '1991-06-14'],
    ]);
    expect(ctx.lastYear).toBeUndefined();
  });

  it('puts a future month in the present of the document, not in the last narrated year', () => {
    const ctx = newContext();
    dates('Передано 14.10.2019. Я был на никахе 10.02.2018.', ctx);
    expect(ctx.lastYear).toBe(2018);
    expect(dates('Суд будет наверно в ноябре.', ctx)).toEqual([['ноябре', '2019-11']]);
  });

  it('with nothing read before, takes the year of the next full date on the page', () => {
    expect(dates('Суд был в ноябре. Письмо от 29.09.2019')).toEqual([
      ['ноябре', '2019-11'],
      ['29.09.2019', '2019-09-29'],
    ]);
  });
});

describe('a date glued to a document number', () => {
  it('reads the date after "number/" or "number-" and leaves the number out', () => {
    expect(dates('Накладная 4471/03.11.2022 получена')).toEqual([['03.11.2022', '2022-11-03']]);
    expect(dates('Faktura 17-05.02.2021 r. zapłacona')).toEqual([['05.02.2021 r.', '2021-02-05']]);
    expect(dates('Invoice 2207/2023-01-15 attached; akt nr 312/14.07.2020')).toEqual([
      ['2023-01-15', '2023-01-15'],
      ['14.07.2020', '2020-07-14'],
    ]);
    expect(dates('№ 45-12.03.2019')).toEqual([['12.03.2019', '2019-03-12']]);
  });

  it('reads a date followed by a time and not the time', () => {
    expect(dates('Printed 12/03/2024 - 09:41')).toEqual([['12/03/2024', '2024-03-12']]);
    expect(dates('Reçu le 05.06.2023-17:20, traité')).toEqual([['05.06.2023', '2023-06-05']]);
    expect(dates('Надіслано 21.08.2022 о 10:15')).toEqual([['21.08.2022', '2022-08-21']]);
  });

  it('does not read a date out of a number whose parts share the separator', () => {
    expect(
      dates('дело 45/12/03/2019; код 7-01-02-2020; ref. 88/12.03.19; wersja 1.02.2019-3'),
    ).toEqual([]);
    expect(dates('okres 01.02.2019-05.03.2019')).toEqual([
      ['01.02.2019', '2019-02-01'],
      ['05.03.2019', '2019-03-05'],
    ]);
  });
});

describe('ordinal days', () => {
  it('reads English ordinals, superscript too', () => {
    expect(
      dates('on the 2nd of March 2021, on March 3rd, 2021 and on 21st June 2020; 22ⁿᵈ May 2019'),
    ).toEqual([
      ['2nd of March 2021', '2021-03-02'],
      ['March 3rd, 2021', '2021-03-03'],
      ['21st June 2020', '2020-06-21'],
      ['22ⁿᵈ May 2019', '2019-05-22'],
    ]);
  });

  it('reads French "1er", "1re" and the superscript "1ᵉʳ"', () => {
    expect(dates('le 1ᵉʳ janvier 2020, le 1re juin 2016 et le 1er octobre 2015')).toEqual([
      ['1ᵉʳ janvier 2020', '2020-01-01'],
      ['1re juin 2016', '2016-06-01'],
      ['1er octobre 2015', '2015-10-01'],
    ]);
  });

  it('reads Cyrillic and Polish ordinal endings', () => {
    expect(
      dates('2-го марта 2020 года; 3-е апреля 2019 г.; 1-го травня 2018 р.; 1-go maja 2017 r.'),
    ).toEqual([
      ['2-го марта 2020 года', '2020-03-02'],
      ['3-е апреля 2019 г.', '2019-04-03'],
      ['1-го травня 2018 р.', '2018-05-01'],
      ['1-go maja 2017 r.', '2017-05-01'],
    ]);
  });

  it('reads the German ordinal day with a dot', () => {
    expect(dates('Am 1. März 2020 reiste sie aus, am 3. Oktober 2019 zurück.')).toEqual([
      ['1. März 2020', '2020-03-01'],
      ['3. Oktober 2019', '2019-10-03'],
    ]);
  });
});

describe('month names with a two-digit year', () => {
  it('reads them in every language, by the century rule', () => {
    expect(dates('né le 14 juillet 83 à Lyon')).toEqual([['14 juillet 83', '1983-07-14']]);
    expect(dates('5 марта 19 г. прибыл; родился 12 мая 87 года')).toEqual([
      ['5 марта 19 г.', '2019-03-05'],
      ['12 мая 87 года', '1987-05-12'],
    ]);
    expect(dates("Signed on 3 March 99. Left on 7 June '04")).toEqual([
      ['3 March 99', '1999-03-03'],
      ["7 June '04", '2004-06-07'],
    ]);
    expect(dates('dnia 15 sierpnia 95 r.; 9 квітня 21 р.; am 3. Oktober 90 in Bonn')).toEqual([
      ['15 sierpnia 95 r.', '1995-08-15'],
      ['9 квітня 21 р.', '2021-04-09'],
      ['3. Oktober 90', '1990-10-03'],
    ]);
  });

  it('puts a two-digit year in the century closest to, and not later than, ten years from now', () => {
    const soon = (new Date().getFullYear() + 10) % 100;
    const [last, next] = [String(soon).padStart(2, '0'), String((soon + 1) % 100).padStart(2, '0')];
    expect(
      dates(`ważny do 2 lutego ${last} r., wydany 3 lutego ${next} r.`).map(([, iso]) => iso),
    ).toEqual([`20${last}-02-02`, `19${next}-02-03`]);
    expect(dates('issued 20 JUL 17; expires 19 JUL 27; born 14 JUN 71')).toEqual([
      ['20 JUL 17', '2017-07-20'],
      ['19 JUL 27', '2027-07-19'],
      ['14 JUN 71', '1971-06-14'],
    ]);
  });

  it('reads the compact capitals of tickets and passenger lists', () => {
    expect(dates('FLIGHT XY 101 DATE 05JAN21\nDOB 17SEP84 14MAY2002; ВЫЛЕТ 12НОЯ19')).toEqual([
      ['05JAN21', '2021-01-05'],
      ['17SEP84', '1984-09-17'],
      ['14MAY2002', '2002-05-14'],
      ['12НОЯ19', '2019-11-12'],
    ]);
    expect(dates('05Jan21, AB12MAR19, 12MAR19X, 12MARCH19')).toEqual([]);
  });

  it('does not take a count after a month for a year', () => {
    expect(
      dates('On 5 May 20 people came. 5 марта 19 человек; le 3 mars 20 personnes; 4 maja 12 osób'),
    ).toEqual([]);
    expect(dates('am 3. Mai 10 Uhr; 6 March 19:30')).toEqual([]);
  });
});

describe('Roman-numeral months', () => {
  it('reads lower-case numerals between punctuation', () => {
    expect(dates('wpłynęło 2.xi.2019, nadano 27-iii-2020, 13/vi/2021')).toEqual([
      ['2.xi.2019', '2019-11-02'],
      ['27-iii-2020', '2020-03-27'],
      ['13/vi/2021', '2021-06-13'],
    ]);
  });

  it('reads numerals typed with Cyrillic look-alike letters', () => {
    expect(dates('от 15.ХI.2019; 3 ІІІ 2020 р.; 7.Х.2021; 12 ХІІ 2018 г.; 4.іх.2017')).toEqual([
      ['15.ХI.2019', '2019-11-15'],
      ['3 ІІІ 2020 р.', '2020-03-03'],
      ['7.Х.2021', '2021-10-07'],
      ['12 ХІІ 2018 г.', '2018-12-12'],
      ['4.іх.2017', '2017-09-04'],
    ]);
  });

  it('reads no century and no lower-case numeral between spaces', () => {
    expect(
      dates(
        'в конце ХХ века; в XIX веке; у ХХІ столітті; art. 5 i 2019 r.; 3 х 2019',
        inYear(2019),
      ),
    ).toEqual([['2019 r.', '2019']]);
  });
});

describe('German', () => {
  it('reads month names and abbreviations', () => {
    expect(
      dates(
        'im Jänner 2018, Maerz 2017, am 15. Jan. 2020, Sept. 2019, im Dezember 2016, 2. Feb. 2021',
      ),
    ).toEqual([
      ['Jänner 2018', '2018-01'],
      ['Maerz 2017', '2017-03'],
      ['15. Jan. 2020', '2020-01-15'],
      ['Sept. 2019', '2019-09'],
      ['Dezember 2016', '2016-12'],
      ['2. Feb. 2021', '2021-02-02'],
    ]);
  });

  it('reads ranges of days and of months', () => {
    expect(dates('vom 3. bis 9. Mai 2019')).toEqual([
      ['3.', '2019-05-03'],
      ['9. Mai 2019', '2019-05-09'],
    ]);
    expect(dates('von Januar bis März 2020')).toEqual([
      ['Januar', '2020-01'],
      ['März 2020', '2020-03'],
    ]);
  });

  it('reads numeric dates, years after cues and yearless dates', () => {
    expect(
      dates('am 15.11.2019; seit 2015; im Jahr 2014; zwischen 2012 und 2014; Ende 2017'),
    ).toEqual([
      ['15.11.2019', '2019-11-15'],
      ['2015', '2015'],
      ['2014', '2014'],
      ['2012', '2012'],
      ['2014', '2014'],
      ['2017', '2017'],
    ]);
    expect(dates('Am 4. Juli war er dort, im Oktober nicht mehr.', inYear(2019))).toEqual([
      ['4. Juli', '2019-07-04'],
      ['Oktober', '2019-10'],
    ]);
  });

  it('reads numeric dates with a space after each dot, with a four-digit year only', () => {
    expect(
      dates('am 5. 6. 2019 und am 12. 10. 2020; Дата народження: 07. 11. 1983; п. 3. 1. 12'),
    ).toEqual([
      ['5. 6. 2019', '2019-06-05'],
      ['12. 10. 2020', '2020-10-12'],
      ['07. 11. 1983', '1983-11-07'],
    ]);
  });

  it('skips streets, quantities and verbs that look like dates', () => {
    expect(
      dates(
        'Sie wohnt in der Straße des 17. Juni; bis 2000 Euro; seit 2000 Jahren; rue du 4 Septembre',
        inYear(2019),
      ),
    ).toEqual([]);
  });
});
